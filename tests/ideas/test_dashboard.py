"""'Mes idées', the idea page and who may see what."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from home import roles
from ideas import workflow
from ideas.models import Idea, IdeaState, IdeaTeamMember

pytestmark = pytest.mark.django_db
S = IdeaState


def test_an_agent_cannot_see_another_agents_draft(client, make_user, make_idea):
    draft = make_idea(state=S.DRAFT)
    client.force_login(make_user("autre@oise.fr", roles.AGENTS))
    assert client.get(reverse("ideas:detail", args=[draft.pk])).status_code == 404
    assert client.get(reverse("ideas:edit", args=[draft.pk])).status_code == 404
    assert client.post(reverse("ideas:withdraw", args=[draft.pk])).status_code == 404


def test_moderators_do_not_see_drafts_either(client_as, make_idea):
    draft = make_idea(state=S.DRAFT)
    assert client_as(roles.MODERATORS).get(reverse("ideas:detail", args=[draft.pk])).status_code == 404


def test_a_recevable_idea_is_visible_to_every_member(client, make_user, make_idea):
    idea = make_idea(state=S.ADMISSIBLE)
    client.force_login(make_user("autre@oise.fr", roles.AGENTS))
    response = client.get(reverse("ideas:detail", args=[idea.pk]))
    assert response.status_code == 200
    assert response.context["timeline"] is None  # the timeline is the authors'


def test_visible_to_lists_public_ideas_and_ones_own(make_user, make_idea, author):
    mine = make_idea(state=S.DRAFT)
    public = make_idea(state=S.LAUREATE)
    hidden = make_idea(state=S.SUBMITTED, created_by=make_user("x@oise.fr"))
    visible = set(Idea.objects.visible_to(author))
    assert {mine, public} <= visible
    assert hidden not in visible


def test_visible_to_lists_the_teams_ideas_and_reads_the_ideas_table_once(make_user, make_idea, author):
    teams = make_idea(state=S.SUBMITTED, created_by=make_user("y@oise.fr"))
    IdeaTeamMember.objects.create(idea=teams, user=author)
    others = make_idea(state=S.SUBMITTED, created_by=make_user("z@oise.fr"))
    visible = Idea.objects.visible_to(author)
    assert teams in set(visible)
    assert others not in set(visible)
    # Its own ideas as a condition on the same rows: a subquery over the ideas
    # made PostgreSQL read them all a second time.
    assert str(visible.query).count('FROM "ideas_idea"') == 1


def test_a_team_member_by_account_without_an_email_sees_the_idea(make_idea):
    member = get_user_model().objects.create_user(username="sans-courriel", email="", password="x")
    idea = make_idea(state=S.SUBMITTED)
    IdeaTeamMember.objects.create(idea=idea, user=member)
    assert list(Idea.objects.authored_by(member)) == [idea]
    assert idea in set(Idea.objects.visible_to(member))


def test_team_members_invited_by_email_see_the_idea_in_their_dashboard(client, make_user, make_idea):
    idea = make_idea(state=S.SUBMITTED)
    IdeaTeamMember.objects.create(idea=idea, email="nouvelle@somme.fr")
    client.force_login(make_user("nouvelle@somme.fr", roles.AGENTS))  # the account comes after the invitation
    response = client.get(reverse("ideas:my_ideas"))
    assert idea in [row["idea"] for row in response.context["rows"]]
    assert client.get(reverse("ideas:detail", args=[idea.pk])).status_code == 200


def test_an_invitation_matches_the_account_whatever_the_case_of_the_email(client, make_user, make_idea):
    idea = make_idea(state=S.DRAFT)
    IdeaTeamMember.objects.create(idea=idea, email="Claire.Dupont@Somme.fr")
    client.force_login(make_user("claire.dupont@somme.fr", roles.AGENTS))
    assert client.get(reverse("ideas:detail", args=[idea.pk])).status_code == 200
    client.force_login(make_user("claire.durand@somme.fr", roles.AGENTS))
    assert client.get(reverse("ideas:detail", args=[idea.pk])).status_code == 404


def test_the_dashboard_shows_state_and_timeline(agent_client, make_idea, demo_user):
    idea = make_idea(state=S.DRAFT)
    workflow.transition(idea, S.SUBMITTED, demo_user(roles.AGENTS))
    workflow.transition(idea, S.TO_COMPLETE, demo_user(roles.MODERATORS), "Précisez le budget.")
    body = agent_client.get(reverse("ideas:my_ideas")).content.decode()
    assert "À compléter" in body
    assert "Précisez le budget." in body


def test_the_dashboard_runs_a_constant_number_of_queries(agent_client, make_idea, django_assert_max_num_queries):
    for _index in range(30):
        idea = make_idea(state=S.DRAFT)
        workflow.log(idea, workflow.TRANSITION_ACTION, data={"from": "brouillon", "to": "soumise", "comment": ""})
    with django_assert_max_num_queries(15):  # 10 measured, with 10 or 500 ideas
        response = agent_client.get(reverse("ideas:my_ideas"))
    assert len(response.context["rows"]) >= 30


def test_authors_withdraw_before_a_decision(agent_client, make_idea):
    idea = make_idea(state=S.ADMISSIBLE)
    response = agent_client.post(reverse("ideas:withdraw", args=[idea.pk]))
    idea.refresh_from_db()
    assert response.status_code == 302
    assert idea.state == S.WITHDRAWN
    assert any("retirée" in message.subject for message in mail.outbox)


def test_authors_cannot_withdraw_after_a_decision(agent_client, make_idea):
    idea = make_idea(state=S.LAUREATE)
    agent_client.post(reverse("ideas:withdraw", args=[idea.pk]))
    idea.refresh_from_db()
    assert idea.state == S.LAUREATE


def test_attachments_are_served_only_to_who_may_see_the_idea(client, agent_client, make_user, make_idea):
    from django.core.files.base import ContentFile

    idea = make_idea(state=S.SUBMITTED)
    attachment = idea.attachments.create(
        file=ContentFile(b"%PDF-1.4", name="a.pdf"), name="a.pdf", content_type="application/pdf", size=8
    )
    assert agent_client.get(reverse("ideas:attachment", args=[attachment.pk])).status_code == 200
    client.force_login(make_user("autre@oise.fr", roles.AGENTS))
    assert client.get(reverse("ideas:attachment", args=[attachment.pk])).status_code == 404


def test_moderators_reach_the_admin_screen_from_the_idea_page(client_as, make_idea):
    idea = make_idea(state=S.SUBMITTED)
    body = client_as(roles.MODERATORS).get(reverse("ideas:detail", args=[idea.pk])).content.decode()
    assert reverse("wagtailsnippets_ideas_idea:inspect", args=[idea.pk]) in body
