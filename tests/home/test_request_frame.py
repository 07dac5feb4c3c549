"""What every page pays for: the permissions and the view restrictions, each in one query."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home import roles
from home.auth import OneQueryPermissionsBackend
from home.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_a_members_own_and_group_permissions_are_read_in_one_query(demo_user):
    user = demo_user(roles.EDITORS)
    from_groups = ModelBackend().get_group_permissions(user)
    assert from_groups
    own = Permission.objects.exclude(group__user=user).select_related("content_type").first()
    user.user_permissions.add(own)
    own_name = f"{own.content_type.app_label}.{own.codename}"
    expected = ModelBackend().get_all_permissions(get_user_model().objects.get(pk=user.pk))
    assert expected == from_groups | {own_name}

    fresh = get_user_model().objects.get(pk=user.pk)
    with CaptureQueriesContext(connection) as queries:
        assert OneQueryPermissionsBackend().get_all_permissions(fresh) == expected
        assert fresh.has_perm(own_name)
        assert not fresh.has_perm("auth.no_such_permission")
    assert len(queries) == 1


def test_the_permissions_backend_checks_no_password(demo_user):
    assert OneQueryPermissionsBackend().authenticate(None, username=demo_user().username, password="x") is None


def test_an_inactive_member_has_no_permission(demo_user):
    user = demo_user(roles.EDITORS)
    user.is_active = False
    assert OneQueryPermissionsBackend().get_all_permissions(user) == set()


def test_a_restriction_on_an_ancestor_still_closes_a_page(agent_client, client_as):
    news_index = NewsIndexPage.objects.get()
    news = NewsPage.objects.live().child_of(news_index).first()
    assert agent_client.get(news.url).status_code == 200

    restriction = PageViewRestriction.objects.create(page=news_index, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=roles.EDITORS))
    assert agent_client.get(news.url).status_code != 200
    assert client_as(roles.EDITORS).get(news.url).status_code == 200


def test_an_alias_follows_the_restrictions_of_its_source():
    news_index = NewsIndexPage.objects.get()
    news = NewsPage.objects.live().child_of(news_index).first()
    alias = news.create_alias(update_slug=f"{news.slug}-alias")
    restriction = PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    assert list(alias.specific.get_view_restrictions()) == [restriction]
    assert list(news.get_view_restrictions()) == [restriction]
    assert list(news_index.get_view_restrictions()) == []


def test_a_child_of_a_single_type_parent_is_routed_without_reading_it_twice(agent_client):
    news_index = NewsIndexPage.objects.get()
    news = NewsPage.objects.live().child_of(news_index).first()
    agent_client.get(news.url)
    with CaptureQueriesContext(connection) as queries:
        response = agent_client.get(news.url)
    assert response.status_code == 200
    assert response.context["page"] == news
    reads = [q["sql"] for q in queries if f"'{news.slug}'" in q["sql"]]
    assert len(reads) == 1
    assert "home_newspage" in reads[0]


def test_a_child_of_another_type_is_still_routed_and_a_missing_one_is_not_found(agent_client):
    from home.models import StandardPage

    news_index = NewsIndexPage.objects.get()
    moved_in = news_index.add_child(instance=StandardPage(title="Page égarée", slug="page-egaree"))
    assert agent_client.get(moved_in.url).status_code == 200
    assert agent_client.get(news_index.url + "nulle-part/").status_code == 404
    draft = NewsPage.objects.child_of(news_index).first()
    draft.unpublish()
    assert agent_client.get(news_index.url + draft.slug + "/").status_code == 404
