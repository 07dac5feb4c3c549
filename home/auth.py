"""Permissions read in one query.

Every page asks whether the member may open the admin (the user menu, the
Wagtail userbar): Django's ModelBackend reads the member's own permissions and
their groups' in two queries. This backend reads both in one and leaves the
cache ModelBackend itself reads, so the backends after it ask nothing more.
It checks no password (ModelBackend, next in the list, does: a wrong password
is hashed once, not twice); it does load a member whose session names it.
"""

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Q


class OneQueryPermissionsBackend(ModelBackend):
    def authenticate(self, request, **credentials):
        return None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                permissions = permissions.filter(Q(user=user_obj) | Q(group__user=user_obj))
            user_obj._perm_cache = {
                f"{app_label}.{codename}"
                for app_label, codename in permissions.values_list("content_type__app_label", "codename")
            }
        return user_obj._perm_cache
