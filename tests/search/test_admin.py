import pytest
from django.urls import reverse

from home import roles
from search.models import SearchQueryStat

pytestmark = pytest.mark.django_db

LISTING = reverse("search_query_stats:index")


@pytest.fixture
def stats(db):
    for query, count, times in [("cantine", 3, 4), ("photocopieurs", 0, 1), ("world cafe", 2, 3), ("m. dupont", 1, 2)]:
        for _time in range(times):
            SearchQueryStat.record(query, count)


def test_record_counts_hits_and_zero_results_and_normalises_the_query():
    SearchQueryStat.record("  Cantine ", 2)
    SearchQueryStat.record("cantine", 0)
    stat = SearchQueryStat.objects.get()
    assert (stat.query_string, stat.hits, stat.zero_result_hits, stat.last_result_count) == ("cantine", 2, 1, 0)
    assert stat.had_no_result


def test_popular_queries_are_the_most_searched_that_find_something(stats):
    assert [stat.query_string for stat in SearchQueryStat.popular()] == ["cantine", "world cafe"]


def test_a_query_searched_once_or_twice_is_not_shown_to_others(stats):
    # "m. dupont" found something, but was typed only twice.
    assert "m. dupont" not in [stat.query_string for stat in SearchQueryStat.popular()]


def test_editors_see_the_most_frequent_queries_first(client_as, stats):
    response = client_as(roles.EDITORS).get(LISTING)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("cantine") < html.index("world cafe")


def test_editors_filter_the_queries_that_found_nothing(client_as, stats):
    response = client_as(roles.EDITORS).get(LISTING, {"outcome": "aucun"})
    html = response.content.decode()
    assert "photocopieurs" in html
    assert "world cafe" not in html


def test_the_statistics_export_as_csv(client_as, stats):
    response = client_as(roles.EDITORS).get(LISTING, {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "cantine" in content


def test_agents_cannot_read_the_statistics(agent_client, stats):
    assert agent_client.get(LISTING).status_code in (302, 403)


def test_editors_may_promote_search_results(demo_user):
    editor = demo_user(roles.EDITORS)
    assert editor.has_perm("wagtailsearchpromotions.add_searchpromotion")
    assert editor.has_perm("portal_search.view_searchquerystat")
