"""Idea call pages: derived state, index, the open_calls tag, the demo."""

import datetime

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

from home import roles
from ideas.models import CallState, Idea, IdeaCallPage, IdeaState

pytestmark = pytest.mark.django_db


def test_the_state_is_derived_from_the_dates(make_call):
    call = make_call(opens_in_days=-10, closes_in_days=10)
    now = timezone.now()
    assert call.state_at(now - datetime.timedelta(days=11)) == CallState.UPCOMING
    assert call.state_at(now) == CallState.OPEN
    assert call.state_at(now + datetime.timedelta(days=11)) == CallState.CLOSED
    call.results_published_at = now + datetime.timedelta(days=20)
    assert call.state_at(now + datetime.timedelta(days=21)) == CallState.RESULTS


def test_the_call_page_shows_its_state_and_the_submit_button(agent_client, open_call):
    body = agent_client.get(open_call.url).content.decode()
    assert "Ouvert" in body
    assert "Proposer une idée" in body


def test_a_closed_call_offers_no_submission(agent_client, make_call):
    body = agent_client.get(make_call(opens_in_days=-30, closes_in_days=-2).url).content.decode()
    assert "Clos" in body
    assert "Proposer une idée" not in body


def test_the_index_separates_open_calls(agent_client, open_call, call_index):
    response = agent_client.get(call_index.url)
    assert open_call in response.context["open_calls"]
    assert "Résultats publiés" in response.content.decode()  # the 2019 forum


def test_the_open_calls_tag_lists_only_open_calls(open_call, make_call):
    closed = make_call(opens_in_days=-30, closes_in_days=-2)
    html = Template("{% load ideas_tags %}{% open_calls %}").render(Context({}))
    assert open_call.title in html
    assert closed.title not in html


def test_the_demo_has_the_2019_forum_with_its_15_projects_and_8_laureates():
    forum = IdeaCallPage.objects.get(slug="forum-interdepartemental-2019")
    ideas = Idea.objects.filter(call=forum)
    assert ideas.count() == 15
    assert ideas.filter(state=IdeaState.LAUREATE).count() == 8
    assert ideas.filter(state=IdeaState.NOT_SELECTED).count() == 7
    assert forum.organisers.count() == 5
    assert forum.state == CallState.RESULTS


def test_the_demo_has_pau_and_an_open_call():
    assert Idea.objects.filter(call__slug__startswith="intrapreneuriat-pau", title="Pau Partage").exists()
    assert IdeaCallPage.objects.get(slug="appel-a-idees-ouvert").state == CallState.OPEN


def test_the_results_page_lists_the_laureates(agent_client):
    forum = IdeaCallPage.objects.get(slug="forum-interdepartemental-2019")
    response = agent_client.get(forum.url)
    assert len(response.context["laureates"]) == 8
    assert "Journée du jury" in response.content.decode()


def test_a_coordinator_creates_a_call_in_the_admin(client_as, call_index):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    from network.models import Organisation

    somme = Organisation.objects.get(name="Département de la Somme")
    data = nested_form_data(
        {
            "title": "Appel 2027",
            "slug": "appel-2027",
            "summary": "Un nouvel appel.",
            "intro": rich_text("<p>Proposez.</p>"),
            "eligibility": rich_text("<p>Tous les agents.</p>"),
            "opens_at": "2027-01-04 09:00",
            "closes_at": "2027-03-01 18:00",
            "results_published_at": "",
            "key_dates": streamfield([("key_date", {"label": "Jury", "date": "2027-05-01", "description": ""})]),
            "criteria": streamfield([("criterion", {"name": "Utilité", "description": "", "weight": 3})]),
            "max_team_size": 3,
            "action-publish": "action-publish",
        }
    )
    data["organisers"] = [somme.pk]  # a multiple select, not a nested list
    client = client_as(roles.COORDINATORS)
    url = reverse("wagtailadmin_pages:add", args=["ideas", "ideacallpage", call_index.pk])
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    call = IdeaCallPage.objects.get(slug="appel-2027")
    assert list(call.organisers.all()) == [somme]
    assert call.total_weight == 3
    assert timezone.localtime(call.opens_at).hour == 9


def test_loading_the_ideas_demo_again_duplicates_nothing():
    from wagtail.models import ModelLogEntry, Revision

    from ideas import demo
    from ideas.models import IdeaTheme

    def counts():
        return (
            Idea.objects.count(),
            IdeaTheme.objects.count(),
            IdeaCallPage.objects.count(),
            ModelLogEntry.objects.count(),
            Revision.objects.count(),
        )

    before = counts()
    demo.load()
    assert counts() == before
