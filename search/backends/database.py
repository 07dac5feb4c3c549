"""Wagtail's database search backend, in French on every database.

Set as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.database"``
(modelsearch imports this module when the first search runs, after the apps are ready).

- PostgreSQL: the stock backend with ``SEARCH_CONFIG = "french_unaccent"``, a
  text search configuration created by ``search/migrations/0001`` (unaccent,
  then the French Snowball stemmer). Titles typed as you go use
  ``AUTOCOMPLETE_CONFIG = "simple_unaccent"`` (accents folded, no stemming)
  where the stock backend hard-codes ``simple``.
- SQLite: FTS5 has no French stemmer and Python's sqlite3 cannot register a
  tokenizer, so the subclasses in ``search/backends/sqlite.py`` store stemmed, accent-folded text in the
  index table and normalise queries the same way (``search.text``). The stored
  index text is never shown: excerpts are built from the objects themselves.
- Anything else (MySQL, SQLite without FTS5): the stock backend, unchanged.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as StockDatabaseBackend
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend


class FrenchPostgresSearchBackend(PostgresSearchBackend):
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
