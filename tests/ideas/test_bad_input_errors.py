"""Bad input on the selection pages gives a clear answer, never a server error:
publishing the jury's results, the similar-ideas form and adopting an idea."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from home import roles
from ideas.models import Idea, IdeaAdoption, IdeaCallPage, IdeaState
from ideas.workflow import TRANSITION_ACTION
from network.models import Organisation
from tests.factories.ideas import IdeaFactory

pytestmark = pytest.mark.django_db

TOO_BIG = "99999999999999999999999"


# --- Publishing the jury's results ----------------------------------------------------


@pytest.fixture
def jury_call(make_call):
    return make_call(opens_in_days=-60, closes_in_days=-10)


@pytest.fixture
def preselected(jury_call, author):
    return IdeaFactory(call=jury_call, state=IdeaState.PRESELECTED, created_by=author, title="Un guichet mobile")


def publish(client, call, laureates):
    return client.post(reverse("ideas:jury_publish", args=[call.pk]), {"laureates": laureates}, follow=True)


def assert_nothing_published(call, *ideas):
    for idea in ideas:
        idea.refresh_from_db()
        assert idea.state == IdeaState.PRESELECTED
    assert IdeaCallPage.objects.get(pk=call.pk).results_published_at is None
    assert not ModelLogEntry.objects.filter(action=TRANSITION_ACTION, object_id__in=[str(i.pk) for i in ideas]).exists()
    assert mail.outbox == []


def errors_shown(response):
    return [str(message) for message in response.context["messages"] if message.level_tag == "error"]


@pytest.mark.parametrize("bad", ["abc", "", "1.5", "²", "-"])
def test_a_non_numeric_laureate_is_refused_with_a_message_and_nothing_is_published(
    client_as, jury_call, preselected, bad
):
    mail.outbox.clear()
    response = publish(client_as(roles.COORDINATORS), jury_call, [str(preselected.pk), bad])
    assert response.status_code == 200
    assert response.redirect_chain == [(reverse("ideas:jury_deliberation", args=[jury_call.pk]), 302)]
    assert errors_shown(response) == [
        "La liste des lauréates contient un numéro d'idée invalide : rien n'a été publié."
    ]
    # The deliberation sheet is as the coordinator left it: the idea still awaits a decision.
    assert [result.idea for result in response.context["pending"]] == [preselected]
    assert_nothing_published(jury_call, preselected)


def test_an_unknown_laureate_is_refused_with_a_message_and_nothing_is_published(
    client_as, jury_call, preselected, make_call, author
):
    elsewhere = IdeaFactory(call=make_call(), state=IdeaState.PRESELECTED, created_by=author)
    already_decided = IdeaFactory(call=jury_call, state=IdeaState.NOT_SELECTED, created_by=author)
    mail.outbox.clear()
    for unknown in (elsewhere.pk, already_decided.pk, 999_999_999, -1, TOO_BIG):
        response = publish(client_as(roles.COORDINATORS), jury_call, [str(preselected.pk), str(unknown)])
        assert response.status_code == 200
        assert response.redirect_chain == [(reverse("ideas:jury_deliberation", args=[jury_call.pk]), 302)]
        assert errors_shown(response) == [
            f"Ces lauréates ne sont pas des idées présélectionnées de cet appel : n° {unknown}. Rien n'a été publié."
        ]
        assert [result.idea for result in response.context["pending"]] == [preselected]
    assert_nothing_published(jury_call, preselected, elsewhere)


def test_valid_laureates_are_still_published(client_as, jury_call, preselected):
    response = publish(client_as(roles.COORDINATORS), jury_call, [str(preselected.pk)])
    assert response.status_code == 200
    assert errors_shown(response) == []
    preselected.refresh_from_db()
    assert preselected.state == IdeaState.LAUREATE


# --- « Est-ce que ça existe déjà ? » without JavaScript --------------------------------

BAD_NUMBERS = [TOO_BIG, "abc", "-3", "", "²", "1.5", "0"]


@pytest.mark.parametrize("bad", BAD_NUMBERS)
def test_searching_similar_ideas_with_a_bad_call_number_is_an_unknown_call(agent_client, bad):
    response = agent_client.post(
        reverse("ideas:similar") + f"?call={bad}", {"title": "Contre la précarité menstruelle", "similar": ""}
    )
    assert response.status_code == 404


@pytest.mark.parametrize("bad", BAD_NUMBERS)
def test_saving_from_the_similar_form_with_a_bad_call_number_saves_nothing(agent_client, bad):
    response = agent_client.post(reverse("ideas:similar") + f"?call={bad}", {"title": "Mon idée égarée", "draft": ""})
    assert response.status_code == 404
    assert not Idea.objects.filter(title="Mon idée égarée").exists()


@pytest.mark.parametrize("bad", BAD_NUMBERS)
def test_a_bad_idea_number_on_the_similar_form_is_treated_as_a_new_idea(agent_client, open_call, bad):
    response = agent_client.post(
        reverse("ideas:similar") + f"?call={open_call.pk}&idea={bad}",
        {"title": "Contre la précarité menstruelle", "similar": ""},
    )
    assert response.status_code == 200
    assert response.context["idea"].pk is None
    fragment = agent_client.get(reverse("ideas:similar"), {"title": "ruches", "idea": bad, "fragment": "1"})
    assert fragment.status_code == 200


# --- Adopting an idea from the pool ----------------------------------------------------


@pytest.fixture
def not_retained(open_call, author):
    return IdeaFactory(call=open_call, state=IdeaState.NOT_SELECTED, created_by=author, title="Un vélo-bus scolaire")


NOTE = "Un test à Amiens avec la direction des solidarités."


@pytest.mark.parametrize("departement", ["", "abc", TOO_BIG])
def test_an_adoption_without_a_departement_shows_the_error_and_keeps_the_note(client_as, not_retained, departement):
    mail.outbox.clear()
    response = client_as(roles.COORDINATORS).post(
        reverse("ideas:adopt", args=[not_retained.pk]), {"departement": departement, "note": NOTE}
    )
    # Like a comment left empty on the same page: the page again, with what was typed.
    assert response.status_code == 400
    assert response.templates[0].name == "ideas/wall/discussion.html"
    form = response.context["adoption_form"]
    assert form.is_bound
    assert "departement" in form.errors
    html = response.content.decode()
    assert NOTE in html
    assert "L'idée n'est pas adoptée : voir le message sous le champ." in html
    assert form.errors["departement"][0].replace("'", "&#x27;") in html
    assert not IdeaAdoption.objects.filter(idea=not_retained).exists()
    assert mail.outbox == []


def test_a_missing_departement_is_named_in_french(client_as, not_retained):
    response = client_as(roles.COORDINATORS).post(reverse("ideas:adopt", args=[not_retained.pk]), {"note": NOTE})
    assert response.context["adoption_form"].errors["departement"] == ["Choisissez le département qui adopte l'idée."]


def test_the_discussion_page_still_offers_a_fresh_adoption_form(client_as, not_retained):
    response = client_as(roles.COORDINATORS).get(reverse("ideas:discussion", args=[not_retained.pk]))
    assert response.status_code == 200
    form = response.context["adoption_form"]
    assert not form.is_bound
    assert form.initial["departement"] == Organisation.objects.get(name="Département de la Somme")


def test_an_adoption_refused_by_the_rules_shows_why_and_keeps_the_note(client_as, not_retained):
    nord = Organisation.objects.get(name="Département du Nord")
    response = client_as(roles.COORDINATORS).post(
        reverse("ideas:adopt", args=[not_retained.pk]), {"departement": nord.pk, "note": NOTE}
    )
    assert response.status_code == 400
    form = response.context["adoption_form"]
    assert "votre département" in " ".join(form.non_field_errors())
    html = response.content.decode()
    assert NOTE in html
    assert "voir le message sous le champ" not in html
    assert not IdeaAdoption.objects.filter(idea=not_retained).exists()


@pytest.mark.parametrize("bad", ["abc", "²", "-3", "9" * 30])
def test_a_bad_attachment_number_to_remove_is_ignored(agent_client, open_call, bad):
    from tests.ideas.test_submission import PDF, form_data, upload

    submit = reverse("ideas:submit", args=[open_call.pk])
    agent_client.post(submit, form_data(draft="1", new_attachments=[upload("note.pdf", PDF)]))
    idea = Idea.objects.get(title="Un guichet unique pour les aidants")
    response = agent_client.post(reverse("ideas:edit", args=[idea.pk]), form_data(draft="1", remove_attachment=[bad]))
    assert response.status_code == 302
    assert idea.attachments.count() == 1


TOO_LARGE = "99999999999999999999"


@pytest.mark.parametrize(
    "path",
    [
        f"/admin/snippets/ideas/idea/?call={TOO_LARGE}",
        f"/admin/snippets/ideas/idea/?call={TOO_LARGE}&export=csv",
        f"/admin/snippets/ideas/calljuror/?call={TOO_LARGE}",
        f"/admin/snippets/ideas/ideacomment/?idea__call={TOO_LARGE}",
        f"/admin/snippets/ideas/laureatefollowup/?idea__call={TOO_LARGE}",
    ],
)
def test_an_admin_filter_on_a_call_number_too_large_is_ignored_not_a_500(client_as, path):
    response = client_as(roles.ADMINISTRATORS).get(path)
    assert response.status_code == 200


@pytest.mark.parametrize("action", ["transition", "delete"])
def test_an_ideas_bulk_action_on_ids_that_are_not_numbers_finds_nothing(client_as, action):
    response = client_as(roles.ADMINISTRATORS).get(f"/admin/bulk/ideas/idea/{action}/?id=abc&id={TOO_LARGE}")
    assert response.status_code in (200, 404)
