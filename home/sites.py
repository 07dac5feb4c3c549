"""Wagtail's site lookup, kept per process.

Wagtail finds the site of a request (`Site.find_for_request`: every page, the
menu, settings, page URLs) with a query it builds anew each time, a CASE over
hostname and port joined to the root page: ≈ 1.1 ms of CPU per request at
bench scale 1, most of it Django compiling that query. Its answer is kept here
per hostname and port, as the values of the site's row and of its root page's
row, under a database token (home/cache_versions.py); each request gets new
model instances built from those values, so nothing one request caches on them
(`root_page.specific`, say) is seen by another.

Why the token is correct: the answer depends on the sites (hostname, port,
default flag, root page) and on the root page's row. Sites change through
`save()` and deletions (post_save, post_delete). A root page's row changes
through its own `save()` (publishing, renaming, a slug that changes its URL
path), through a move (post_page_move), and through the tree's bookkeeping:
adding a child rewrites the parent's child count with an UPDATE that sends no
signal, and a count of zero hides the main menu (`get_children()` answers
nothing for a leaf). So the token is renewed when a site is written or deleted,
when a site's root page is saved, and when any page is created or moved. A
count left too high by a removal only costs the query that finds no child;
deleting a root page deletes its site.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.models import sites as wagtail_sites
from wagtail.signals import post_page_move

from . import cache_versions
from .kept import Kept, rebuilt, row

VERSION_NAME = "sites"
# Hostnames answered per process: ALLOWED_HOSTS bounds them; this bounds them
# when it is "*".
_answers = Kept(VERSION_NAME, size=64)
_stock_lookup = wagtail_sites.get_site_for_hostname


def _answer(hostname, port):
    """What Wagtail's lookup answers, as rows (None: no site)."""
    try:
        site = _stock_lookup(hostname, port)
    except Site.DoesNotExist:
        return None
    return row(site), row(site.root_page)


def get_site_for_hostname(hostname, port):
    """Wagtail's `get_site_for_hostname`, answered from this process's memory
    while the sites' token is unchanged."""
    answer = _answers.get((hostname, port), lambda: _answer(hostname, port))
    if answer is None:
        raise Site.DoesNotExist()
    site_row, root_row = answer
    site = rebuilt(site_row)
    Site.root_page.field.set_cached_value(site, rebuilt(root_row))
    return site


def _sites_changed(**kwargs):
    cache_versions.bump(VERSION_NAME)


def _page_saved(sender, instance, created, raw=False, **kwargs):
    if isinstance(instance, Page) and (created or instance.is_site_root()):
        cache_versions.bump(VERSION_NAME)


def install():
    """Answer Wagtail's site lookups from here and connect what renews the token."""
    wagtail_sites.get_site_for_hostname = get_site_for_hostname
    post_save.connect(_sites_changed, sender=Site, dispatch_uid="sites_site_saved")
    post_delete.connect(_sites_changed, sender=Site, dispatch_uid="sites_site_deleted")
    # Page types are many models, each its own sender: connected for all senders.
    post_save.connect(_page_saved, dispatch_uid="sites_page_saved")
    post_page_move.connect(_sites_changed, dispatch_uid="sites_page_moved")
