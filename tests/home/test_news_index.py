"""The news index: newest first, a page at a time, read in date order from an
index rather than by sorting every news item."""

import datetime

import pytest
from django.db import connection

from home.models import NEWS_PER_PAGE, NewsIndexPage, NewsPage
from home.tree import children_in_own_order
from ops.maintenance import refresh_statistics
from tests.factories.home import NewsPageFactory
from tests.plans import sqlite_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return NewsIndexPage.objects.get()


def add_news(index, count, start=datetime.date(2019, 1, 1)):
    return [
        NewsPageFactory(parent=index, title=f"Nouvelle {number}", date=start + datetime.timedelta(days=number // 2))
        for number in range(count)
    ]


def test_the_news_come_newest_first_then_by_id_and_drafts_are_left_out(agent_client, index):
    add_news(index, NEWS_PER_PAGE + 5)
    draft = NewsPageFactory(parent=index, title="Brouillon", date=datetime.date(2030, 1, 1))
    draft.unpublish()
    expected = list(NewsPage.objects.live().child_of(index).order_by("-date", "-pk").values_list("pk", flat=True))
    first = agent_client.get(index.url).context["news_items"]
    second = agent_client.get(index.url, {"page": 2}).context["news_items"]
    assert [news.pk for news in first] + [news.pk for news in second] == expected
    assert first.paginator.count == len(expected)
    assert draft.pk not in expected


@pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL plans this query well from its own statistics")
def test_the_news_are_read_in_date_order_from_its_index(index):
    add_news(index, 30)
    refresh_statistics()  # as the bench databases have them
    query = children_in_own_order(NewsPage.objects.live(), index).order_by("-date", "-pk").values("pk")[:NEWS_PER_PAGE]
    plan = sqlite_plan(query)
    assert "home_newspage_date" in plan, plan
    # SQLite read every news item and sorted them (3,000 at bench scale 10) to keep twelve.
    assert "TEMP B-TREE" not in plan, plan
