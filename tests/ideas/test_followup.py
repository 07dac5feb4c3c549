"""Following up the laureates: default dates, overdue milestones on the dashboard."""

import datetime

import pytest
from django.urls import reverse

from home import roles
from ideas.followup import overdue_milestones
from ideas.models import Idea, IdeaCallPage, IdeaState, MilestoneStatus
from tests.factories.ideas import IdeaFactory, LaureateFollowUpFactory, MilestoneFactory

pytestmark = pytest.mark.django_db


def test_pre_incubation_lasts_three_months_by_default(open_call):
    followup = LaureateFollowUpFactory(
        idea=IdeaFactory(call=open_call, state=IdeaState.LAUREATE), pre_incubation_start=datetime.date(2019, 11, 30)
    )
    assert followup.pre_incubation_end == datetime.date(2020, 2, 29)


def test_an_explicit_end_date_is_kept(open_call):
    followup = LaureateFollowUpFactory(
        idea=IdeaFactory(call=open_call, state=IdeaState.LAUREATE),
        pre_incubation_start=datetime.date(2020, 1, 6),
        pre_incubation_end=datetime.date(2020, 6, 30),
    )
    assert followup.pre_incubation_end == datetime.date(2020, 6, 30)


def test_only_open_milestones_past_their_date_are_overdue(open_call):
    followup = LaureateFollowUpFactory(idea=IdeaFactory(call=open_call, state=IdeaState.LAUREATE))
    today = datetime.date(2026, 3, 1)
    late = MilestoneFactory(followup=followup, due_date=datetime.date(2026, 2, 1), status=MilestoneStatus.IN_PROGRESS)
    MilestoneFactory(followup=followup, due_date=datetime.date(2026, 2, 1), status=MilestoneStatus.DONE)
    MilestoneFactory(followup=followup, due_date=datetime.date(2026, 2, 1), status=MilestoneStatus.DROPPED)
    MilestoneFactory(followup=followup, due_date=datetime.date(2026, 4, 1))
    assert list(overdue_milestones(today).filter(followup=followup)) == [late]
    assert late.is_overdue(today)


def test_overdue_milestones_are_flagged_on_the_coordinators_dashboard(client_as):
    html = client_as(roles.COORDINATORS).get(reverse("wagtailadmin_home")).content.decode()
    assert "Lauréats : jalons en retard" in html
    # The demo laureate's test in two maisons départementales is late.
    assert "Test du prototype dans deux maisons départementales" in html
    assert "Entretiens avec vingt usagers du RSA" not in html  # reached


def test_moderators_do_not_get_the_follow_up_panel(client_as):
    html = client_as(roles.MODERATORS).get(reverse("wagtailadmin_home")).content.decode()
    assert "Lauréats : jalons en retard" not in html


def test_the_demo_laureate_has_dates_resources_and_milestones():
    forum = IdeaCallPage.objects.get(slug="forum-interdepartemental-2019")
    followup = Idea.objects.get(call=forum, title__startswith="Trouver le bon interlocuteur").followup
    assert followup.pre_incubation_end == datetime.date(2020, 3, 2)
    assert followup.budget
    assert followup.time_granted
    assert followup.coach
    assert followup.milestones.count() == 4


def test_coordinators_edit_a_follow_up_in_the_admin(client_as):
    forum = IdeaCallPage.objects.get(slug="forum-interdepartemental-2019")
    followup = Idea.objects.get(call=forum, title__startswith="Trouver le bon interlocuteur").followup
    client = client_as(roles.COORDINATORS)
    assert client.get(reverse("wagtailsnippets_ideas_laureatefollowup:list")).status_code == 200
    assert client.get(reverse("wagtailsnippets_ideas_laureatefollowup:edit", args=[followup.pk])).status_code == 200


def test_a_follow_up_budget_cannot_be_negative(make_idea):
    from django.core.exceptions import ValidationError

    from ideas.models import LaureateFollowUp

    followup = LaureateFollowUp(idea=make_idea(state=IdeaState.LAUREATE), budget=-5000)
    with pytest.raises(ValidationError) as refused:
        followup.full_clean()
    assert "budget" in refused.value.message_dict
