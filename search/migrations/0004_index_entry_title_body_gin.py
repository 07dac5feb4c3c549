"""A GIN index on the title and body vectors together, on PostgreSQL: the
search matches `title || body` (search.backends.database), which the stock
indexes on each vector alone cannot serve, so every search read every index
entry of the type. Nothing to do on other databases.

Built CONCURRENTLY, outside a transaction: a plain CREATE INDEX would block
every write to the index table (every page publish) while it reads the whole
table on a large site."""

from django.db import migrations

INDEX = "portal_search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        schema_editor.execute(f'CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX} ON "{table}" USING gin (("title" || "body"))')


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    atomic = False
    dependencies = [
        ("portal_search", "0003_role_permissions"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]
    operations = [migrations.RunPython(create, drop)]
