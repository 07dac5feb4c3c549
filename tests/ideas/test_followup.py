"""Following up the laureates: default dates, overdue milestones on the dashboard,
the follow-up on the idea's page for its team, coach and the staff."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home import roles
from ideas.followup import overdue_milestones
from ideas.models import Idea, IdeaCallPage, IdeaState, MilestoneStatus
from tests.factories.ideas import IdeaFactory, LaureateFollowUpFactory, MilestoneFactory
from tests.factories.network import PersonProfileFactory

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


@pytest.fixture
def laureate_followup(make_idea):
    """A laureate of the demo agent's, coached by a listed profile, with one
    milestone reached and one late."""
    idea = make_idea(state=IdeaState.PRE_INCUBATION, title="Un lauréat suivi")
    coach = PersonProfileFactory(display_name="Camille Coach")
    followup = LaureateFollowUpFactory(
        idea=idea,
        pre_incubation_start=datetime.date(2026, 1, 5),
        time_granted="Un jour par semaine",
        budget=5000,
        coach=coach,
    )
    MilestoneFactory(
        followup=followup, title="Entretiens usagers", due_date=datetime.date(2026, 1, 30), status=MilestoneStatus.DONE
    )
    MilestoneFactory(
        followup=followup,
        title="Prototype testé",
        due_date=datetime.date(2026, 3, 1),
        status=MilestoneStatus.IN_PROGRESS,
    )
    return followup


def test_the_laureates_team_reads_its_follow_up_on_the_idea_page(agent_client, laureate_followup):
    html = agent_client.get(reverse("ideas:detail", args=[laureate_followup.idea.pk])).content.decode()
    assert "Le suivi du lauréat" in html
    assert "du 5 janvier 2026 au 5 avril 2026" in html
    assert "Un jour par semaine" in html
    assert "5\xa0000 €" in html
    assert f'<a href="{laureate_followup.coach.get_absolute_url()}">Camille Coach</a>' in html
    milestones = re.findall(
        r"<li><span>(.*?)</span>.*?· (\w[\w ]*?)(?: · <strong[^>]*>(en retard)</strong>)?</li>", html
    )
    # The second one is past its date and still in progress.
    assert milestones == [("Entretiens usagers", "Atteint", ""), ("Prototype testé", "En cours", "en retard")]


def test_the_coach_and_the_staff_read_the_follow_up_and_other_members_do_not(
    client, client_as, laureate_followup, demo_user
):
    url = reverse("ideas:detail", args=[laureate_followup.idea.pk])
    assert "Le suivi du lauréat" in client_as(roles.COORDINATORS).get(url).content.decode()
    client.force_login(laureate_followup.coach.user)
    assert "Le suivi du lauréat" in client.get(url).content.decode()
    client.force_login(demo_user(roles.EDITORS))
    response = client.get(url)
    assert response.status_code == 200  # the idea itself is public
    assert "Le suivi du lauréat" not in response.content.decode()
    assert "Camille Coach" not in response.content.decode()


def test_an_idea_page_reads_its_follow_up_in_two_queries(agent_client, laureate_followup, django_assert_num_queries):
    url = reverse("ideas:detail", args=[laureate_followup.idea.pk])
    agent_client.get(url)
    laureate_followup.idea.state = IdeaState.SUBMITTED
    laureate_followup.idea.save(update_fields=["state"])
    with CaptureQueriesContext(connection) as submitted:
        agent_client.get(url)
    laureate_followup.idea.state = IdeaState.PRE_INCUBATION
    laureate_followup.idea.save(update_fields=["state"])
    with django_assert_num_queries(len(submitted) + 2):  # the follow-up with its coach, then its milestones
        agent_client.get(url)
