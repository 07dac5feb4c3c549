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

Only plain text and phrase queries ordered by relevance take this path; any
other search (a negation, no ordering, chosen fields, fuzzy) keeps the stock one.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Cast
from django.db.models.query import prefetch_related_objects
from modelsearch.query import Phrase, PlainText

OBJECT_KEY = "_object_key"


def primary_key_field(model):
    """The field that holds the model's primary key values (the parent's key
    for a multi-table child such as a page type)."""
    field = model._meta.pk
    while field.is_relation:
        field = field.target_field
    return field


class RankedResults:
    """Mixed into a backend's results class, before it."""

    # The order of the best results first: SQLite's bm25 is negative, lower is better.
    best_first = "-score"

    def uses_index_table(self):
        compiler = self.query_compiler
        return (
            compiler.order_by_relevance and compiler.fields is None and isinstance(compiler.query, (PlainText, Phrase))
        )

    def matching_entries(self, scored):
        """The index entries that match the query, annotated with OBJECT_KEY (the
        object's id as text) and, when `scored`, "score". Implemented per backend."""
        raise NotImplementedError

    def visible(self, object_key):
        """Whether the entry's object is in the searched queryset (what the user may see)."""
        queryset = self.query_compiler.queryset
        key = Cast(OuterRef(object_key), output_field=primary_key_field(queryset.model))
        return Exists(queryset.order_by().filter(pk=key))

    def _do_search(self):
        if not self.uses_index_table():
            return super()._do_search()
        queryset = self.query_compiler.queryset
        key = Cast(OBJECT_KEY, output_field=primary_key_field(queryset.model))
        # Ties in the stock backends' order: the most recent object first.
        ranked = list(
            self.matching_entries(scored=True)
            .order_by(self.best_first, key.desc())
            .values_list(OBJECT_KEY, "score")[self.start : self.stop]
        )
        if not ranked:
            return []
        objects = {str(obj.pk): obj for obj in queryset.filter(pk__in=[key for key, _score in ranked])}
        results = []
        for object_key, score in ranked:
            obj = objects.get(object_key)
            if obj is None:  # deleted since the index entries were read
                continue
            if self._score_field:
                setattr(obj, self._score_field, score)
            results.append(obj)
        if self.prefetch_related:
            prefetch_related_objects(results, *self.prefetch_related)
        return results

    def _do_count(self):
        if not self.uses_index_table():
            return super()._do_count()
        return self.matching_entries(scored=False).count()
