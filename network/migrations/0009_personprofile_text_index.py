"""An index for the directory's free text: it read every profile (an icontains
on three columns), so its cost grew with the network.

network_personprofile_text holds one string per profile, its name, job title
and bio, found by substring (PersonProfileText in network/models/people.py):
- SQLite: an FTS5 table with the trigram tokenizer (SQLite 3.34 or later),
  kept up to date by triggers, so that bulk inserts and raw updates are covered;
- PostgreSQL: a view over the profiles, and a trigram GIN index (pg_trgm) on
  the very expression `icontains` gives through the view;
- another database: the view alone (no index, same results).
"""

from django.db import migrations, models

import network.models.people

TEXT = "display_name || ' ' || job_title || ' ' || bio"

SQLITE_FORWARDS = [
    "CREATE VIRTUAL TABLE network_personprofile_text USING fts5(text, tokenize='trigram')",
    f"INSERT INTO network_personprofile_text(rowid, text) SELECT id, {TEXT} FROM network_personprofile",  # noqa: S608
    "CREATE TRIGGER network_personprofile_text_insert AFTER INSERT ON network_personprofile BEGIN "
    "INSERT INTO network_personprofile_text(rowid, text) "
    "VALUES (NEW.id, NEW.display_name || ' ' || NEW.job_title || ' ' || NEW.bio); END",
    "CREATE TRIGGER network_personprofile_text_update "
    "AFTER UPDATE OF display_name, job_title, bio ON network_personprofile BEGIN "
    "UPDATE network_personprofile_text SET text = NEW.display_name || ' ' || NEW.job_title || ' ' || NEW.bio "
    "WHERE rowid = NEW.id; END",
    "CREATE TRIGGER network_personprofile_text_delete AFTER DELETE ON network_personprofile BEGIN "
    "DELETE FROM network_personprofile_text WHERE rowid = OLD.id; END",
]
SQLITE_BACKWARDS = [
    "DROP TRIGGER IF EXISTS network_personprofile_text_insert",
    "DROP TRIGGER IF EXISTS network_personprofile_text_update",
    "DROP TRIGGER IF EXISTS network_personprofile_text_delete",
    "DROP TABLE IF EXISTS network_personprofile_text",
]
VIEW = f"CREATE VIEW network_personprofile_text AS SELECT id AS rowid, {TEXT} AS text FROM network_personprofile"  # noqa: S608
POSTGRESQL_FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    VIEW,
    f"CREATE INDEX network_personprofile_text_trgm ON network_personprofile USING gin (UPPER({TEXT}) gin_trgm_ops)",
]
POSTGRESQL_BACKWARDS = [
    "DROP INDEX IF EXISTS network_personprofile_text_trgm",
    "DROP VIEW IF EXISTS network_personprofile_text",
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for statement in statements_by_vendor.get(vendor, statements_by_vendor["other"]):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0008_case_study_facets_version"),
    ]

    operations = [
        migrations.CreateModel(
            name="PersonProfileText",
            fields=[
                ("profile_id", models.BigIntegerField(db_column="rowid", primary_key=True, serialize=False)),
                ("text", network.models.people.SearchTextField()),
            ],
            options={
                "db_table": "network_personprofile_text",
                "managed": False,
                "default_permissions": (),
            },
        ),
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARDS, "postgresql": POSTGRESQL_FORWARDS, "other": [VIEW]}),
            run(
                {
                    "sqlite": SQLITE_BACKWARDS,
                    "postgresql": POSTGRESQL_BACKWARDS,
                    "other": ["DROP VIEW IF EXISTS network_personprofile_text"],
                }
            ),
        ),
    ]
