"""Each typed search is counted for the editors (search/hits.py): in Wagtail's
promotions report, per day, and in the portal's statistics; a query already
searched that day costs one UPDATE for each."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search import hits
from search.models import SearchQueryStat

pytestmark = pytest.mark.django_db


def test_a_query_searched_again_the_same_day_is_counted_with_one_update_each():
    hits.record("Cantines", 3)
    with CaptureQueriesContext(connection) as queries:
        hits.record("  cantines ", 2)
    statements = [query["sql"].split()[0] for query in queries.captured_queries]
    assert statements == ["UPDATE", "UPDATE"]
    assert Query.get("cantines").hits == 2
    stat = SearchQueryStat.objects.get(query_string="cantines")
    assert (stat.hits, stat.zero_result_hits, stat.last_result_count) == (2, 0, 2)


def test_the_first_search_of_a_day_starts_that_days_count():
    yesterday = timezone.now().date() - datetime.timedelta(days=1)
    Query.get("cantines").add_hit(date=yesterday)
    hits.record("cantines", 0)
    hits.record("cantines", 0)
    days = dict(QueryDailyHits.objects.filter(query__query_string="cantines").values_list("date", "hits"))
    assert days == {yesterday: 1, timezone.now().date(): 2}
    stat = SearchQueryStat.objects.get(query_string="cantines")
    assert (stat.hits, stat.zero_result_hits) == (2, 2)
