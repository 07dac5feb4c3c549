from django.db import models


class CaseStudyFacetsVersion(models.Model):
    """One row: a token changed by every write that the case-study facet counts
    depend on (see network/case_studies_facets_cache.py). It lives in the
    database, not in the cache, because the default cache is per worker."""

    token = models.CharField(max_length=32)

    class Meta:
        default_permissions = ()

    def __str__(self):
        return self.token
