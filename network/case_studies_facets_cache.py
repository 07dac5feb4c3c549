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
helper) call `bump_version()` themselves. The token is one of
home/cache_versions.py. The timeout is only a safety net.

Each process also keeps the last counts it read, decoded, under the same
keys (`_recent`): as correct as the shared cache, since the key holds the
token, and it spares every request the unpickling of a thousand values (a
method or tag each) from the shared cache, ≈ 2 to 5 ms at bench scale 10.
The shared cache still serves the first request of each worker after a
change, and the other servers, when it is Redis.
"""

import hashlib
import json
import threading
import time
from collections import OrderedDict

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import get_language
from taggit.models import Tag
from wagtail.models import Page

from home import cache_versions

from .models import CaseStudyPage, CaseStudyTag, PolicyArea

TIMEOUT = 300
VERSION_NAME = "case-study-facets"
# Searches kept decoded per process, the most recently used: the index with
# no filter and a few facets ticked are most of the traffic; at bench scale
# 10 one entry holds ≈ 1,200 values (≈ 0.3 MB).
RECENT_SIZE = 32

_recent = OrderedDict()  # key: (monotonic expiry, decoded value)
_recent_lock = threading.Lock()


def current_version():
    """The token (one query; "" until the first write)."""
    return cache_versions.current(VERSION_NAME)


def bump_version():
    cache_versions.bump(VERSION_NAME)


def cache_key(version, index_pk, ranked_ids, filters, hidden=()):
    """The key of one search's counts: `filters` normalised (order of the
    values is irrelevant), the query by the pks it matched (None: no query),
    and the restricted sections left out for the reader (home/restrictions.py)."""
    search = {
        "ids": None if ranked_ids is None else sorted(ranked_ids),
        "filters": {param: sorted(values) for param, values in sorted(filters.items())},
        "hidden": list(hidden),
    }
    digest = hashlib.sha256(json.dumps(search, separators=(",", ":")).encode()).hexdigest()
    return f"case-study-facets:{version}:{index_pk}:{get_language()}:{digest}"


def load(key, decode):
    """The counts stored under `key`, as `decode` turns the stored form into
    them (None: not counted yet). Callers share the value: they must not
    change it."""
    now = time.monotonic()
    with _recent_lock:
        found = _recent.get(key)
        if found is not None and found[0] > now:
            _recent.move_to_end(key)
            return found[1]
    stored = cache.get(key)
    if stored is None:
        return None
    value = decode(stored)
    _remember(key, value, now)
    return value


def store(key, value, stored):
    """`value` for this process, `stored` (its plain, picklable form) for the
    shared cache."""
    cache.set(key, stored, TIMEOUT)
    _remember(key, value, time.monotonic())


def _remember(key, value, now):
    with _recent_lock:
        _recent[key] = (now + TIMEOUT, value)
        _recent.move_to_end(key)
        while len(_recent) > RECENT_SIZE:
            _recent.popitem(last=False)


_bump = cache_versions.bumped_by_writes(VERSION_NAME)


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
