"""PostgreSQL text search configurations for French without accents.

`french` stems but keeps accents ("equipe" would not find "équipe");
`french_unaccent` folds accents with the unaccent extension, then stems.
`simple_unaccent` folds accents without stemming, for titles typed as you go.
Creating an extension needs a superuser or the database owner (PostgreSQL 13+,
unaccent is a trusted extension). Nothing to do on other databases."""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION french_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'simple_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION simple_unaccent (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION simple_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END
$$;
"""

DROP = """
DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent;
DROP TEXT SEARCH CONFIGURATION IF EXISTS simple_unaccent;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create, drop)]
