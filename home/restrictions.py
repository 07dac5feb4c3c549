"""The sections of the page tree a person may not read (Wagtail's view
restrictions: logged-in people, groups, a password), kept out of search results,
suggestions, feeds and exports: a page refused to someone must not show them its
title and text elsewhere. Wagtail's `public()` keeps every restricted section
out; the portal's readers are logged in and some pass.

The restrictions are read once per process and kept under a database token
(home/cache_versions.py) that every write of a restriction, of its groups or of a group's name,
and every page move renews: checking them costs no query on a page that already
reads the tokens and the person's groups."""

from django.contrib.auth.models import AnonymousUser, Group
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

from . import cache_versions
from .kept import Kept
from .roles import in_group

VERSION_NAME = "view_restrictions"
_kept = Kept(VERSION_NAME, size=1)


def _read():
    return tuple(
        (
            restriction.page.path,
            restriction.restriction_type,
            frozenset(group.name for group in restriction.groups.all()),
        )
        for restriction in PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    )


def _passes(user, restriction_type, group_names):
    if restriction_type == PageViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction_type == PageViewRestriction.GROUPS:
        return any(in_group(user, name) for name in group_names) or (user.is_active and user.is_superuser)
    # A password is asked on the page itself: its section is not listed elsewhere.
    return False


def hidden_sections(user):
    """The path of each restricted section `user` does not pass (no user: an
    anonymous visitor), in a stable order."""
    user = user or AnonymousUser()
    return tuple(
        sorted(
            path
            for path, restriction_type, group_names in _kept.get("all", _read)
            if not _passes(user, restriction_type, group_names)
        )
    )


def without_sections(queryset, paths):
    """The pages of `queryset` outside the sections at `paths` (hidden_sections).
    By path only, a filter field of every page that each search backend applies
    (an alias placed outside its source's section stays listed, as in Wagtail's
    `public()`)."""
    q = Q()
    for path in paths:
        q |= Q(path__startswith=path)
    return queryset.exclude(q) if paths else queryset


def viewable(queryset, user):
    """The pages of `queryset` outside the sections `user` may not read."""
    return without_sections(queryset, hidden_sections(user))


def readable(queryset, request):
    """`viewable` for the person making `request` (a preview or a test may have none)."""
    return viewable(queryset, getattr(request, "user", None))


_bump = cache_versions.bumped_by_writes(VERSION_NAME)


def install():
    post_save.connect(_bump, sender=PageViewRestriction, dispatch_uid="restrictions_saved")
    post_delete.connect(_bump, sender=PageViewRestriction, dispatch_uid="restrictions_deleted")
    m2m_changed.connect(_bump, sender=PageViewRestriction.groups.through, dispatch_uid="restrictions_groups")
    post_save.connect(_bump, sender=Group, dispatch_uid="restrictions_group_renamed")
    post_page_move.connect(_bump, dispatch_uid="restrictions_page_moved")
