"""An index on Wagtail's pages by (depth, newest first).

The case-study index shows its twelve newest children: with only the
(depth, path) index, the database read every child (20,000 at bench scale 10)
and sorted them to keep twelve. With this one it reads the pages of that
depth newest first and stops at the twelfth child. The order is the page's:
`first_published_at DESC NULLS LAST, id DESC`; SQLite puts NULLs last in a
descending index already, and has no NULLS LAST in CREATE INDEX.
"""

from django.db import migrations

INDEX = "home_wagtailcore_page_depth_first_published"


def create_index(apps, schema_editor):
    nulls_last = " NULLS LAST" if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "wagtailcore_page" '
        f'("depth", "first_published_at" DESC{nulls_last}, "id" DESC)'
    )


def drop_index(apps, schema_editor):
    schema_editor.execute(f'DROP INDEX IF EXISTS "{INDEX}"')


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_newspage_date_index"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index),
    ]
