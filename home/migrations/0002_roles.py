"""The portal's roles as Wagtail groups, with their base permissions.

Each app's own migrations add the permissions on its models to these groups
(see home.roles.grant_model_permissions).
"""

from django.db import migrations

from home.roles import ADMIN_ROLES, ADMINISTRATORS, COORDINATORS, EDITORS, ROLES, ensure_permissions, grant_model_permissions

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
ADMIN_PAGE_PERMISSIONS = EDITOR_PAGE_PERMISSIONS + ["bulk_delete_page"]


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for app_label in ["wagtailcore", "wagtailimages", "wagtaildocs", "home", "auth"]:
        ensure_permissions(apps, app_label)

    # Wagtail's own default groups are replaced by the portal's French roles.
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    for name in ADMIN_ROLES:
        grant_model_permissions(apps, name, "wagtailadmin", ["access_admin"])

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, codenames in [(EDITORS, EDITOR_PAGE_PERMISSIONS), (ADMINISTRATORS, ADMIN_PAGE_PERMISSIONS)]:
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            if root_page is not None:
                GroupPagePermission.objects.get_or_create(group=groups[name], page=root_page, permission=permission)

    media_permissions = {
        EDITORS: ["add", "change", "choose"],
        ADMINISTRATORS: ["add", "change", "delete", "choose"],
        COORDINATORS: ["add", "choose"],
    }
    for name, actions in media_permissions.items():
        for app_label, model in [("wagtailimages", "image"), ("wagtaildocs", "document")]:
            for action in actions:
                permission = Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
                if root_collection is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=groups[name], collection=root_collection, permission=permission
                    )

    for name in [EDITORS, ADMINISTRATORS]:
        grant_model_permissions(apps, name, "home", ["change_networksettings"])
    grant_model_permissions(
        apps,
        ADMINISTRATORS,
        "auth",
        ["add_user", "change_user", "delete_user", "view_user", "add_group", "change_group", "delete_group", "view_group"],
    )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0001_initial"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
