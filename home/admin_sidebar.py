"""Wagtail's admin sidebar, kept per user in each process.

Every admin page packs the sidebar (the menus the user may open, the page
explorer's start page, the user's name and avatar) into JSON through telepath:
≈ 11 of the 38 ms of CPU of the idea moderation listing at bench scale 1, with
the queries of the menus' permission checks. That JSON depends only on who
the user is, what they may do and the language, so it is kept under a key made
of the user's own fields that it shows (id, name, superuser, active), the
language, and a token read from the database on every admin page.

Why the token is correct: whether a menu item shows is decided by the user's
permissions: Django's (the user's and their groups'), Wagtail's page and
collection permissions, group membership (the portal's roles), and, for the
explorer's start page, where the pages holding page permissions sit in the
tree. Every write to those goes through `Model.save()` or a deletion
(post_save, post_delete, cascades included), the m2m managers of users'
groups and permissions and of groups' permissions (m2m_changed), or a page
move (`post_page_move`); the avatar and the admin language preference are saved
on Wagtail's user profile. Each of those changes the token. A menu item whose
visibility would depend on anything else must change it too.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import get_language
from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission
from wagtail.signals import post_page_move
from wagtail.users.models import UserProfile

from . import cache_versions
from .kept import Kept

VERSION_NAME = "admin-sidebar"
# Users whose sidebar each process keeps, the most recently seen (≈ 10 KB each).
RECENT_SIZE = 256

_packed_sidebars = Kept(VERSION_NAME, size=RECENT_SIZE)
_packed_sidebar = wagtailadmin_tags.sidebar_props


bump_version = cache_versions.bumped_by_writes(VERSION_NAME)


def sidebar_props(context):
    """Wagtail's `{% sidebar_props %}`, packed once per user, language and version."""
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated:
        return _packed_sidebar(context)
    key = (user.pk, user.get_username(), user.first_name, user.is_superuser, user.is_active, get_language())
    return _packed_sidebars.get(key, lambda: _packed_sidebar(context))


def install():
    """Put the cached tag in place of Wagtail's and connect what changes the version."""
    wagtailadmin_tags.register.simple_tag(sidebar_props, takes_context=True, name="sidebar_props")
    user_model = get_user_model()
    for model in (user_model, Group, Permission, GroupPagePermission, GroupCollectionPermission, Collection):
        if model is not user_model:  # the user's own fields are in the key; last_login changes on every login
            post_save.connect(bump_version, sender=model, dispatch_uid=f"admin_sidebar_save_{model._meta.label}")
        post_delete.connect(bump_version, sender=model, dispatch_uid=f"admin_sidebar_delete_{model._meta.label}")
    post_save.connect(bump_version, sender=UserProfile, dispatch_uid="admin_sidebar_save_profile")
    for through in (user_model.groups.through, user_model.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(bump_version, sender=through, dispatch_uid=f"admin_sidebar_m2m_{through._meta.label}")
    post_page_move.connect(bump_version, dispatch_uid="admin_sidebar_page_moved")
