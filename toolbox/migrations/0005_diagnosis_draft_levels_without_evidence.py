from django.db import migrations


class Migration(migrations.Migration):
    """A draft session keeps a level whose facts are not written yet: the facts are
    required when the session is completed (DiagnosisSession.complete), which the
    database cannot check on a rating alone."""

    dependencies = [
        ("toolbox", "0004_merge_parallel_work"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="diagnosisrating",
            name="diagnosis_level_needs_evidence",
        ),
    ]
