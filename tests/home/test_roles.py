import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

from home import roles

pytestmark = pytest.mark.django_db


def test_every_role_exists_as_a_group():
    assert set(roles.ROLES) <= set(Group.objects.values_list("name", flat=True))


def test_wagtail_default_english_groups_are_replaced():
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_a_new_account_is_an_agent():
    user = get_user_model().objects.create_user(username="nouvel.agent@oise.fr", email="nouvel.agent@oise.fr")
    assert list(user.groups.values_list("name", flat=True)) == [roles.AGENTS]


@pytest.mark.parametrize("role", roles.ADMIN_ROLES)
def test_admin_roles_can_reach_the_wagtail_admin(client_as, role):
    assert client_as(role).get("/admin/").status_code == 200


@pytest.mark.parametrize("role", [roles.AGENTS, roles.JURY])
@pytest.mark.parametrize("url", ["/admin/", "/admin/snippets/ideas/idea/", "/admin/pages/"])
def test_agents_and_jurors_get_the_portals_403_page_in_the_wagtail_admin(client_as, role, url):
    # Not the login page: it sends whoever is logged in back to the admin, a redirect loop.
    response = client_as(role).get(url)
    assert response.status_code == 403
    assert "Accès refusé" in response.content.decode()


def test_editors_may_edit_pages_and_organisations_but_not_accounts(demo_user):
    editor = demo_user(roles.EDITORS)
    assert editor.has_perm("network.change_organisation")
    assert editor.has_perm("home.change_networksettings")
    assert not editor.has_perm("auth.change_user")
    assert GroupPagePermission.objects.filter(group__name=roles.EDITORS, page__depth=1).exists()


def test_agents_have_no_model_permission(demo_user):
    agent = demo_user(roles.AGENTS)
    assert agent.get_all_permissions() == set()


def test_administrators_manage_accounts(demo_user):
    admin = demo_user(roles.ADMINISTRATORS)
    assert admin.has_perm("auth.change_user")
    assert Group.objects.get(name=roles.ADMINISTRATORS).permissions.filter(codename="change_group").exists()


def test_coordinators_may_edit_the_idea_calls_section(demo_user):
    from ideas.models import IdeaCallIndexPage

    calls = IdeaCallIndexPage.objects.get()
    codenames = set(
        GroupPagePermission.objects.filter(group__name=roles.COORDINATORS, page=calls).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page", "publish_page"} <= codenames


def test_each_role_has_one_demo_account(demo_user):
    for role in roles.ROLES:
        assert demo_user(role).groups.filter(name=role).exists()
