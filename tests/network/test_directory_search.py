"""The directory's search and facets (plain functions), and its page."""

import pytest

from network.directory import DirectoryQuery, facets, search_people
from network.models import PersonProfile
from tests.factories.network import OrganisationFactory, PersonProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guadeloupe(departement, make_method):
    """Three listed people and one unlisted in a département of their own (971)."""
    conseil = departement("971", "Département de la Guadeloupe")
    commune = OrganisationFactory(name="Ville de Pointe-à-Pitre", departement_number="971")
    world_cafe = make_method("World café antillais")
    people = {
        "ana": PersonProfileFactory(
            display_name="Ana Bellot", organisation=conseil, skills=["FALC", "design de service"], methods=[world_cafe]
        ),
        "bruno": PersonProfileFactory(display_name="Bruno Coco", organisation=conseil, skills=["FALC"]),
        "chloe": PersonProfileFactory(
            display_name="Chloé Dormoy", organisation=commune, skills=["prototypage"], bio="Fab lab et maquettes."
        ),
        "hidden": PersonProfileFactory(
            display_name="Henri Caché", organisation=conseil, skills=["FALC"], methods=[world_cafe], listed=False
        ),
    }
    return {"people": people, "conseil": conseil, "commune": commune, "world_cafe": world_cafe}


def names(people):
    return sorted(p.display_name for p in people)


def test_facets_count_listed_people_per_organisation_departement_skill_and_method(guadeloupe):
    found = search_people(DirectoryQuery(departement="971"))
    counts = facets(found)
    assert {(f["label"], f["count"]) for f in counts["organisation"]} == {
        ("Département de la Guadeloupe", 2),
        ("Ville de Pointe-à-Pitre", 1),
    }
    assert counts["departement"] == [
        {"value": "971", "label": "Département de la Guadeloupe", "count": 3},
    ]
    assert {(f["label"], f["count"]) for f in counts["skill"]} == {
        ("FALC", 2),
        ("design de service", 1),
        ("prototypage", 1),
    }
    assert counts["method"] == [{"value": guadeloupe["world_cafe"].pk, "label": "World café antillais", "count": 1}]


def test_facets_follow_the_current_search(guadeloupe):
    counts = facets(search_people(DirectoryQuery(departement="971", skill="falc")))
    assert {(f["label"], f["count"]) for f in counts["skill"]} == {("FALC", 2), ("design de service", 1)}


def test_search_by_name_skill_method_and_free_text(guadeloupe):
    assert names(search_people(DirectoryQuery(text="bellot"))) == ["Ana Bellot"]
    assert names(search_people(DirectoryQuery(departement="971", skill="falc"))) == ["Ana Bellot", "Bruno Coco"]
    assert names(search_people(DirectoryQuery(method=guadeloupe["world_cafe"].pk))) == ["Ana Bellot"]
    assert names(search_people(DirectoryQuery(text="maquettes"))) == ["Chloé Dormoy"]
    assert names(search_people(DirectoryQuery(text="prototypage", departement="971"))) == ["Chloé Dormoy"]
    assert names(search_people(DirectoryQuery(organisation=guadeloupe["commune"].pk))) == ["Chloé Dormoy"]


def test_a_person_appears_once_even_when_several_criteria_match(guadeloupe):
    found = search_people(DirectoryQuery(text="FALC design", departement="971"))
    assert names(found) == ["Ana Bellot"]


def test_opted_out_people_are_neither_listed_nor_found(guadeloupe):
    assert "Henri Caché" not in names(PersonProfile.objects.listed())
    assert names(search_people(DirectoryQuery(text="Caché"))) == []
    assert "Henri Caché" not in names(search_people(DirectoryQuery(departement="971", skill="falc")))


def test_the_search_backend_finds_listed_people_only(guadeloupe):
    found = list(PersonProfile.objects.listed().search("Bellot"))
    assert found == [guadeloupe["people"]["ana"]]
    assert list(PersonProfile.objects.listed().search("Caché")) == []


def test_directory_page_shows_results_and_facet_links(agent_client, guadeloupe):
    response = agent_client.get("/membres/", {"departement": "971"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ana Bellot" in html
    assert "Chloé Dormoy" in html
    assert "Henri Caché" not in html
    assert 'FALC <span class="facet__count">(2)</span>' in html
    assert "?departement=971&amp;skill=falc" in html


def test_a_skill_with_accents_filters_the_directory(agent_client, guadeloupe):
    PersonProfileFactory(display_name="Léa Café", organisation=guadeloupe["conseil"], skills=["animation de café"])
    people = agent_client.get("/membres/", {"skill": "animation-de-café"}).context["page_obj"].object_list
    assert [person.display_name for person in people] == ["Léa Café"]


def test_a_bad_filter_leaves_the_valid_ones_applied(agent_client, guadeloupe):
    def found(params):
        return names(agent_client.get("/membres/", params).context["page_obj"].object_list)

    with_bad_filter = found({"skill": "falc", "organisation": "pas-un-nombre"})
    assert with_bad_filter == found({"skill": "falc"})
    assert {"Ana Bellot", "Bruno Coco"} <= set(with_bad_filter)
    assert "Chloé Dormoy" not in with_bad_filter


def test_directory_page_accepts_bad_filters_without_error(agent_client):
    response = agent_client.get("/membres/", {"organisation": "pas-un-nombre", "q": "x" * 500})
    assert response.status_code == 200


def test_directory_suggests_people_offering_what_the_member_looks_for(agent_client):
    # agent@somme.fr looks for « marchés publics », which the Dunkerque lab offers (demo).
    response = agent_client.get("/membres/")
    html = response.content.decode()
    assert "Ils proposent ce que vous cherchez" in html
    assert "Sophie Vandamme" in html


def test_directory_needs_a_login(client):
    response = client.get("/membres/")
    assert response.status_code == 302
    assert "/comptes/login/" in response["Location"]


def test_the_search_backend_finds_people_by_the_skills_saved_with_them(guadeloupe):
    signer = PersonProfileFactory(display_name="Sacha Martin", skills=["langue des signes"])
    assert list(PersonProfile.objects.listed().search("langue des signes")) == [signer]


def test_a_departement_without_its_own_organisation_is_named_by_its_geography(agent_client):
    from network.directory import departements

    nancy = OrganisationFactory(name="Communauté de communes du Sânon", departement_number="54")
    PersonProfileFactory(display_name="Inès Nancéienne", organisation=nancy)
    facets_html = agent_client.get("/membres/", {"departement": "54"}).content.decode()
    assert "Meurthe-et-Moselle" in facets_html
    assert "Département 54" not in facets_html
    page = agent_client.get("/membres/departements/54/").content.decode()
    assert "Meurthe-et-Moselle" in page
    assert next(entry for entry in departements() if entry["number"] == "54")["name"] == "Meurthe-et-Moselle"


def test_a_search_that_finds_nobody_has_no_empty_refinement_region(agent_client):
    html = agent_client.get("/membres/", {"q": "zzzzzz"}).content.decode()
    assert "0 personne<" in html
    assert 'id="facets-title"' not in html
    assert 'id="facets-title"' in agent_client.get("/membres/").content.decode()
