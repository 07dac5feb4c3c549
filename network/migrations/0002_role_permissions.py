from django.db import migrations

from home.roles import ADMINISTRATORS, EDITORS, grant_model_permissions

ORGANISATION_PERMISSIONS = ["add_organisation", "change_organisation", "delete_organisation", "view_organisation"]


def grant(apps, schema_editor):
    for group in [EDITORS, ADMINISTRATORS]:
        grant_model_permissions(apps, group, "network", ORGANISATION_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial"), ("home", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
