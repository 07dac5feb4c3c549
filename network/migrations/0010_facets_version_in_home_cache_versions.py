# The case-study facets' token now lives in home.CacheVersion (home/cache_versions.py).

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0009_personprofile_text_index'),
        ('home', '0007_cacheversion'),
    ]

    operations = [
        migrations.DeleteModel(
            name='CaseStudyFacetsVersion',
        ),
    ]
