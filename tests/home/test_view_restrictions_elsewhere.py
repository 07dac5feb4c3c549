"""A page whose view restriction refuses someone shows them nothing
elsewhere either: not in search results, suggestions, the case-study index,
its feed or its export, the other indexes, the home page's news or the main
menu (home/restrictions.py)."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from home import roles
from home.models import NewsIndexPage
from network.models import CaseStudyIndexPage
from tests.factories.home import NewsPageFactory
from tests.factories.network import CaseStudyPageFactory

pytestmark = pytest.mark.django_db
SECRET_NEWS = "Xylophones du comité de direction"
SECRET_CASE = "Zeppelins du laboratoire fermé"


def restrict(page, restriction_type, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password=password)
    restriction.groups.set(Group.objects.filter(name__in=groups))
    return restriction


@pytest.fixture
def news():
    return NewsPageFactory(parent=NewsIndexPage.objects.get(), title=SECRET_NEWS, summary="Xylophones.")


@pytest.fixture
def case_study():
    return CaseStudyPageFactory(parent=CaseStudyIndexPage.objects.get(), title=SECRET_CASE, summary="Zeppelins.")


def found(client, title):
    """(in the search results, in the suggestions) for the title's first word."""
    word = title.split()[0]
    response = client.get(reverse("search:search"), {"q": word})
    results = [result.object.title for result in response.context["search_results"]]
    suggestions = client.get(reverse("search:suggest"), {"q": word[:6]}).json()["suggestions"]
    return title in results, any(item["label"] == title for item in suggestions)


def test_a_page_restricted_to_a_group_is_found_only_by_its_members(client_as, news):
    assert found(client_as(roles.AGENTS), SECRET_NEWS) == (True, True)  # before the restriction: kept per process
    restrict(news, PageViewRestriction.GROUPS, [roles.EDITORS])
    assert client_as(roles.AGENTS).get(news.url).status_code != 200
    assert found(client_as(roles.AGENTS), SECRET_NEWS) == (False, False)
    assert found(client_as(roles.EDITORS), SECRET_NEWS) == (True, True)
    assert found(client_as(roles.ADMINISTRATORS), SECRET_NEWS) == (True, True)  # a superuser


def test_a_group_added_to_the_restriction_lets_its_members_find_the_page(client_as, news):
    restriction = restrict(news, PageViewRestriction.GROUPS, [roles.EDITORS])
    assert found(client_as(roles.AGENTS), SECRET_NEWS) == (False, False)
    restriction.groups.add(Group.objects.get(name=roles.AGENTS))
    assert found(client_as(roles.AGENTS), SECRET_NEWS) == (True, True)


def test_the_children_of_a_restricted_section_are_hidden_too(client_as, news):
    restrict(NewsIndexPage.objects.get(), PageViewRestriction.GROUPS, [roles.EDITORS])
    assert found(client_as(roles.AGENTS), SECRET_NEWS) == (False, False)


def test_a_page_restricted_to_logged_in_readers_is_found_by_all_of_them(client_as, news):
    restrict(news, PageViewRestriction.LOGIN)
    assert found(client_as(roles.AGENTS), SECRET_NEWS) == (True, True)


def test_a_page_behind_a_password_is_found_by_nobody(client_as, news):
    restrict(news, PageViewRestriction.PASSWORD, password="secret")  # noqa: S106
    assert found(client_as(roles.EDITORS), SECRET_NEWS) == (False, False)


def test_a_restricted_case_study_is_left_out_of_the_index_feed_and_export(client_as, case_study):
    restrict(case_study, PageViewRestriction.GROUPS, [roles.EDITORS])
    index = CaseStudyIndexPage.objects.get()
    for role, shown in [(roles.AGENTS, False), (roles.EDITORS, True)]:
        client = client_as(role)
        for url in (index.url, index.url + "flux/", index.url + "export/"):
            response = client.get(url, {"q": "zeppelins"})
            assert response.status_code == 200
            body = b"".join(response.streaming_content) if response.streaming else response.content
            assert (SECRET_CASE in body.decode()) is shown, (role, url)


def test_restrictions_cost_no_query_once_kept(client_as, news):
    restrict(news, PageViewRestriction.GROUPS, [roles.EDITORS])
    client = client_as(roles.AGENTS)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get(reverse("search:search"), {"q": "xylophones"})
        return [query["sql"] for query in captured]

    queries()
    assert not any("wagtailcore_pageviewrestriction" in sql for sql in queries())


def listed_child(kind):
    """A page of each listing, first in its order, and the listing's address."""
    from ideas.models import IdeaCallIndexPage
    from network.models import NetworkIndexPage
    from tests.factories.ideas import IdeaCallPageFactory
    from tests.factories.network import InnovationTeamPageFactory
    from tests.factories.toolbox import MethodPageFactory
    from toolbox.models import ToolboxIndexPage

    soon = datetime.date.today() + datetime.timedelta(days=365)
    if kind == "news":
        index = NewsIndexPage.objects.get()
        return NewsPageFactory(parent=index, title="Aaa nouvelle réservée", date=soon), index.url
    if kind == "home news":
        return NewsPageFactory(parent=NewsIndexPage.objects.get(), title="Aaa nouvelle réservée", date=soon), "/"
    if kind == "methods":
        index = ToolboxIndexPage.objects.get()
        return MethodPageFactory(parent=index, title="Aaa méthode réservée"), index.url
    if kind == "calls":
        index = IdeaCallIndexPage.objects.get()
        return IdeaCallPageFactory(parent=index, title="Aaa appel réservé"), index.url
    index = NetworkIndexPage.objects.get()
    return InnovationTeamPageFactory(parent=index, title="Aaa équipe réservée"), index.url


@pytest.mark.parametrize("kind", ["news", "home news", "methods", "calls", "teams"])
def test_a_restricted_page_is_left_out_of_its_listing_for_those_it_refuses(client_as, kind):
    page, listing = listed_child(kind)
    assert page.title in client_as(roles.AGENTS).get(listing).content.decode()
    restrict(page, PageViewRestriction.GROUPS, [roles.EDITORS])
    assert page.title not in client_as(roles.AGENTS).get(listing).content.decode()
    assert page.title in client_as(roles.EDITORS).get(listing).content.decode()


def test_a_restricted_section_leaves_the_main_menu_of_those_it_refuses(client_as):
    from toolbox.models import ToolboxIndexPage

    index = ToolboxIndexPage.objects.get()
    restrict(index, PageViewRestriction.GROUPS, [roles.EDITORS])

    def menu(role):
        html = client_as(role).get("/").content.decode()
        start = html.index('aria-label="Navigation principale"')
        return html[start : html.index("</nav>", start)]

    assert f'href="{index.url}"' not in menu(roles.AGENTS)
    assert f'href="{index.url}"' in menu(roles.EDITORS)
