from django.db import migrations

from home.roles import ADMINISTRATORS, COORDINATORS, EDITORS, grant_model_permissions

POLICY_AREA_PERMISSIONS = ["add_policyarea", "change_policyarea", "delete_policyarea", "view_policyarea"]


def grant(apps, schema_editor):
    for group in [EDITORS, ADMINISTRATORS]:
        grant_model_permissions(apps, group, "network", POLICY_AREA_PERMISSIONS)
    # Coordinators file the case studies they create from laureate ideas.
    grant_model_permissions(apps, COORDINATORS, "network", ["view_policyarea"])


class Migration(migrations.Migration):
    dependencies = [("network", "0004_case_study_fields_policy_areas_tags"), ("home", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
