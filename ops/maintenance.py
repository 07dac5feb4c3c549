"""The planner's view of the database after bulk writes.

Bulk inserts leave the planner without statistics: PostgreSQL then reads
whole tables where an index would do (seen on the directory). On PostgreSQL
they also leave dead row versions (the generator updates the rows it has just
inserted, e.g. the support counts, and the search index recomputes its norms
after each chunk) and no visibility map, and an index-only scan needs that
map: without it, counting ideas per state reads every row instead of the state
index. Autovacuum would settle both in production, but it can be switched off
(it is on the PostgreSQL of the machines this portal is developed on), and a
benchmark must not measure a database still waiting for it.
"""

from django.db import connections


def refresh_statistics(using="default"):
    """VACUUM ANALYZE on PostgreSQL (ANALYZE only inside a transaction, where
    VACUUM cannot run), ANALYZE elsewhere."""
    connection = connections[using]
    vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
