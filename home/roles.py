"""The portal's roles, as Wagtail groups, and helpers to grant them permissions.

The groups and their base permissions are created by a migration
(`home/migrations/0002_roles.py`); each app's migrations add the permissions
on its own models through `grant_model_permissions`.
"""

from django.utils.translation import gettext_lazy as _

AGENTS = "Agents"
COORDINATORS = "Coordinateurs"
MODERATORS = "Modérateurs"
JURY = "Jury"
EDITORS = "Éditeurs"
ADMINISTRATORS = "Administrateurs"

ROLES = [AGENTS, COORDINATORS, MODERATORS, JURY, EDITORS, ADMINISTRATORS]

ROLE_DESCRIPTIONS = {
    AGENTS: _("Consulte la boîte à outils, le réseau et les retours d'expérience ; dépose des idées."),
    COORDINATORS: _("Publie les appels à idées, présélectionne et décide."),
    MODERATORS: _("Examine la recevabilité des idées déposées."),
    JURY: _("Note les idées présélectionnées d'un appel."),
    EDITORS: _("Édite les pages, les méthodes, les retours d'expérience et l'annuaire."),
    ADMINISTRATORS: _("Administre le portail, les comptes et les rôles."),
}

# Roles that work in the Wagtail admin.
ADMIN_ROLES = [COORDINATORS, MODERATORS, EDITORS, ADMINISTRATORS]


def in_group(user, name):
    """Whether `user` is in the group `name` (a superuser is in every group)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    # Cache the names on the user object: one query per request, not per check.
    if not hasattr(user, "_group_names"):
        user._group_names = set(user.groups.values_list("name", flat=True))
    return name in user._group_names


def ensure_permissions(apps, app_label):
    """Create the model permissions of an app inside a migration (Django only
    creates them after all migrations ran)."""
    from django.contrib.auth.management import create_permissions

    try:
        app_config = apps.get_app_config(app_label)
    except LookupError:
        return  # an app without models (wagtailadmin) creates its permissions in its own migrations
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def grant_model_permissions(apps, group_name, app_label, codenames):
    """Give a group permissions (by codename) on an app's models, from a migration."""
    ensure_permissions(apps, app_label)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=group_name)
    permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    missing = set(codenames) - set(permissions.values_list("codename", flat=True))
    if missing:
        raise LookupError(f"Unknown permissions for {app_label}: {sorted(missing)}")
    group.permissions.add(*permissions)


def grant_page_permissions(page, group_name, permission_types=("add", "change", "publish")):
    """Let a group edit a branch of the page tree (used when a section is created)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    group = Group.objects.get(name=group_name)
    for permission_type in permission_types:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{permission_type}_page")
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
