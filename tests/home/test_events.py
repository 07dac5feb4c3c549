"""An event (a news item with a start) cannot end before it starts."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from home import roles
from home.models import NewsIndexPage, NewsPage
from tests.home.preview import edit_form_data

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2027, 3, 10, 14, 0))


def event(**fields):
    """A news item of the demo, with these event fields."""
    page = NewsPage.objects.live().first()
    for name in ("event_start", "event_end"):
        setattr(page, name, fields.get(name))
    return page


@pytest.mark.parametrize("end", [START - datetime.timedelta(hours=4), START])
def test_an_event_ending_before_or_when_it_starts_is_refused_on_its_end(end):
    with pytest.raises(ValidationError) as refused:
        event(event_start=START, event_end=end).full_clean()
    assert refused.value.message_dict == {"event_end": ["La fin doit suivre le début."]}


@pytest.mark.parametrize(
    "fields",
    [
        {"event_start": START, "event_end": START + datetime.timedelta(hours=2)},
        {"event_start": START, "event_end": START + datetime.timedelta(days=1, hours=-4)},  # ends the next morning
        {"event_start": START},
        {},  # a news item, not an event
    ],
)
def test_events_ending_after_they_start_and_news_items_are_accepted(fields):
    event(**fields).full_clean()


def test_an_editor_is_told_on_the_end_field_when_an_event_ends_before_it_starts(client_as):
    client = client_as(roles.EDITORS)
    page = NewsPage.objects.child_of(NewsIndexPage.objects.get()).live().first()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = client.get(url).context["form"]
    revisions = page.revisions.count()
    data = edit_form_data(form, event_start="2027-03-10 14:00", event_end="2027-03-10 10:00")
    response = client.post(url, data)
    assert response.status_code == 200  # the form again, not a redirection
    assert response.context["form"].errors["event_end"] == ["La fin doit suivre le début."]
    assert page.revisions.count() == revisions  # nothing saved, not even a draft
