"""Only one's own pitches pre-fill the idea form: a pitch shared by someone else
is read through its share link, never fetched by its number."""

import pytest
from django.urls import reverse

from ideas.models import IdeaCallIndexPage
from tests.factories.ideas import IdeaCallPageFactory
from tests.factories.toolbox import PitchFactory
from toolbox import pitch

pytestmark = pytest.mark.django_db

SECRET = {
    "title": "Le guichet itinérant de Saint-Quentin",
    "drama": "Les habitants des villages renoncent à leurs droits.",
    "solution": "Un camping-car aménagé en guichet.",
    "implementation": "Six mois d'essai avec deux agents volontaires.",
}


@pytest.fixture
def open_call():
    return IdeaCallPageFactory(parent=IdeaCallIndexPage.objects.get())


def submit_form(client, call, pitch_pk):
    return client.get(reverse("ideas:submit", args=[call.pk]), {"pitch": pitch_pk})


def test_another_agents_shared_pitch_does_not_prefill_the_idea_form(agent_client, open_call):
    shared = PitchFactory(**SECRET)
    shared.share()
    response = submit_form(agent_client, open_call, shared.pk)
    assert response.status_code == 200
    form = response.context["form"]
    assert not any(form.initial.get(field) for field in ("title", "problem", "solution", "implementation"))
    html = response.content.decode()
    for text in SECRET.values():
        assert text.replace("'", "&#x27;") not in html


def test_another_agents_shared_pitch_is_not_prefilled_by_number(demo_user):
    shared = PitchFactory(**SECRET)
    shared.share()
    assert pitch.pitch_prefill(demo_user(), shared.pk) is None
    assert pitch.pitch_prefill(demo_user(), str(shared.pk)) is None


def test_the_owner_still_prefills_the_idea_form_with_their_own_pitch(agent_client, demo_user, open_call):
    own = PitchFactory(owner=demo_user(), **SECRET)
    response = submit_form(agent_client, open_call, own.pk)
    assert response.status_code == 200
    assert response.context["form"].initial["title"] == SECRET["title"]
    assert response.context["form"].initial["problem"] == SECRET["drama"]
    assert SECRET["title"] in response.content.decode()


def test_the_owner_prefills_the_form_with_their_own_pitch_even_once_shared(agent_client, demo_user, open_call):
    own = PitchFactory(owner=demo_user(), **SECRET)
    own.share()
    response = submit_form(agent_client, open_call, own.pk)
    assert response.context["form"].initial["solution"] == SECRET["solution"]


def test_a_copied_shared_pitch_prefills_the_form_of_the_one_who_copied_it(agent_client, demo_user, open_call):
    shared = PitchFactory(**SECRET)
    token = shared.share()
    before = set(type(shared).objects.filter(owner=demo_user()).values_list("pk", flat=True))
    agent_client.post(reverse("toolbox:duplicate_shared", args=[shared.tool, token]))
    copy = type(shared).objects.filter(owner=demo_user()).exclude(pk__in=before).get()
    response = submit_form(agent_client, open_call, copy.pk)
    assert response.context["form"].initial["implementation"] == SECRET["implementation"]


@pytest.mark.parametrize("bad", ["99999999999999999999999", "abc", "-1", "²"])
def test_a_bad_pitch_number_gives_an_empty_form(agent_client, open_call, bad):
    response = submit_form(agent_client, open_call, bad)
    assert response.status_code == 200
    assert not response.context["form"].initial.get("title")
