"""The case-study index's facet counts and total, cached.

The counts are one GROUP BY per facet over every live case study: their cost
grows with the network whatever the indexes. They are cached under the search
(the set of pks the full-text query matched, the ticked values, the language
of the labels) and a version token read from the database on every request:
the default cache is local memory, one per gunicorn worker, so a token kept
in the cache would not reach the other workers.

Why the token is correct: the counts and their labels read only the live case
studies' rows (stage, year, département, policy area, path), their method
links and tag links, the methods' title and `live`, the policy areas' and
tags' slug and name. Every write to those goes through `Model.save()` or a
deletion (post_save / post_delete: publishing, unpublishing, moving and
editing all end in `save()`, deleting a page deletes its specific row too),
or through the m2m manager that modelcluster uses to commit a page's methods
(m2m_changed). Each of those changes the token, after its own write and in
its transaction, so a request that reads the new token also reads the new
data. Bulk writers that bypass signals (the generator, the tests' bulk
helper) call `bump_version()` themselves. The token is random, not a counter,
so that restoring an older database cannot bring back a number already used
for other content. The timeout is only a safety net.
"""

import hashlib
import json
import uuid

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import get_language
from taggit.models import Tag
from wagtail.models import Page

from .models import CaseStudyFacetsVersion, CaseStudyPage, CaseStudyTag, PolicyArea

TIMEOUT = 300
VERSION_PK = 1


def current_version():
    """The token (one query; "" until the first write)."""
    return CaseStudyFacetsVersion.objects.filter(pk=VERSION_PK).values_list("token", flat=True).first() or ""


def bump_version():
    token = uuid.uuid4().hex
    if not CaseStudyFacetsVersion.objects.filter(pk=VERSION_PK).update(token=token):
        CaseStudyFacetsVersion.objects.update_or_create(pk=VERSION_PK, defaults={"token": token})


def cache_key(version, index_pk, ranked_ids, filters):
    """The key of one search's counts: `filters` normalised (order of the
    values is irrelevant), the query by the pks it matched (None: no query)."""
    search = {
        "ids": None if ranked_ids is None else sorted(ranked_ids),
        "filters": {param: sorted(values) for param, values in sorted(filters.items())},
    }
    digest = hashlib.sha256(json.dumps(search, separators=(",", ":")).encode()).hexdigest()
    return f"case-study-facets:{version}:{index_pk}:{get_language()}:{digest}"


def load(key):
    return cache.get(key)


def store(key, value):
    cache.set(key, value, TIMEOUT)


def _bump(sender, **kwargs):
    # m2m_changed: once the links are written, not before.
    if kwargs.get("action", "post_").startswith("post_"):
        bump_version()


def _bump_for_generic_page(sender, instance, **kwargs):
    # A page saved through a plain `Page` instance (e.g. unpublished by code
    # that did not call `.specific`) sends post_save for Page alone.
    from toolbox.models import MethodPage

    if issubclass(instance.specific_class or Page, (CaseStudyPage, MethodPage)):
        bump_version()


def connect():
    from toolbox.models import MethodPage

    for model in (CaseStudyPage, MethodPage, CaseStudyTag, PolicyArea, Tag):
        post_save.connect(_bump, sender=model, dispatch_uid=f"case_study_facets_save_{model._meta.label}")
        # Also what a cascade deletes: deleting a plain Page deletes its specific row.
        post_delete.connect(_bump, sender=model, dispatch_uid=f"case_study_facets_delete_{model._meta.label}")
    post_save.connect(_bump_for_generic_page, sender=Page, dispatch_uid="case_study_facets_save_page")
    m2m_changed.connect(_bump, sender=CaseStudyPage.methods.through, dispatch_uid="case_study_facets_methods")
