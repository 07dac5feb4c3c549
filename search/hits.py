"""A search typed by someone, counted for the editors: in Wagtail's promotions
report (a query's daily hits) and in the portal's statistics (SearchQueryStat).

Wagtail's `Query.get(query).add_hit()` reads the query, then the day's row,
then writes it: three queries on every search. Here a query already searched
that day (the usual case) costs one UPDATE, and Wagtail's own path writes the
first search of the day."""

from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from .models import SearchQueryStat


def record(query_string, result_count):
    normalised = normalise_query_string(query_string)
    if not normalised:
        return
    today = timezone.now().date()  # the day as Wagtail's add_hit() counts it
    if not QueryDailyHits.objects.filter(query__query_string=normalised, date=today).update(hits=F("hits") + 1):
        Query.get(normalised).add_hit(date=today)
    SearchQueryStat.record(normalised, result_count)
