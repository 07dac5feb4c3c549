from django.db import migrations

from home.roles import ADMINISTRATORS, COORDINATORS, MODERATORS, grant_model_permissions


def crud(model):
    return [f"{action}_{model}" for action in ("add", "change", "delete", "view")]


COORDINATION = crud("calljuror") + crud("laureatefollowup") + crud("milestone") + ["view_ideaadoption"]
MODERATION = ["view_ideacomment", "change_ideacomment", "view_commentreport", "delete_commentreport"]


def grant(apps, schema_editor):
    grant_model_permissions(apps, COORDINATORS, "ideas", COORDINATION + ["view_ideacomment"])
    grant_model_permissions(apps, MODERATORS, "ideas", MODERATION)
    grant_model_permissions(apps, ADMINISTRATORS, "ideas", COORDINATION + MODERATION)


class Migration(migrations.Migration):
    dependencies = [("ideas", "0005_selection_jury_wall_pool_followup"), ("home", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
