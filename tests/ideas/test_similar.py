"""« Est-ce que ça existe déjà ? »: the similarity endpoint, the form without
JavaScript and the coordinators' convergence view."""

import pytest
from django.urls import reverse

from home import roles
from ideas import similarity
from ideas.models import Idea, IdeaCallPage, IdeaState
from network.models import Organisation
from tests.factories.ideas import IdeaFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("title", "problem", "expected"),
    [
        (
            "Trouver son interlocuteur social",
            "Les usagers ne savent pas quel interlocuteur du Département contacter pour le RSA.",
            "Trouver le bon interlocuteur au Département dans le domaine social",
        ),
        ("Contre la précarité menstruelle", "", "Simone & Co, contre la précarité menstruelle"),
        (
            "Un chien pour apaiser les visites",
            "La médiation canine lors des visites des enfants confiés.",
            "La médiation canine pour renouer le dialogue entre parents et enfants confiés",
        ),
        (
            "Le harcèlement scolaire",
            "Des élèves harcelés n'osent pas en parler.",
            "Kameha Meha, contre le harcèlement scolaire",
        ),
    ],
)
def test_the_endpoint_returns_the_seeded_neighbour_first(agent_client, title, problem, expected):
    response = agent_client.get(reverse("ideas:similar"), {"title": title, "problem": problem, "fragment": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Idées proches" in html
    first = html[html.index("<li>") :]
    assert first[: first.index("</li>")].count(expected.replace("&", "&amp;")) == 1


def test_an_empty_text_asks_for_a_title(agent_client):
    html = agent_client.get(reverse("ideas:similar"), {"fragment": "1"}).content.decode()
    assert "Saisissez un titre" in html


def test_drafts_of_others_are_never_suggested(agent_client, open_call, make_user):
    IdeaFactory(
        call=open_call,
        state=IdeaState.DRAFT,
        title="Brouillon secret sur les ruches",
        created_by=make_user("x@nord.fr"),
    )
    html = agent_client.get(reverse("ideas:similar"), {"title": "ruches secret", "fragment": "1"}).content.decode()
    assert "Brouillon secret" not in html


def test_the_form_shows_the_panel_and_works_without_javascript(agent_client, open_call):
    form = agent_client.get(reverse("ideas:submit", args=[open_call.pk])).content.decode()
    assert "Est-ce que ça existe déjà ?" in form
    assert "Chercher des idées similaires" in form
    typed = {"title": "Contre la précarité menstruelle", "problem": "Des étudiantes renoncent à des protections."}
    response = agent_client.post(reverse("ideas:similar") + f"?call={open_call.pk}", {**typed, "similar": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Simone &amp; Co, contre la précarité menstruelle" in html
    # What was typed is still in the form, and nothing was saved.
    assert 'value="Contre la précarité menstruelle"' in html
    assert "Des étudiantes renoncent" in html
    assert not Idea.objects.filter(title=typed["title"]).exists()


def test_saving_the_draft_from_the_re_rendered_form_saves_it(agent_client, open_call):
    response = agent_client.post(
        reverse("ideas:similar") + f"?call={open_call.pk}", {"title": "Mon idée après recherche", "draft": ""}
    )
    assert response.status_code == 302
    assert Idea.objects.get(title="Mon idée après recherche").state == IdeaState.DRAFT


def test_convergence_lists_close_ideas_of_other_departements():
    forum = IdeaCallPage.objects.get(slug="forum-interdepartemental-2019")
    cantines = Idea.objects.get(call=forum, title__startswith="Améliorer la communication des cantines")
    cuisine = Idea.objects.get(call=forum, title__startswith="Cuisiner autrement")
    neighbours = similarity.convergence(cantines)
    assert cuisine in neighbours
    # Other départements, or other collectivités (Pau's ideas have no département).
    assert all(n.departement_id != cantines.departement_id for n in neighbours)


def test_coordinators_see_the_convergence_on_the_idea_in_the_admin(client_as, open_call, demo_user):
    nord = Organisation.objects.get(name="Département du Nord")
    idea = IdeaFactory(
        call=open_call,
        state=IdeaState.SUBMITTED,
        departement=nord,
        created_by=demo_user(roles.AGENTS),
        title="Des protections périodiques gratuites au collège",
        summary="Contre la précarité menstruelle des collégiennes.",
    )
    html = client_as(roles.COORDINATORS).get(reverse("wagtailsnippets_ideas_idea:inspect", args=[idea.pk])).content
    html = html.decode()
    assert "Convergence" in html
    assert "Simone &amp; Co, contre la précarité menstruelle" in html
