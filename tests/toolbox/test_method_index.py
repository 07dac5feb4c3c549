import pytest
from django.test import RequestFactory

from toolbox.filters import MethodFilters
from toolbox.models import DiagnosisCompetency, DiagnosisSubPractice, MethodPage, RelatedMethod

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(make_method):
    return {
        "cafe": make_method(
            title="Café",
            phases=["comprendre", "imaginer"],
            duration_minutes=90,
            participants_min=12,
            participants_max=60,
            difficulty="intermediaire",
            facilitator_needed=True,
        ),
        "persona": make_method(
            title="Persona",
            phases=["comprendre"],
            duration_minutes=60,
            participants_min=3,
            participants_max=8,
            difficulty="facile",
        ),
        "maquette": make_method(
            title="Maquette",
            phases=["prototyper", "tester"],
            duration_minutes=150,
            participants_min=3,
            participants_max=15,
            difficulty="intermediaire",
        ),
        "debat": make_method(
            title="Débat",
            phases=["comprendre"],
            duration_minutes=30,
            participants_min=10,
            participants_max=60,
            difficulty="facile",
            facilitator_needed=True,
        ),
    }


def titles(response):
    return [method.title for method in response.context["methods"]]


def facet(response, key):
    return {o["value"]: o["count"] for o in next(f for f in response.context["filters"] if f["key"] == key)["options"]}


def test_index_lists_every_live_method_with_counts_per_option(agent_client, toolbox_index, catalogue):
    response = agent_client.get(toolbox_index.url)
    assert response.status_code == 200
    assert titles(response) == ["Café", "Débat", "Maquette", "Persona"]
    assert facet(response, "phase") == {"comprendre": 3, "imaginer": 1, "prototyper": 1, "tester": 1, "deployer": 0}
    assert facet(response, "duree") == {"courte": 1, "moyenne": 2, "longue": 1, "journee": 0}
    assert facet(response, "groupe") == {"petit": 2, "moyen": 4, "grand": 3, "tres-grand": 2}
    assert facet(response, "difficulte") == {"facile": 2, "intermediaire": 2, "avancee": 0}
    assert facet(response, "animation") == {"animateur": 2, "autonomie": 2}


def test_filters_combine_and_counts_keep_the_other_choices(agent_client, toolbox_index, catalogue):
    response = agent_client.get(toolbox_index.url, {"phase": "comprendre", "difficulte": "facile"})
    assert titles(response) == ["Débat", "Persona"]
    assert response.context["result_count"] == 2
    # Phase counts keep the difficulty chosen; difficulty counts keep the phase chosen.
    assert facet(response, "phase")["comprendre"] == 2
    assert facet(response, "phase")["tester"] == 0
    assert facet(response, "difficulte") == {"facile": 2, "intermediaire": 1, "avancee": 0}
    assert facet(response, "duree") == {"courte": 1, "moyenne": 1, "longue": 0, "journee": 0}

    response = agent_client.get(
        toolbox_index.url, {"phase": "comprendre", "groupe": "tres-grand", "animation": "animateur", "duree": "moyenne"}
    )
    assert titles(response) == ["Café"]


def test_group_size_matches_methods_whose_range_overlaps_the_band(agent_client, toolbox_index, catalogue):
    assert titles(agent_client.get(toolbox_index.url, {"groupe": "petit"})) == ["Maquette", "Persona"]
    assert titles(agent_client.get(toolbox_index.url, {"groupe": "tres-grand"})) == ["Café", "Débat"]


def test_filter_links_are_plain_get_links_that_drop_the_page_number(toolbox_index, catalogue):
    request = RequestFactory().get("/", {"phase": "comprendre", "page": "2"})
    facets = MethodFilters(request.GET).facets(MethodPage.objects.live())
    difficulty = next(f for f in facets if f["key"] == "difficulte")
    easy = next(o for o in difficulty["options"] if o["value"] == "facile")
    assert easy["url"] == "?phase=comprendre&difficulte=facile"
    phase = next(f for f in facets if f["key"] == "phase")
    assert phase["clear_url"] == "?"


def test_no_match_shows_an_empty_state_with_a_way_out(agent_client, toolbox_index, catalogue):
    response = agent_client.get(toolbox_index.url, {"phase": "deployer"})
    assert titles(response) == []
    content = response.content.decode()
    assert "Aucune méthode ne correspond à ces filtres." in content
    assert "Tout effacer" in content


def test_unknown_filter_values_are_ignored(agent_client, toolbox_index, catalogue):
    response = agent_client.get(toolbox_index.url, {"phase": "inconnue", "duree": "<script>"})
    assert len(titles(response)) == 4
    assert response.context["active_filters"] == []


def test_index_paginates(agent_client, toolbox_index, make_method):
    for number in range(14):
        make_method(title=f"Méthode {number:02d}")
    first = agent_client.get(toolbox_index.url)
    assert len(titles(first)) == 12
    second = agent_client.get(toolbox_index.url, {"page": 2})
    assert titles(second) == ["Méthode 12", "Méthode 13"]


def test_index_runs_a_constant_number_of_queries_with_100_methods(
    agent_client, toolbox_index, make_method, django_assert_max_num_queries
):
    for number in range(100):
        make_method(title=f"Méthode {number:03d}", phases=["comprendre", "tester"])
    agent_client.get(toolbox_index.url)  # warm the site and settings caches
    with django_assert_max_num_queries(15) as captured:
        response = agent_client.get(toolbox_index.url, {"phase": "comprendre", "difficulte": "facile", "page": 3})
    assert response.context["result_count"] == 100
    few_methods_queries = len(captured.captured_queries)
    for method in MethodPage.objects.all()[:95]:
        method.delete()
    with django_assert_max_num_queries(few_methods_queries):
        agent_client.get(toolbox_index.url, {"phase": "comprendre", "difficulte": "facile"})


def test_method_page_shows_its_structured_fields(agent_client):
    method = MethodPage.objects.get(slug="world-cafe")
    content = agent_client.get(method.url).content.decode()
    assert "À quoi ça sert" in content
    assert "Récolte collective" in content
    assert "Piège à éviter" in content
    assert "Variante à distance" in content
    assert "Nappes en papier" in content
    assert "Planifier un world café" in content
    assert "Modèles à télécharger" in content
    assert "Consignes pour les hôtes de table" in content


def test_related_methods_are_read_from_both_sides(make_method):
    one, two = make_method(title="Un"), make_method(title="Deux")
    RelatedMethod.objects.create(page=one, method=two)
    assert list(one.related_methods()) == [two]
    assert list(two.related_methods()) == [one]


def test_links_from_the_network_side_are_empty_until_declared(make_method):
    method = make_method()
    if not hasattr(method, "case_studies"):
        assert method.used_in_case_studies() == []
    if not hasattr(method, "facilitators"):
        assert method.people_facilitating() == []
    if not hasattr(method, "practising_teams"):
        assert method.teams_practising() == []


def test_participants_range_must_be_ordered():
    from django.core.exceptions import ValidationError

    method = MethodPage(title="Méthode", slug="methode", participants_min=10, participants_max=5)
    with pytest.raises(ValidationError, match="supérieur ou égal"):
        method.clean()


def test_demo_has_at_least_ten_methods_with_steps():
    methods = MethodPage.objects.live()
    assert methods.count() >= 10
    assert all(len(method.steps) >= 3 for method in methods)
    pitch = methods.get(slug="pitch-en-3-minutes")
    assert "drame" in pitch.summary


def test_active_filter_badges_are_punctuated_by_the_translation(agent_client, toolbox_index, catalogue, english):
    content = agent_client.get(toolbox_index.url, {"duree": "courte"}).content.decode()
    assert "Durée : 30 min ou moins" in content
    agent_client.post("/langue/", {"language": "en", "next": "/"})
    with english({"%(label)s : %(value)s": "%(label)s: %(value)s"}):
        content = agent_client.get(toolbox_index.url, {"duree": "courte"}).content.decode()
    assert "Duration: 30 min or less" in content


def test_the_self_diagnosis_card_counts_the_questionnaire(agent_client, toolbox_index):
    competencies, subpractices = DiagnosisCompetency.objects.count(), DiagnosisSubPractice.objects.count()
    content = agent_client.get(toolbox_index.url).content.decode()
    assert (
        f"La capacité à innover de votre organisation : {competencies} compétences, {subpractices} pratiques."
        in content
    )
    DiagnosisSubPractice.objects.filter(pk=DiagnosisSubPractice.objects.order_by("pk")[0].pk).delete()
    DiagnosisCompetency.objects.exclude(pk=DiagnosisCompetency.objects.order_by("pk")[0].pk).delete()
    remaining = DiagnosisSubPractice.objects.count()
    content = agent_client.get(toolbox_index.url).content.decode()
    assert f"La capacité à innover de votre organisation : 1 compétence, {remaining} pratiques." in content
