from django.db import migrations

from home.roles import ADMINISTRATORS, EDITORS, grant_model_permissions

QUESTIONNAIRE_PERMISSIONS = [
    f"{action}_{model}"
    for model in ["diagnosiscompetency", "diagnosissubpractice"]
    for action in ["add", "change", "delete", "view"]
]
# Sessions hold an organisation's own scores: only administrators see them in the admin.
SESSION_PERMISSIONS = ["view_diagnosissession", "delete_diagnosissession"]


def grant(apps, schema_editor):
    for group in [EDITORS, ADMINISTRATORS]:
        grant_model_permissions(apps, group, "toolbox", QUESTIONNAIRE_PERMISSIONS)
    grant_model_permissions(apps, ADMINISTRATORS, "toolbox", SESSION_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("toolbox", "0002_diagnosis"), ("home", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
