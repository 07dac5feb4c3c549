"""Wagtail's default workflow ("Moderators approval", on the root page) kept
its approval task when 0002_roles deleted Wagtail's "Moderators" group: a page
submitted for approval was then locked for everyone but superusers, and the
editor's button read « Soumettre à Moderators approval ». The portal's editors
review it now, under French names."""

from django.db import migrations

from home.roles import EDITORS

DEFAULT_NAME = "Moderators approval"
WORKFLOW_NAME = "Validation éditoriale"
TASK_NAME = "Relecture par l'équipe éditoriale"


def editors_review(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    editors = Group.objects.filter(name=EDITORS).first()
    for task in GroupApprovalTask.objects.filter(name=DEFAULT_NAME):
        task.name = TASK_NAME
        task.save(update_fields=["name"])
        if editors is not None:
            task.groups.set([editors])
    Workflow.objects.filter(name=DEFAULT_NAME).update(name=WORKFLOW_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_cacheversion"),
        ("home", "0002_roles"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(editors_review, migrations.RunPython.noop)]
