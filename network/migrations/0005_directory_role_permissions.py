from django.db import migrations

from home.roles import ADMINISTRATORS, EDITORS, grant_model_permissions

PROFILE_PERMISSIONS = ["change_personprofile", "delete_personprofile", "view_personprofile"]
TAG_PERMISSIONS = ["add_networktag", "change_networktag", "delete_networktag", "view_networktag"]


def grant(apps, schema_editor):
    for group in [EDITORS, ADMINISTRATORS]:
        grant_model_permissions(apps, group, "network", PROFILE_PERMISSIONS + TAG_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("network", "0004_directory_teams_profiles"), ("home", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
