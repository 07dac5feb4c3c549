"""What the database does with a query, for the tests that an index serves it."""

from django.db import connection


def sqlite_plan(queryset):
    """SQLite's EXPLAIN QUERY PLAN of the queryset, one step per line."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return "\n".join(row[-1] for row in cursor.fetchall())


def postgresql_index_definition(name):
    """CREATE INDEX … of a PostgreSQL index. Its planner's choice on the test
    database is not reliable: an index built after the demo's updates waits for
    older transactions anywhere on the server (pg_index.indcheckxmin), so tests
    check that an index gives the order or the filter instead."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [name])
        (definition,) = cursor.fetchone()
    return definition
