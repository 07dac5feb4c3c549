import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from network.models import CaseStudyIndexPage
from search.models import SearchQueryStat
from tests.factories.network import CaseStudyPageFactory

pytestmark = pytest.mark.django_db

SEARCH_URL = reverse("search:search")


def test_search_needs_a_login(client):
    response = client.get(SEARCH_URL, {"q": "cantine"})
    assert response.status_code == 302
    assert "/comptes/login/" in response["Location"]


def test_empty_search_page_shows_the_form_only(agent_client):
    response = agent_client.get(SEARCH_URL)
    assert response.status_code == 200
    assert b'name="q"' in response.content
    assert SearchQueryStat.objects.count() == 0


def test_results_show_the_matched_words_highlighted_in_an_excerpt(agent_client, searchable_pages):
    response = agent_client.get(SEARCH_URL, {"q": "cantine producteurs"})
    html = response.content.decode()
    assert "<mark>producteurs</mark>" in html
    assert "Des <mark>cantines</mark> de collège" in html  # plural found from the singular, in the title
    assert 'href="/retours-d-experience/cantines/"' in html


def test_type_filter_lists_counts_per_type_and_keeps_the_query(agent_client, searchable_pages):
    response = agent_client.get(SEARCH_URL, {"q": "equipe"})
    counts = {count.search_type.key: count.count for count in response.context["type_counts"]}
    assert counts["retours"] >= 1  # "une équipe de travailleurs sociaux"
    assert counts["actualites"] >= 2  # the seminar and the demo forum
    assert response.context["total"] == sum(counts.values())
    html = response.content.decode()
    assert 'href="?q=equipe&amp;type=retours"' in html
    for key, count in counts.items():  # an empty type is shown, not linked
        assert (f'href="?q=equipe&amp;type={key}"' in html) is (count > 0)


def test_choosing_a_type_shows_only_that_type(agent_client, searchable_pages):
    response = agent_client.get(SEARCH_URL, {"q": "equipe", "type": "actualites"})
    results = list(response.context["search_results"])
    assert len(results) == 2
    assert {result.search_type.key for result in results} == {"actualites"}
    assert response.context["selected_type"].key == "actualites"
    assert b'aria-current="page">Actualit' in response.content


def test_an_unknown_type_searches_everything(agent_client, searchable_pages):
    response = agent_client.get(SEARCH_URL, {"q": "equipe", "type": "inconnu"})
    assert response.context["selected_type"] is None
    assert response.context["total"] > 10
    assert len(response.context["search_results"]) == 10  # the first page of everything


def test_promoted_results_come_first(agent_client, searchable_pages):
    query = Query.get("cantine")
    SearchPromotion.objects.create(
        query=query, page=searchable_pages["world-cafe"], description="Pour réunir les cuisiniers.", sort_order=0
    )
    html = agent_client.get(SEARCH_URL, {"q": "Cantine"}).content.decode()
    assert "Recommandé par l'équipe éditoriale" in html
    assert html.index("Pour réunir les cuisiniers.") < html.index("<mark>cantines</mark>")


def test_each_search_is_counted_once_with_its_result_count(agent_client, searchable_pages):
    total = agent_client.get(SEARCH_URL, {"q": "Cantines"}).context["total"]
    agent_client.get(SEARCH_URL, {"q": "cantines", "type": "retours"})  # a filter: the same search
    agent_client.get(SEARCH_URL, {"q": "cantines", "page": "2"})
    stat = SearchQueryStat.objects.get(query_string="cantines")
    assert total >= 1
    assert (stat.hits, stat.zero_result_hits, stat.last_result_count) == (1, 0, total)
    assert Query.get("cantines").hits == 1


def test_a_search_without_result_is_recorded_and_gets_a_helpful_page(agent_client, searchable_pages):
    for _time in range(SearchQueryStat.POPULAR_MIN_HITS):
        SearchQueryStat.record("world café", 1)
    SearchQueryStat.record("dossier de m. dupont", 1)  # typed once: not shown to others
    response = agent_client.get(SEARCH_URL, {"q": "mutualisation des photocopieurs"})
    stat = SearchQueryStat.objects.get(query_string="mutualisation des photocopieurs")
    assert (stat.hits, stat.zero_result_hits, stat.last_result_count) == (1, 1, 0)
    html = response.content.decode()
    assert "Aucun résultat pour « mutualisation des photocopieurs »" in html
    assert "Vérifiez l'orthographe" in html
    assert 'href="/boite-a-outils/"' in html  # links to the sections
    assert 'href="/recherche/?q=world%20caf%C3%A9"' in html  # a popular query that finds something
    assert "dupont" not in html


def test_a_query_of_punctuation_only_gets_the_no_result_page(agent_client):
    response = agent_client.get(SEARCH_URL, {"q": "?!"})
    assert response.status_code == 200
    assert "Aucun résultat" in response.content.decode()


def test_the_query_is_escaped(agent_client):
    html = agent_client.get(SEARCH_URL, {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html


def test_suggestions_return_titles_that_start_like_the_query(agent_client, searchable_pages):
    data = agent_client.get(reverse("search:suggest"), {"q": "wor"}).json()
    assert {"label": "World café", "url": "/boite-a-outils/world-cafe/", "type": "Méthode"} in data["suggestions"]


def test_suggestions_wait_for_two_characters(agent_client, searchable_pages):
    assert agent_client.get(reverse("search:suggest"), {"q": "w"}).json()["suggestions"] == []


@pytest.mark.parametrize("type_key", ["retours", ""], ids=["one type", "all types"])
def test_search_runs_the_same_number_of_queries_for_many_results(agent_client, searchable_pages, type_key):
    def queries_for(query):
        with CaptureQueriesContext(connection) as captured:
            response = agent_client.get(SEARCH_URL, {"q": query, "type": type_key})
        assert response.status_code == 200
        return len(captured), len(response.context["search_results"])

    queries_for("allocataires")  # warms the caches (content types, site root paths)
    few, shown = queries_for("allocataires")
    assert shown == 1
    index = CaseStudyIndexPage.objects.get()
    for number in range(30):
        CaseStudyPageFactory(parent=index, title=f"Allocataires accompagnés {number}", summary="Pour les allocataires.")
    queries_for("allocataires")  # new pages renew the site lookup's token: read again once
    many, shown = queries_for("allocataires")
    assert shown == 10
    assert many == few
    assert many <= 25


def test_demo_promotes_the_calls_for_the_query_appel_a_idees(agent_client):
    html = agent_client.get(SEARCH_URL, {"q": "Appel à idées"}).content.decode()
    assert "Tous les appels à idées du réseau" in html
    assert 'href="/appels-a-idees/"' in html


def test_loading_the_search_demo_twice_duplicates_no_promotion():
    from search import demo

    before = SearchPromotion.objects.count()
    demo.load()
    assert SearchPromotion.objects.count() == before > 0
