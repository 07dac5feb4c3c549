"""Dates and times in each language's own way (portal/formats): « 4 janvier 2027,
09h00 » in French, "4 January 2027, 09:00" in English, never « à » in English."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone, translation

from ideas.models import IdeaState
from ideas.rules import submission_refusal

pytestmark = pytest.mark.django_db

PARIS = datetime.timezone(datetime.timedelta(hours=1))


@pytest.fixture
def upcoming_call(make_call):
    call = make_call()
    call.opens_at = datetime.datetime(2027, 1, 4, 9, 0, tzinfo=PARIS)
    call.closes_at = datetime.datetime(2027, 3, 1, 18, 0, tzinfo=PARIS)
    call.save_revision().publish()
    return call


def test_a_call_page_gives_its_dates_in_french(agent_client, upcoming_call):
    html = agent_client.get(upcoming_call.url).content.decode()
    assert "du 4 janvier 2027, 09h00 au 1 mars 2027, 18h00 (heure de Paris)" in html
    assert "Cet appel ouvre le 4 janvier 2027, 09h00." in html


def test_a_call_page_gives_its_dates_in_english(agent_client, upcoming_call):
    agent_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = agent_client.get(upcoming_call.url).content.decode()
    assert "4 January 2027, 09:00" in html
    assert "1 March 2027, 18:00" in html
    assert "09h00" not in html
    assert "à 09" not in html


def test_the_refusal_of_an_upcoming_call_gives_the_date_in_the_portals_format(make_idea, upcoming_call):
    idea = make_idea(state=IdeaState.DRAFT, call=upcoming_call)
    with translation.override("fr"):
        reason = submission_refusal(idea, now=timezone.now())
    assert "à partir du 4 janvier 2027, 09h00" in reason
