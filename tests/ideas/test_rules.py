"""Every transition of the workflow, allowed or refused, for every role."""

import pytest
from django.urls import reverse

from home import roles
from ideas import rules
from ideas.models import Idea, IdeaState, IdeaTeamMember
from ideas.rules import AUTHORS, COORDINATORS, MODERATORS, TRANSITIONS, TransitionRefused, check_transition

pytestmark = pytest.mark.django_db

S = IdeaState
ACTORS = ["author", "team_member", "other_agent", "moderator", "coordinator", "jury", "editor", "superuser"]
ACTOR_ROLES = {
    AUTHORS: {"author", "team_member"},
    MODERATORS: {"moderator", "superuser"},
    COORDINATORS: {"coordinator", "superuser"},
}


@pytest.fixture
def actors(author, demo_user, make_user):
    return {
        "author": author,
        "team_member": make_user("membre@somme.fr", roles.AGENTS),
        "other_agent": make_user("autre@oise.fr", roles.AGENTS),
        "moderator": demo_user(roles.MODERATORS),
        "coordinator": demo_user(roles.COORDINATORS),
        "jury": demo_user(roles.JURY),
        "editor": demo_user(roles.EDITORS),
        "superuser": demo_user(roles.ADMINISTRATORS),
    }


@pytest.mark.parametrize("actor", ACTORS)
def test_every_transition_is_allowed_only_to_the_role_the_workflow_names(actor, actors, open_call, author):
    """The full matrix: every (from, to) pair of states, for this actor."""
    user = actors[actor]
    wrong = []
    for source in S.values:
        # In memory: the rules read the idea, they don't query it.
        idea = Idea(
            call=open_call, created_by=author, state=source, team_members=[IdeaTeamMember(email="membre@somme.fr")]
        )
        for target in S.values:
            if source == target:
                continue
            who = TRANSITIONS.get((source, target))
            expected = who is not None and actor in ACTOR_ROLES[who]
            if rules.can_transition(user, idea, target) is not expected:
                wrong.append((source, target, "can_transition"))
            try:
                check_transition(user, idea, target, "Motif détaillé")
                refused = False
            except TransitionRefused:
                refused = True
            if refused is expected:
                wrong.append((source, target, "check_transition"))
    assert wrong == []


def test_the_matrix_gives_each_role_its_share():
    by_role = {}
    for pair, who in TRANSITIONS.items():
        by_role.setdefault(who, []).append(pair)
    assert {target for _source, target in by_role[MODERATORS]} == {S.ADMISSIBLE, S.INADMISSIBLE, S.TO_COMPLETE}
    assert {target for _source, target in by_role[AUTHORS]} == {S.SUBMITTED, S.WITHDRAWN}
    assert S.LAUREATE in {target for _source, target in by_role[COORDINATORS]}


def test_moderators_decide_recevabilite(actors, make_idea):
    idea = make_idea(state=S.SUBMITTED)
    assert rules.allowed_targets(actors["moderator"], idea) == [S.ADMISSIBLE, S.INADMISSIBLE, S.TO_COMPLETE]
    assert rules.allowed_targets(actors["coordinator"], idea) == []


def test_coordinators_preselect_and_decide(actors, make_idea):
    assert rules.allowed_targets(actors["coordinator"], make_idea(state=S.PRESELECTED)) == [S.LAUREATE, S.NOT_SELECTED]
    assert rules.allowed_targets(actors["moderator"], make_idea(state=S.PRESELECTED)) == []


def test_authors_may_withdraw_a_submitted_idea_until_a_decision(actors, make_idea):
    for state in [S.SUBMITTED, S.TO_COMPLETE, S.ADMISSIBLE, S.PRESELECTED]:
        assert rules.can_transition(actors["author"], make_idea(state=state), S.WITHDRAWN)
    # A draft is deleted instead (tests/ideas/test_drafts.py).
    for state in [S.DRAFT, S.LAUREATE, S.NOT_SELECTED, S.INADMISSIBLE, S.INCUBATION]:
        assert not rules.can_transition(actors["author"], make_idea(state=state), S.WITHDRAWN)


@pytest.mark.parametrize("target", [S.INADMISSIBLE, S.TO_COMPLETE])
def test_refusing_or_returning_needs_a_comment(target, actors, make_idea):
    idea = make_idea(state=S.SUBMITTED)
    with pytest.raises(TransitionRefused, match="obligatoire"):
        check_transition(actors["moderator"], idea, target, "  ")
    check_transition(actors["moderator"], idea, target, "Il manque le budget.")


def test_an_invitation_by_email_makes_an_author_before_the_account_is_linked(make_user, make_idea):
    idea = make_idea(state=S.DRAFT)
    idea.team_members.create(email="Future@Somme.fr")
    future = make_user("future@somme.fr", roles.AGENTS)
    assert rules.is_author(future, idea)


def test_an_inactive_moderator_may_do_nothing(actors, make_idea):
    moderator = actors["moderator"]
    moderator.is_active = False
    assert not rules.can_transition(moderator, make_idea(state=S.SUBMITTED), S.ADMISSIBLE)


def test_a_moderator_or_coordinator_does_not_decide_on_their_own_idea(client_as, make_idea, demo_user):
    idea = make_idea(state=S.SUBMITTED, created_by=demo_user(roles.MODERATORS))
    assert rules.allowed_targets(demo_user(roles.MODERATORS), idea) == [S.WITHDRAWN]  # as an author, only that
    client_as(roles.MODERATORS).post(reverse("ideas_transition", args=[idea.pk]), {"target": S.ADMISSIBLE})
    idea.refresh_from_db()
    assert idea.state == S.SUBMITTED
    admissible = make_idea(state=S.ADMISSIBLE, created_by=demo_user(roles.COORDINATORS))
    assert rules.allowed_targets(demo_user(roles.COORDINATORS), admissible) == [S.WITHDRAWN]
