"""One query across every searchable type: counts per type, results ranked by
relevance (merged across types when no type is chosen), excerpts, promotions.
A constant number of SQL queries whatever the number of results: on the
database backends, one count and one search for all the types, then one query
per type that has results to load them (elsewhere one count and one search per
type), plus the promotions."""

from dataclasses import dataclass
from itertools import chain

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from search import highlight, text
from search.backends.ranked import BatchedResults, TypeBatch
from search.registry import available_types

SCORE = "_search_score"


def is_searchable(query):
    """A query with at least one word (punctuation alone searches nothing)."""
    return bool(text.words(query))


@dataclass
class Result:
    search_type: object
    object: object
    score: float
    url: str
    title: str
    excerpt: str


@dataclass
class TypeCount:
    search_type: object
    count: int
    selected: bool


def _title(obj):
    return getattr(obj, "title", None) or str(obj)


class MergedResults:
    """A sequence the paginator slices: each slice runs one search per type,
    ranked by the backend's score, and merges them."""

    def __init__(self, query, searches, request):
        self.query = query
        self.searches = searches  # [(type, search results)]
        self.request = request
        # SQLite's bm25 is negative, lower is better; other backends rank higher first.
        self.lower_is_better = getattr(get_search_backend(), "lower_score_is_better", False)
        self.total = sum(results.count() for _type, results in searches)

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def _key(self, score):
        score = score or 0.0
        return score if self.lower_is_better else -score

    @staticmethod
    def _title_rank(obj, stems):
        """Minus the number of the query's words found in the title. Backend
        scores are not comparable across types (each type's text differs in
        length and field weights, and the SQLite backend's bm25 favours a long
        text that repeats a word over a title that names it): a result whose
        title names more of the query comes first, the backend's score orders
        results that name as many, weighted by type (SearchType.weight)."""
        return -len(stems & set(text.stems(_title(obj))))

    def __getitem__(self, item):
        if not isinstance(item, slice):
            raise TypeError("MergedResults only supports slicing")
        start, stop = item.start or 0, item.stop or self.total
        stems = highlight.query_stems(self.query)
        streams = []
        for search_type, results in self.searches:
            if not results.count():
                continue
            streams.append(
                [
                    (
                        self._title_rank(obj, stems),
                        self._key((getattr(obj, SCORE, 0.0) or 0.0) * search_type.weight),
                        search_type.key,
                        obj.pk,
                        search_type,
                        obj,
                    )
                    for obj in results[:stop]
                ]
            )
        merged = sorted(chain.from_iterable(streams), key=lambda entry: entry[:4])[start:stop]
        return [
            Result(
                search_type=search_type,
                object=obj,
                score=getattr(obj, SCORE, 0.0),
                url=search_type.url(obj, self.request),
                title=highlight.highlight(_title(obj), stems),
                excerpt=highlight.excerpt(obj, self.query),
            )
            for _rank, _key, _type_key, _pk, search_type, obj in merged
        ]


def _batched(searches, stop, counted=True):
    """The searches read together when the backend can (search.backends.ranked):
    one query for all the types rather than a count and a search per type.
    `stop`: the slice that will be read first (it comes with the counts, when `counted`)."""
    results = [results for _type, results in searches]
    if not TypeBatch.possible(results):
        return searches
    batch = TypeBatch(results, stop, counted)
    return [(search_type, BatchedResults(batch, position)) for position, (search_type, _r) in enumerate(searches)]


def site_search(query, user, type_key=None, request=None, stop=10):
    """(type counts, merged results) for `query` as `user` may see it; only the
    type `type_key` in the results when it names a searchable type. `stop`: the
    end of the first slice of results that will be read (the page shown)."""
    searches = _batched(
        [
            (search_type, queryset.search(query).annotate_score(SCORE))
            for search_type, queryset in available_types(user)
        ],
        stop,
    )
    chosen = type_key if any(search_type.key == type_key for search_type, _r in searches) else None
    counts = [TypeCount(search_type, results.count(), search_type.key == chosen) for search_type, results in searches]
    shown = [(search_type, results) for search_type, results in searches if chosen in (None, search_type.key)]
    return counts, MergedResults(query, shown, request)


def suggestions(query, user, limit=8, request=None):
    """Titles and names that start like the query, for search as you type: the
    best of each type in the order of the types, `limit` in all."""
    searches = _batched(
        [(search_type, queryset.autocomplete(query)) for search_type, queryset in available_types(user)],
        limit,
        counted=False,
    )
    found = []
    for search_type, results in searches:
        remaining = limit - len(found)
        if remaining <= 0:
            break
        # The same slice for every type: a batch ranks them all in one query.
        for obj in list(results[:limit])[:remaining]:
            found.append(
                {"label": _title(obj), "url": search_type.url(obj, request), "type": str(search_type.singular)}
            )
    return found


def promotions(query):
    """Editors' picks for this query (Wagtail's search promotions), live pages and links only."""
    normalised = normalise_query_string(query)
    if not normalised:
        return []
    picks = SearchPromotion.objects.filter(query__query_string=normalised).select_related("page")
    return [pick for pick in picks if pick.page is None or pick.page.live]
