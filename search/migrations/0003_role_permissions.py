from django.db import migrations

from home.roles import ADMINISTRATORS, COORDINATORS, EDITORS, grant_model_permissions

PROMOTION_PERMISSIONS = ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"]


def grant(apps, schema_editor):
    # Editors curate what people find; coordinators read what they look for.
    for group in [EDITORS, ADMINISTRATORS, COORDINATORS]:
        grant_model_permissions(apps, group, "portal_search", ["view_searchquerystat"])
    for group in [EDITORS, ADMINISTRATORS]:
        grant_model_permissions(apps, group, "wagtailsearchpromotions", PROMOTION_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0002_search_query_stat"),
        ("home", "0002_roles"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
