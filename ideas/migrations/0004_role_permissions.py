from django.db import migrations

from home.roles import ADMINISTRATORS, COORDINATORS, MODERATORS, grant_model_permissions

IDEA_MODERATION = ["view_idea", "change_idea"]
THEMES = ["add_ideatheme", "change_ideatheme", "delete_ideatheme", "view_ideatheme"]


def grant(apps, schema_editor):
    grant_model_permissions(apps, MODERATORS, "ideas", IDEA_MODERATION + ["view_ideatheme"])
    grant_model_permissions(apps, COORDINATORS, "ideas", IDEA_MODERATION + THEMES)
    grant_model_permissions(apps, ADMINISTRATORS, "ideas", IDEA_MODERATION + ["delete_idea"] + THEMES)


class Migration(migrations.Migration):
    dependencies = [("ideas", "0003_call_fields_idea_workflow"), ("home", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
