"""Innovation teams: members, methods and case studies read from the other side."""

import pytest

from network.models import CaseStudyIndexPage, InnovationTeamPage
from tests.factories.network import CaseStudyPageFactory, InnovationTeamPageFactory, PersonProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(directory_page):
    return InnovationTeamPageFactory(parent=directory_page, title="Labo test")


def test_a_team_lists_the_case_studies_of_its_organisation_without_entering_them(team):
    index = CaseStudyIndexPage.objects.get()
    ours = CaseStudyPageFactory(parent=index, title="Notre retour")
    ours.organisations.add(team.organisation)
    ours.save()  # a ParentalManyToManyField is written on save
    CaseStudyPageFactory(parent=index, title="Celui des autres")
    assert list(team.case_studies) == [ours]


def test_a_team_without_organisation_has_no_case_study(directory_page):
    team = InnovationTeamPageFactory(parent=directory_page, organisation=None)
    assert list(team.case_studies) == []


def test_a_team_page_shows_members_methods_offers_and_case_studies(agent_client, team, make_method):
    method = make_method("Rétrospective")
    team.methods.add(method)
    team.offers.add("coaching")
    team.save_revision().publish()
    PersonProfileFactory(display_name="Membre Listé", team=team)
    PersonProfileFactory(display_name="Membre Discret", team=team, listed=False)
    case = CaseStudyPageFactory(parent=CaseStudyIndexPage.objects.get(), title="Retour du labo")
    case.organisations.add(team.organisation)
    case.save()  # a ParentalManyToManyField is written on save
    response = agent_client.get(team.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Membre Listé" in html
    assert "Membre Discret" not in html
    assert "Rétrospective" in html
    assert "coaching" in html
    assert "Retour du labo" in html
    assert team in method.practising_teams.all()


def test_the_demo_has_the_seeds_teams():
    titles = set(InnovationTeamPage.objects.values_list("title", flat=True))
    assert "Direction de la modernisation de l'action publique du Calvados" in titles
    assert "Laboratoire d'innovation interne de la Communauté urbaine de Dunkerque" in titles
    assert "Direction de la transformation et de l'innovation de Pau" in titles


def test_the_directory_page_lists_teams_and_departements(agent_client, directory_page):
    html = agent_client.get(directory_page.url).content.decode()
    assert "Laboratoire d&#x27;innovation interne" in html
    assert "/membres/departements/80/" in html


def test_a_departement_page_lists_its_organisations_teams_and_people(agent_client):
    html = agent_client.get("/membres/departements/59/").content.decode()
    assert "Communauté urbaine de Dunkerque" in html
    assert "Mission innovation du Nord" in html
    assert "Sophie Vandamme" in html
    assert "Karim Benali" not in html  # opted out in the demo


def test_an_unknown_departement_is_not_found(agent_client):
    assert agent_client.get("/membres/departements/00/").status_code == 404


def test_departements_are_named_after_their_departement_or_their_geography():
    from network.directory import departements
    from network.models.taxonomy import departement_name

    by_number = {d["number"]: d for d in departements()}
    assert by_number["80"]["name"] == "Département de la Somme"
    assert by_number["64"]["name"] == "Pyrénées-Atlantiques"
    assert "Ville de Pau" in by_number["64"]["organisations"]
    assert departement_name("99") == "Département 99"  # not a French département: its number
