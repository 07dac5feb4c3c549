"""generate_network: bulk-inserted, consistent, searchable, and refusing to run twice."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.models import Page

from home.models import NewsIndexPage, NewsPage
from network.models import Organisation, PersonProfile
from ops.generator import Context
from ops.generator.network import GENERATED_EMAIL_DOMAIN
from ops.generator.pages import bulk_add_children
from ops.maintenance import refresh_statistics


def generated_users():
    return get_user_model().objects.filter(email__endswith=f"@{GENERATED_EMAIL_DOMAIN}")


def test_scale_sets_the_size_of_every_kind_of_object():
    assert Context(scale=1).count(2000) == 2000
    assert Context(scale=10).count(300) == 3000
    assert Context(scale=0.01).count(5) == 1


def test_a_small_network_has_profiles_organisations_and_live_news(db, client):
    organisations_before = Organisation.objects.count()
    news_before = NewsPage.objects.count()

    call_command("generate_network", "--scale", "0.05", stdout=io.StringIO())

    users = generated_users()
    assert users.count() == 100
    assert PersonProfile.objects.filter(user__in=users, organisation__isnull=False).count() == 100
    assert all(user.groups.filter(name="Agents").exists() for user in users[:5])
    assert Organisation.objects.count() == organisations_before + 1 + 3
    assert NewsPage.objects.live().count() == news_before + 15
    assert Page.find_problems() == ([], [], [], [], [])
    assert client.login(username=users.first().username, password="Innovation-2019")
    news = NewsPage.objects.order_by("-pk").first()
    response = client.get(news.url)
    assert response.status_code == 200
    assert escape(news.title) in response.content.decode()
    assert NewsPage.objects.search(news.title.split()[-1]).count() >= 1


def test_generating_twice_is_refused_without_force(db):
    call_command("generate_network", "--scale", "0.01", "--no-index", stdout=io.StringIO())

    with pytest.raises(CommandError, match="existe déjà"):
        call_command("generate_network", "--scale", "0.01", "--no-index", stdout=io.StringIO())
    call_command("generate_network", "--scale", "0.01", "--no-index", "--force", stdout=io.StringIO())
    assert generated_users().count() == 40


def test_bulk_added_pages_follow_existing_children_in_the_tree(db):
    index = NewsIndexPage.objects.get()
    existing = list(index.get_children())

    pages = bulk_add_children(index, [NewsPage(title=f"Brève {n}", slug=f"breve-{n}") for n in range(3)])

    children = list(index.get_children())
    assert children[: len(existing)] == existing
    assert [page.slug for page in children[len(existing) :]] == ["breve-0", "breve-1", "breve-2"]
    assert NewsIndexPage.objects.get().numchild == len(existing) + 3
    assert pages[0].get_parent().specific == index
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's visibility map")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_generated_tables_are_vacuumed_so_counts_can_read_only_the_index():
    call_command("generate_network", "--scale", "0.01", "--no-index", stdout=io.StringIO())
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relallvisible, s.last_vacuum IS NOT NULL FROM pg_class c "
            "JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.relname = %s",
            ["ideas_idea"],
        )
        all_visible_pages, vacuumed = cursor.fetchone()
    assert vacuumed
    assert all_visible_pages > 0


def test_statistics_refresh_inside_a_transaction_falls_back_to_analyze(db):
    with CaptureQueriesContext(connection) as queries:
        refresh_statistics()
    assert [query["sql"] for query in queries.captured_queries] == ["ANALYZE"]
