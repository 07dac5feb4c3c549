"""The admin sidebar is packed once per user and kept (home/admin_sidebar.py):
each user still sees their own menus, and a change of permissions, groups,
page permissions, name or admin language shows on the next page."""

import json
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from wagtail.models import GroupPagePermission, Page
from wagtail.users.models import UserProfile

from home import admin_sidebar, roles

pytestmark = pytest.mark.django_db

SIDEBAR = re.compile(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', re.S)


def main_menu(client):
    """(names of every menu item, the user shown, the explorer's start page id or None)."""
    response = client.get("/admin/")
    assert response.status_code == 200
    props = json.loads(SIDEBAR.search(response.content.decode()).group(1))
    items, account_items, user = next(m for m in props["modules"] if m["_type"].endswith("MainMenuModule"))["_args"]
    names, start_page = [], None
    pending = list(items) + list(account_items)
    while pending:
        item = pending.pop(0)
        options = item["_args"][0]
        names.append(options["name"] if isinstance(options["name"], str) else options["name"]["_val"])
        if item["_type"].endswith("SubMenuItem"):
            pending.extend(item["_args"][1])
        if item["_type"].endswith("PageExplorerMenuItem"):
            start_page = item["_args"][1]
    labels = [item["_args"][0]["label"] for item in account_items]
    return names, user, start_page, labels


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def moderator(demo_user):
    return demo_user(roles.MODERATORS)


def test_each_user_sees_their_own_menus_when_the_sidebar_is_kept(demo_user, moderator):
    admin_names, admin_user, *_ = main_menu(logged_in(demo_user(roles.ADMINISTRATORS)))
    moderator_client = logged_in(moderator)
    for _visit in range(2):  # packed, then kept
        names, user, start_page, _labels = main_menu(moderator_client)
        assert "users" in admin_names
        assert "users" not in names
        assert "idees" in names
        assert user["name"] == moderator.first_name != admin_user["name"]
        assert start_page is None  # no page permission: no page explorer


def test_the_sidebar_is_packed_once_per_user(monkeypatch, moderator):
    packed, wagtail_packing = [], admin_sidebar._packed_sidebar

    def packing(context):
        packed.append(context["request"].user.pk)
        return wagtail_packing(context)

    client = logged_in(moderator)
    main_menu(client)  # may already be kept from another test
    admin_sidebar.bump_version()
    monkeypatch.setattr(admin_sidebar, "_packed_sidebar", packing)
    main_menu(client)
    main_menu(client)
    client.get("/admin/snippets/ideas/idea/")
    assert packed == [moderator.pk]


def test_a_permission_given_to_a_group_shows_at_once_and_goes_when_taken_back(moderator):
    client = logged_in(moderator)
    assert "zero-result-searches" not in main_menu(client)[0]
    permission = Permission.objects.get(codename="view_searchquerystat")
    group = Group.objects.get(name=roles.MODERATORS)
    group.permissions.add(permission)
    assert "zero-result-searches" in main_menu(client)[0]
    group.permissions.remove(permission)
    assert "zero-result-searches" not in main_menu(client)[0]


def test_joining_a_group_shows_its_menus_at_once(moderator):
    client = logged_in(moderator)
    assert "users" not in main_menu(client)[0]
    moderator.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    assert "users" in main_menu(client)[0]


def test_a_page_permission_opens_the_page_explorer_at_that_page(moderator):
    client = logged_in(moderator)
    assert main_menu(client)[2] is None
    section = Page.objects.get(depth=3, slug="boite-a-outils")
    GroupPagePermission.objects.create(
        group=Group.objects.get(name=roles.MODERATORS), page=section, permission_type="change"
    )
    assert main_menu(client)[2] == section.pk


def test_the_name_and_the_admin_language_follow_the_user(moderator):
    client = logged_in(moderator)
    _names, user, _start, labels = main_menu(client)
    assert "Compte" in labels
    moderator.first_name = "Mehdi-Amine"
    moderator.save()
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "en"
    profile.save()
    _names, user, _start, labels = main_menu(client)
    assert user["name"] == "Mehdi-Amine"
    assert "Account" in labels
