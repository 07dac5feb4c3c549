import pytest
from wagtail.models import Page

from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from ideas.models import IdeaCallIndexPage
from network.models import CaseStudyIndexPage, NetworkIndexPage
from toolbox.models import ToolboxIndexPage

pytestmark = pytest.mark.django_db

# Each page type, and the most SQL queries its page may take for an agent
# (about 13 are the constant cost of session, user, site, routing, settings and menu).
PAGE_TYPES = [
    (HomePage, 15),
    (StandardPage, 15),
    (NewsIndexPage, 15),
    (NewsPage, 15),
    (ToolboxIndexPage, 15),
    (IdeaCallIndexPage, 16),  # + the past calls are paged: their count
    (NetworkIndexPage, 15),
    (CaseStudyIndexPage, 20),  # + facets (3), their département names, the cards and their organisations
]


@pytest.mark.parametrize(("model", "max_queries"), PAGE_TYPES, ids=[m.__name__ for m, _ in PAGE_TYPES])
def test_each_page_type_renders_for_an_agent_within_its_query_budget(
    agent_client, django_assert_max_num_queries, model, max_queries
):
    page = model.objects.live().first()
    assert page is not None, f"the demo has no {model.__name__}"
    agent_client.get(page.url)  # warm the session and site caches
    with django_assert_max_num_queries(max_queries):
        response = agent_client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'href="#main"' in html
    assert "<main" in html
    assert "<nav" in html
    assert "<header" in html
    assert "<footer" in html


def test_main_navigation_reaches_every_section(agent_client):
    html = agent_client.get("/").content.decode()
    for label in ["Boîte à outils", "Appels à idées", "Réseau", "Retours d&#x27;expérience", "Recherche"]:
        assert label in html, label


def test_home_page_shows_the_latest_news(agent_client):
    html = agent_client.get("/").content.decode()
    assert "forum interdépartemental" in html.lower()


def test_page_url_paths_are_french_slugs():
    slugs = set(Page.objects.filter(depth=3).values_list("slug", flat=True))
    assert {"boite-a-outils", "appels-a-idees", "reseau", "retours-d-experience"} <= slugs


def test_main_navigation_lists_the_sections_in_the_documented_order(agent_client):
    html = agent_client.get("/").content.decode()
    nav = html[html.index('id="main-nav"') :]
    positions = [
        nav.index(label) for label in ["Boîte à outils", "Appels à idées", "Réseau", "Retours d&#x27;expérience"]
    ]
    assert positions == sorted(positions)


def test_home_page_lists_the_open_idea_calls(agent_client):
    from ideas.templatetags.ideas_tags import open_calls_queryset

    html = agent_client.get("/").content.decode()
    assert "Appels à idées ouverts" in html
    assert open_calls_queryset().exists()
    for call in open_calls_queryset():
        assert call.title in html


def test_news_index_is_paginated_with_a_constant_number_of_queries(agent_client, django_assert_max_num_queries):
    from home.models import NEWS_PER_PAGE
    from tests.factories.home import NewsPageFactory

    index = NewsIndexPage.objects.get()
    for number in range(NEWS_PER_PAGE + 3):
        NewsPageFactory(parent=index, title=f"Nouvelle {number}")
    agent_client.get(index.url)
    with django_assert_max_num_queries(15):
        response = agent_client.get(index.url)
    assert len(response.context["news_items"]) == NEWS_PER_PAGE
    assert 'rel="next"' in response.content.decode()
    assert len(agent_client.get(index.url, {"page": 2}).context["news_items"]) >= 3
