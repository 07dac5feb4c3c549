"""An index on Wagtail's pages by (depth, path).

`get_children()` asks for `depth = N AND path BETWEEN parent0000 AND parentZZZZ`:
with the path index alone, the children of the home page are found by walking
every page of the site (all of them sit under the home page), which the main
menu does on every request. With depth first, it reads the children only.
"""

from django.db import migrations

INDEX = "home_wagtailcore_page_depth_path"


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "wagtailcore_page" ("depth", "path")',
            f'DROP INDEX IF EXISTS "{INDEX}"',
        ),
    ]
