from django.db import migrations

PHASES = ["comprendre", "imaginer", "prototyper", "tester", "deployer"]


def create_phases(apps, schema_editor):
    InnovationPhase = apps.get_model("toolbox", "InnovationPhase")
    for order, code in enumerate(PHASES):
        InnovationPhase.objects.update_or_create(code=code, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("toolbox", "0002_method_fields_and_workspace")]

    operations = [migrations.RunPython(create_phases, migrations.RunPython.noop)]
