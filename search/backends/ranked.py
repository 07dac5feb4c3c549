"""Ranked search results read from the index table first, for the database
backends (search/backends/database.py and sqlite.py).

The stock database backends filter the model by the ids of every matching
index entry, then give each object its score through a subquery that runs the
full-text match again for that object (SQLite), or match a concatenation of
title and body that no index covers (PostgreSQL): a common word that thousands
of objects contain took seconds, and counting the matches as long. Here the
index entries are searched once, in the index table, keeping those the user may
see (a correlated EXISTS on the searched queryset), ordered by score and sliced
in SQL; then only the objects of the slice are loaded, in one query. Counting
runs the same search without the score.

The site search looks into several types at once: `TypeBatch` reads the
matches of all of them in one scan of the full-text index (the best results of
each type and their count) instead of two per type.

Only plain text and phrase queries ordered by relevance take this path; any
other search (a negation, no ordering, chosen fields, fuzzy) keeps the stock one.

What stays proportional to the matches: ranking scores every match (FTS5's
bm25() and PostgreSQL's ts_rank() have no top-k shortcut) and checks that the
user may see it, and counting reads them all. A word found in most ideas
("départements": 5,000 matches at the bench's scale 1, 68,000 at scale 10)
costs about 100 ms of bm25() alone at scale 10 on SQLite. A bounded candidate
set (score only the newest N matches, plus the title matches) does not work
with this index: the full-text index returns matches by entry id only, and
entries are numbered in indexing order (at the bench's scale 10 the ideas,
indexed last, hold the 50,000 newest numbers), so the newest 2,000 matches of
"départements" are all ideas and the other types would count 0.
Bounding per type would need the type in the full-text index itself (a token
in each entry, or one index per type), or a search engine
(search/backends/elasticsearch.py).
"""

from functools import reduce
from operator import or_

from django.db import connections
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.db.models.query import prefetch_related_objects
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

OBJECT_KEY = "_object_key"
CONTENT_TYPE = "_content_type"
VISIBLE_THROUGH = "_search_visible_through"


def visible_through(queryset, key, parent_queryset):
    """Mark `queryset`, of a multi-table child model (a page type), as holding
    exactly those objects of its model that are in `parent_queryset`, of the
    parent model (the live pages a user may read), whose filters are all on the
    parent's table. The ranking then checks what the user may see on the
    parent's table alone, without joining the child's, and once for all the
    types marked with the same `key` (hashable): one correlated EXISTS to
    compile and run instead of one per page type. The mark must be set last:
    a queryset derived from a marked one is not marked."""
    setattr(queryset, VISIBLE_THROUGH, (key, parent_queryset))
    return queryset


def primary_key_field(model):
    """The field that holds the model's primary key values (the parent's key
    for a multi-table child such as a page type)."""
    field = model._meta.pk
    while field.is_relation:
        field = field.target_field
    return field


def _visible(queryset):
    """A correlated EXISTS: the entry's object is in `queryset`."""
    key = Cast(OuterRef(OBJECT_KEY), output_field=primary_key_field(queryset.model))
    return Exists(queryset.order_by().filter(pk=key))


def type_filters(searches):
    """The entries of these searches whose object the user may see, as a list
    of conditions to join by OR: one per search, or one per group of searches
    marked by visible_through() with the same key."""
    filters = []
    groups = {}  # key -> (parent queryset, content types)
    for search in searches:
        queryset = search.query_compiler.queryset
        marked = queryset.__dict__.get(VISIBLE_THROUGH)
        if marked is None:
            filters.append(Q(**{f"{CONTENT_TYPE}__in": search.content_types()}) & _visible(queryset))
            continue
        key, parent_queryset = marked
        groups.setdefault(key, (parent_queryset, []))[1].extend(search.content_types())
    for parent_queryset, content_types in groups.values():
        filters.append(Q(**{f"{CONTENT_TYPE}__in": content_types}) & _visible(parent_queryset))
    return filters


class RankedResults:
    """Mixed into a backend's results class, before it."""

    # The order of the best results first: SQLite's bm25 is negative, lower is better.
    lower_score_is_better = False

    def uses_index_table(self):
        compiler = self.query_compiler
        return (
            compiler.order_by_relevance and compiler.fields is None and isinstance(compiler.query, (PlainText, Phrase))
        )

    def index_matches(self, scored):
        """The index entries that match the query, whatever their type, annotated
        with CONTENT_TYPE, OBJECT_KEY (the object's id as text) and, when
        `scored`, "score". Implemented per backend."""
        raise NotImplementedError

    def content_types(self):
        return get_descendants_content_types_pks(self.query_compiler.queryset.model)

    def type_filter(self):
        """Entries of the searched type whose object the user may see (is in the searched queryset)."""
        return type_filters([self])[0]

    def matching_entries(self, scored):
        return self.index_matches(scored).filter(self.type_filter())

    def matches_of_types(self, searches):
        """(content type, object key, score) of the matches of these searches,
        in one scan of the full-text index."""
        return (
            self.index_matches(scored=True)
            .filter(reduce(or_, type_filters(searches)))
            .values_list(CONTENT_TYPE, OBJECT_KEY, "score")
            .order_by()
        )

    def candidates_of_types(self, searches):
        """(content type, object key, score) of the matches of these searches,
        whether or not the user may see them (load() keeps those they may)."""
        content_types = [content_type for search in searches for content_type in search.content_types()]
        return (
            self.index_matches(scored=True)
            .filter(**{f"{CONTENT_TYPE}__in": content_types})
            .values_list(CONTENT_TYPE, OBJECT_KEY, "score")
            .order_by()
        )

    def load(self, ranked):
        """The objects of [(object key, score)] that the user may see (those of
        the searched queryset), in that order, with their score."""
        if not ranked:
            return []
        queryset = self.query_compiler.queryset
        objects = {str(obj.pk): obj for obj in queryset.filter(pk__in=[key for key, _score in ranked])}
        results = []
        for object_key, score in ranked:
            obj = objects.get(object_key)
            if obj is None:  # not the user's to see, or deleted since the entries were read
                continue
            if self._score_field:
                setattr(obj, self._score_field, score)
            results.append(obj)
        if self.prefetch_related:
            prefetch_related_objects(results, *self.prefetch_related)
        return results

    def _do_search(self):
        if not self.uses_index_table():
            return super()._do_search()
        key = Cast(OBJECT_KEY, output_field=primary_key_field(self.query_compiler.queryset.model))
        # Ties in the stock backends' order: the most recent object first.
        ranked = (
            self.matching_entries(scored=True)
            .order_by("score" if self.lower_score_is_better else "-score", key.desc())
            .values_list(OBJECT_KEY, "score")[self.start : self.stop]
        )
        return self.load(list(ranked))

    def _do_count(self):
        if not self.uses_index_table():
            return super()._do_count()
        return self.matching_entries(scored=False).count()


class TypeBatch:
    """The searches of several types (RankedResults of one query) read together:
    one query ranks the best matches of each type and counts them, then one
    query per type loads its objects, when they are asked for.

    Uncounted (`counted=False`, the suggestions, which show no count), the
    ranking does not check what the user may see: it takes each type's
    CANDIDATES_PER_RESULT × `stop` best matches, and the loading query, which
    reads only objects the user may see, keeps them. Checking every match
    instead (a correlated EXISTS each) was half the suggestions' ranking at the
    bench's scale 10 (1,372 titles for "innov"). When fewer than `stop` of the
    candidates are the user's to see, that type is ranked again among its
    visible matches only: the same results either way."""

    CANDIDATES_PER_RESULT = 2

    def __init__(self, searches, stop=10, counted=True):
        self.searches = searches
        self.stop = stop  # the slice counted with: counts come with the ranking
        self.counted = counted
        self.type_of = {}  # content type id -> index of its search
        for position, search in enumerate(searches):
            for content_type in search.content_types():
                self.type_of[content_type] = position
        self._counts = None
        self._ranked = {}  # stop -> [[(object key, score) of each search]]
        self._loaded = {}  # (stop, position) -> [objects]

    @classmethod
    def possible(cls, searches):
        """Whether these searches can be read together: same backend, each on the
        index table, no type found by two searches."""
        if not searches or not all(isinstance(search, RankedResults) for search in searches):
            return False
        if len({type(search) for search in searches}) > 1 or not all(s.uses_index_table() for s in searches):
            return False
        content_types = [set(search.content_types()) for search in searches]
        return sum(map(len, content_types)) == len(set().union(*content_types))

    def counts(self):
        """The number of matches of each search."""
        if not self.counted:
            raise ValueError("this batch was read without its counts")
        if self._counts is None:
            self._rank(self.stop)
        return self._counts

    def ranked(self, stop, position):
        """The `stop` best objects of the search at `position`, loaded when first asked."""
        # The best `stop` are the first of any longer ranking already read.
        read = min((read for read in self._ranked if read >= stop), default=None)
        if read is None:
            self._rank(stop)
            read = stop
        if (read, position) not in self._loaded:
            search = self.searches[position]
            candidates = self._ranked[read][position]
            loaded = search.load(candidates)
            if not self.counted and len(loaded) < read and len(candidates) == read * self.CANDIDATES_PER_RESULT:
                # Too many of the best candidates are not the user's to see.
                loaded = list(search[:read])
            self._loaded[read, position] = loaded
        return self._loaded[read, position][:stop]

    def _rank(self, stop):
        """One query: the `stop` best matches of each search and their counts
        (uncounted: each search's candidates, see the class)."""
        first = self.searches[0]
        if self.counted:
            entries, limit = first.matches_of_types(self.searches), stop
        else:
            entries, limit = first.candidates_of_types(self.searches), stop * self.CANDIDATES_PER_RESULT
        sql, params = entries.query.sql_with_params()
        order = "ASC" if first.lower_score_is_better else "DESC"
        # The scored matches are read once into a materialized table (SQLite
        # computes bm25() only in the query that runs the MATCH), then each
        # search takes its best with ORDER BY ... LIMIT, which keeps `stop` rows
        # while it reads instead of sorting them all, and the counts are one
        # GROUP BY. Ranking all the matches with ROW_NUMBER() and counting them
        # with COUNT(*) OVER (PARTITION BY ...) sorted and buffered every match
        # twice: at the bench's scale 10, 60,000 matches for "départements",
        # 460 ms there against 200 ms here on SQLite.
        # Ties: the most recent object first (the longest then greatest key is
        # the greatest number, without casting keys that may not be numbers).
        best = " UNION ALL ".join(
            f'SELECT * FROM (SELECT "{CONTENT_TYPE}", "{OBJECT_KEY}", "score", CAST(NULL AS BIGINT) AS "matches" '  # noqa: S608 - constants
            f'FROM "entries" WHERE "{CONTENT_TYPE}" IN ({", ".join(["%s"] * len(search.content_types()))}) '
            f'ORDER BY "score" {order}, LENGTH("{OBJECT_KEY}") DESC, "{OBJECT_KEY}" DESC LIMIT %s) AS "best{position}"'
            for position, search in enumerate(self.searches)
        )
        ranked_sql = f'WITH "entries" AS MATERIALIZED ({sql}) {best}'  # noqa: S608 - constants and Django's compiled SQL
        if self.counted:
            ranked_sql += (
                f' UNION ALL SELECT "{CONTENT_TYPE}", NULL, NULL, COUNT(*) FROM "entries" GROUP BY "{CONTENT_TYPE}"'  # noqa: S608 - constants
            )
        ranked_params = [*params]
        for search in self.searches:
            ranked_params += [*search.content_types(), max(limit, 1)]
        with connections[entries.db].cursor() as cursor:
            cursor.execute(ranked_sql, ranked_params)
            rows = cursor.fetchall()
        # A search over a model with subclasses spans several content types:
        # its count is theirs summed.
        ranked = [[] for _search in self.searches]
        counts = [0] * len(self.searches)
        for content_type, object_key, score, matches in rows:
            if matches is None:
                ranked[self.type_of[content_type]].append((object_key, score))
            else:
                counts[self.type_of[content_type]] += matches
        self._ranked[stop] = ranked
        self._counts = counts


class BatchedResults:
    """One search of a TypeBatch, for search.results.MergedResults: count() and
    slices from the start."""

    def __init__(self, batch, position):
        self.batch = batch
        self.position = position

    def count(self):
        return self.batch.counts()[self.position]

    def __getitem__(self, item):
        if not isinstance(item, slice) or item.start not in (None, 0) or item.stop is None:
            raise TypeError("BatchedResults only supports slices from the start")
        return self.batch.ranked(item.stop, self.position)
