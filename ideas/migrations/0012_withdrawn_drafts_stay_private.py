"""Drafts withdrawn before this release (a draft could be withdrawn, which
listed it to moderators and coordinators) become drafts again: private to
their authors, who can now delete them."""

from django.db import migrations


def withdrawn_drafts_back_to_drafts(apps, schema_editor):
    Idea = apps.get_model("ideas", "Idea")
    Idea.objects.filter(state="retiree", submitted_at__isnull=True).update(state="brouillon")


class Migration(migrations.Migration):
    dependencies = [("ideas", "0011_idea_visibility_index")]

    operations = [migrations.RunPython(withdrawn_drafts_back_to_drafts, migrations.RunPython.noop)]
