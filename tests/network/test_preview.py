"""Editors preview the network's pages in the admin before publishing them."""

import pytest
from django.utils.html import escape

from home import roles
from network.models import CaseStudyIndexPage, CaseStudyPage, InnovationTeamPage, NetworkIndexPage
from tests.home.preview import preview_on_add, preview_on_edit

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client_as):
    return client_as(roles.EDITORS)


def demo_team_with_members_and_methods():
    team = InnovationTeamPage.objects.live().filter(members__listed=True, methods__live=True).distinct().first()
    assert team is not None, "the demo should have a team with listed members and live methods"
    return team


def test_a_team_page_previews_with_its_edited_methods_and_its_members(editor, make_method):
    team = demo_team_with_members_and_methods()
    method = make_method("Carte d'empathie")
    response = preview_on_edit(editor, team, title="Labo prévisualisé", methods=[str(method.pk)])
    assert response.status_code == 200
    assert response.context["page"].title == "Labo prévisualisé"
    # The methods come from the form, not from the database.
    assert [m.pk for m in response.context["methods"]] == [method.pk]
    assert list(response.context["members"]) == list(team.members.listed())
    assert escape(method.title) in response.content.decode()


def test_a_team_page_preview_leaves_out_methods_that_are_not_live(editor, make_method):
    team = demo_team_with_members_and_methods()
    draft = make_method("Méthode en brouillon")
    draft.unpublish()
    live = make_method("Carte d'empathie")
    response = preview_on_edit(editor, team, methods=[str(draft.pk), str(live.pk)])
    assert response.status_code == 200
    assert [m.pk for m in response.context["methods"]] == [live.pk]


def test_a_new_team_page_previews_before_it_is_saved(editor, directory_page, make_method, somme):
    method = make_method("Carte d'empathie")
    response = preview_on_add(
        editor,
        InnovationTeamPage,
        directory_page,
        title="Labo pas encore créé",
        slug="labo-pas-encore-cree",
        organisation=str(somme.pk),
        methods=[str(method.pk)],
    )
    assert response.status_code == 200
    assert [m.pk for m in response.context["methods"]] == [method.pk]
    assert list(response.context["members"]) == []


def test_a_case_study_previews_with_its_edited_methods_and_organisations(editor, make_method, nord):
    case_study = CaseStudyPage.objects.live().filter(methods__isnull=False).distinct().first()
    method = make_method("Carte d'empathie")
    response = preview_on_edit(
        editor, case_study, title="Retour prévisualisé", methods=[str(method.pk)], organisations=[str(nord.pk)]
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Retour prévisualisé" in content
    assert escape(method.title) in content
    assert escape(nord.name) in content


def test_a_new_case_study_previews_before_it_is_saved(editor, make_method):
    method = make_method("Carte d'empathie")
    response = preview_on_add(
        editor,
        CaseStudyPage,
        CaseStudyIndexPage.objects.get(),
        title="Retour pas encore créé",
        slug="retour-pas-encore-cree",
        methods=[str(method.pk)],
    )
    assert response.status_code == 200
    assert escape(method.title) in response.content.decode()


@pytest.mark.parametrize("model", [NetworkIndexPage, CaseStudyIndexPage])
def test_the_network_index_pages_preview(editor, model):
    response = preview_on_edit(editor, model.objects.get(), title="Index prévisualisé")
    assert response.status_code == 200
    assert "Index prévisualisé" in response.content.decode()
