"""Wagtail's database search backend, in French on every database.

Set as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.database"``
(modelsearch imports this module when the first search runs, after the apps are ready).

- PostgreSQL: the stock backend with ``SEARCH_CONFIG = "french_unaccent"``, a
  text search configuration created by ``search/migrations/0001`` (unaccent,
  then the French Snowball stemmer), each query word also searched in its other
  number (Snowball stems "usager" and "usagers" apart). Titles typed as you go use
  ``AUTOCOMPLETE_CONFIG = "simple_unaccent"`` (accents folded, no stemming)
  where the stock backend hard-codes ``simple``.
- SQLite: FTS5 has no French stemmer and Python's sqlite3 cannot register a
  tokenizer, so the subclasses in ``search/backends/sqlite.py`` store stemmed, accent-folded text in the
  index table and normalise queries the same way (``search.text``). The stored
  index text is never shown: excerpts are built from the objects themselves.
- Anything else (MySQL, SQLite without FTS5): the stock backend, unchanged.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection
from django.db.models import F
from django.db.models.expressions import CombinedExpression
from modelsearch.backends.database import SearchBackend as StockDatabaseBackend
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText

from search import text
from search.backends.ranked import CONTENT_TYPE, OBJECT_KEY, RankedResults, type_filters


class FrenchPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    """Each word also matches its other number: PostgreSQL's French Snowball
    stemmer gives "usager" and "usagers" different stems (see text.singular)."""

    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText) or invert:
            return super().build_tsquery_content(query, config=config, invert=invert)
        combined = None
        for term in [term for term in re.split(r"[\s\-]+", query.query_string) if term]:
            lexeme = Lexeme(term)
            if variant := text.number_variant(term):
                lexeme |= Lexeme(variant)
            if combined is None:
                combined = lexeme
            elif query.operator == "and":
                combined &= lexeme
            else:
                combined |= lexeme
        return None if combined is None else SearchQuery(combined, search_type="raw", config=config)


class FrenchPostgresSearchResults(RankedResults, PostgresSearchResults):
    def index_matches(self, scored):
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        search_query = compiler.build_tsquery(compiler.query, config=config)
        if search_query is None:
            return IndexEntry.objects.none()
        if isinstance(compiler, PostgresAutocompleteQueryCompiler):
            document = F("autocomplete")
            vectors = [(F("autocomplete"), 1.0)]
        else:
            # The same expression as the GIN index of search/migrations/0004.
            document = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
            vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
        entries = (
            IndexEntry.objects.alias(document=document)
            .filter(document=search_query)
            .annotate(**{CONTENT_TYPE: F("content_type_id"), OBJECT_KEY: F("object_id")})
        )
        if scored:
            entries = entries.annotate(score=compiler._build_rank_expression(vectors, config))
        return entries

    def matches_of_types(self, searches):
        # One query per visibility check (each type, or all the page types at
        # once: ranked.type_filters) joined by UNION ALL: PostgreSQL reads each
        # one's matches through both its content type index and the GIN index,
        # and checks what the user may see as a semi-join. With the filters
        # joined by OR, it built a hash of every visible object of every type
        # and estimated the query so costly that it JIT-compiled it: a second
        # for the suggestions at scale 10, for 40 ms of work.
        first, *others = [
            self.index_matches(scored=True).filter(condition).values_list(CONTENT_TYPE, OBJECT_KEY, "score").order_by()
            for condition in type_filters(searches)
        ]
        return first.union(*others, all=True) if others else first


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = FrenchPostgresSearchQueryCompiler
    results_class = FrenchPostgresSearchResults

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", "simple")


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    if connection.vendor == "postgresql":
        return FrenchPostgresSearchBackend(params)
    backend = StockDatabaseBackend(params)
    if connection.vendor == "sqlite" and backend.__class__.__name__ == "SQLiteSearchBackend":
        # Imported only here: modelsearch declares its FTS5 model on SQLite only.
        from search.backends.sqlite import FrenchSQLiteSearchBackend

        return FrenchSQLiteSearchBackend(params)
    return backend
