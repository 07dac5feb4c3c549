"""A partial index on Wagtail's locked pages, by who locked them.

The admin dashboard lists the pages the user has locked, on every visit.
SQLite's statistics count NULLs as one value: with `locked_by_id` NULL on
nearly every page, its foreign-key index looked useless and SQLite read every
page instead (6 ms at bench scale 10, 26,000 pages). This index holds the
locked pages only (a handful), in the panel's order. Wagtail's `Page` is not
the portal's model, so the index is written here rather than in its Meta.
"""

from django.db import migrations

INDEX = "home_wagtailcore_page_locked_by"


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_page_depth_first_published_index"),
    ]

    operations = [
        migrations.RunSQL(
            f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "wagtailcore_page" ("locked_by_id", "locked_at" DESC) WHERE "locked"',
            f'DROP INDEX IF EXISTS "{INDEX}"',
        ),
    ]
