"""A partial index on Wagtail's locked pages, by who locked them.

The admin dashboard lists the pages the user has locked, on every visit.
SQLite's statistics count NULLs as one value: with `locked_by_id` NULL on
nearly every page, its foreign-key index looked useless and SQLite read every
page instead (6 ms at bench scale 10, 26,000 pages). This index holds the
locked pages only (a handful), in the panel's order.
"""

from django.db import migrations

INDEX = "home_wagtailcore_page_locked_by"


def create_index(apps, schema_editor):
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "wagtailcore_page" ("locked_by_id", "locked_at" DESC) WHERE "locked"'
    )


def drop_index(apps, schema_editor):
    schema_editor.execute(f'DROP INDEX IF EXISTS "{INDEX}"')


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_page_depth_first_published_index"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index),
    ]
