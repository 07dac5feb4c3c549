"""The SQLite part of search.backends.database (see its docstring): index and
query French text as stems without accents, since FTS5 has no French stemmer.
Importable on SQLite only (modelsearch declares its FTS5 model there only)."""

from django.db.models import F
from django.utils.encoding import force_str
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import MatchExpression
from modelsearch.query import Phrase, PlainText

from search import text
from search.backends.ranked import CONTENT_TYPE, OBJECT_KEY, RankedResults


class FrenchObjectIndexer(sqlite.ObjectIndexer):
    @property
    def title(self):
        return text.index_text(super().title)

    @property
    def body(self):
        return text.index_text(super().body)

    @property
    def autocomplete(self):
        return text.autocomplete_text(super().autocomplete)


class FrenchSQLiteIndex(sqlite.SQLiteIndex):
    def add_items(self, model, objs):
        # The stock add_items names its indexer class directly: this is the same
        # upsert, with the French indexer.
        if not model.get_search_fields():
            return
        indexers = {force_str(obj.pk): FrenchObjectIndexer(obj, self.backend) for obj in objs}
        if not indexers:
            return
        content_type_id = sqlite.get_content_type_pk(model)
        entries = self.entries.filter(content_type_id=content_type_id)
        existing = set(entries.filter(object_id__in=indexers).values_list("object_id", flat=True))
        new_entries = []
        for object_id, indexer in indexers.items():
            values = {"title": indexer.title, "autocomplete": indexer.autocomplete, "body": indexer.body}
            if object_id in existing:
                entries.filter(object_id=object_id).update(**values)
            else:
                new_entries.append(sqlite.IndexEntry(content_type_id=content_type_id, object_id=object_id, **values))
        self.entries.bulk_create(new_entries)
        self._refresh_title_norms()


def _normalised(query, normalise):
    if isinstance(query, PlainText):
        return PlainText(normalise(query.query_string), operator=query.operator, boost=query.boost)
    if isinstance(query, Phrase):
        return Phrase(normalise(query.query_string))
    return query


def _search_terms(value):
    # A query made only of stop words ("de la") searches its plain words.
    return text.index_text(value) or text.autocomplete_text(value)


class FrenchSQLiteSearchQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        return super().build_search_query_content(_normalised(query, _search_terms), config=config)


class FrenchSQLiteAutocompleteQueryCompiler(sqlite.SQLiteAutocompleteQueryCompiler):
    def build_search_query_content(self, query, config=None):
        return super().build_search_query_content(_normalised(query, text.autocomplete_text), config=config)


class FrenchSQLiteSearchResults(RankedResults, sqlite.SQLiteSearchResults):
    lower_score_is_better = True  # FTS5's bm25 is negative

    def index_matches(self, scored):
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        match = MatchExpression(compiler.FTS_TABLE_FIELDS, compiler.build_search_query(compiler.query, config=config))
        entries = sqlite.SQLiteFTSIndexEntry.objects.filter(match).annotate(
            # "+ 0" hides the content type index from SQLite's planner: with it,
            # SQLite reads every entry of the type and runs the MATCH once for
            # each (a quarter of a second for 5,000 ideas) instead of reading
            # the matches once from the full-text index.
            **{CONTENT_TYPE: F("index_entry__content_type_id") + 0, OBJECT_KEY: F("index_entry__object_id")}
        )
        if scored:
            entries = entries.annotate(score=compiler._build_rank_expression(compiler.get_search_vectors(), config))
        return entries


class FrenchSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    lower_score_is_better = True  # FTS5's bm25 is negative
    results_class = FrenchSQLiteSearchResults
    index_class = FrenchSQLiteIndex
    query_compiler_class = FrenchSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = FrenchSQLiteAutocompleteQueryCompiler
