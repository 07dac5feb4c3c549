"""Wagtail's site lookup is answered from each process's memory
(home/sites.py) under a database token: a page view no longer runs Wagtail's
lookup query, and a change to the sites or to a site's root page, here or in
another process, shows on the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from home import cache_versions, sites
from home.models import CacheVersion, HomePage, StandardPage

pytestmark = pytest.mark.django_db

OTHER_HOST = "autre-reseau.test"


def site_queries(client, path="/", **headers):
    """The queries of one request that read wagtailcore_site."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path, **headers).status_code == 200
    return [query["sql"] for query in queries.captured_queries if "wagtailcore_site" in query["sql"]]


@pytest.fixture
def other_site():
    """A second site, its own root page without children, at OTHER_HOST."""
    root = Page.get_first_root_node().add_child(instance=StandardPage(title="Autre réseau", slug="autre-reseau"))
    return Site.objects.create(hostname=OTHER_HOST, port=80, root_page=root, site_name="Autre")


def menu_of(client, host=OTHER_HOST):
    html = client.get("/", HTTP_HOST=host).content.decode()
    return html[html.index('id="main-nav"') : html.index("</nav>", html.index('id="main-nav"'))]


def test_a_page_view_does_not_run_wagtails_site_lookup_once_the_site_is_known(agent_client):
    agent_client.get("/")
    assert site_queries(agent_client) == []
    assert site_queries(agent_client, "/boite-a-outils/") == []


def test_each_request_gets_its_own_site_and_root_page(rf):
    first = Site.find_for_request(rf.get("/"))
    second = Site.find_for_request(rf.get("/"))
    assert first == second
    assert first is not second
    assert first.root_page is not second.root_page
    assert isinstance(first.root_page.specific, HomePage)
    assert "specific" not in second.root_page.__dict__  # nothing one request caches reaches another


def test_a_site_added_for_a_hostname_serves_it_on_the_next_request(agent_client, rf):
    default = Site.find_for_request(rf.get("/", HTTP_HOST=OTHER_HOST))
    assert default.is_default_site
    root = Page.get_first_root_node().add_child(instance=StandardPage(title="Autre réseau", slug="autre-reseau"))
    Site.objects.create(hostname=OTHER_HOST, port=80, root_page=root)
    assert Site.find_for_request(rf.get("/", HTTP_HOST=OTHER_HOST)).root_page_id == root.pk
    assert "Autre réseau" in agent_client.get("/", HTTP_HOST=OTHER_HOST).content.decode()


def test_a_first_section_under_a_root_without_children_shows_in_the_menu(agent_client, other_site):
    assert "Nouvelle rubrique" not in menu_of(agent_client)  # the root is a leaf, and is now known
    other_site.root_page.add_child(
        instance=StandardPage(title="Nouvelle rubrique", slug="nouvelle-rubrique", show_in_menus=True)
    )
    assert "Nouvelle rubrique" in menu_of(agent_client)


def test_the_last_section_deleted_leaves_the_menu(agent_client, other_site):
    section = other_site.root_page.add_child(
        instance=StandardPage(title="Rubrique unique", slug="rubrique-unique", show_in_menus=True)
    )
    assert "Rubrique unique" in menu_of(agent_client)
    section.delete()
    assert "Rubrique unique" not in menu_of(agent_client)


def test_a_renamed_root_page_is_seen_on_the_next_request(rf, other_site):
    request = rf.get("/", HTTP_HOST=OTHER_HOST)
    assert Site.find_for_request(request).root_page.title == "Autre réseau"
    root = other_site.root_page.specific
    root.title = "Réseau renommé"
    root.save()
    assert Site.find_for_request(rf.get("/", HTTP_HOST=OTHER_HOST)).root_page.title == "Réseau renommé"


def test_a_moved_page_renews_the_token(other_site):
    section = other_site.root_page.add_child(instance=StandardPage(title="Rubrique", slug="rubrique"))
    before = cache_versions.current(sites.VERSION_NAME)
    section.move(Page.get_first_root_node(), pos="last-child")
    assert cache_versions.current(sites.VERSION_NAME) != before


def test_a_change_written_by_another_process_shows_once_it_renews_the_token(rf, other_site):
    assert Site.find_for_request(rf.get("/", HTTP_HOST=OTHER_HOST)) == other_site
    # Another process: a write this one's signals do not see, then its token.
    Site.objects.filter(pk=other_site.pk).update(hostname="encore-un-autre.test")
    assert Site.find_for_request(rf.get("/", HTTP_HOST=OTHER_HOST)) == other_site  # still kept here
    CacheVersion.objects.update_or_create(name=sites.VERSION_NAME, defaults={"token": "autre"})
    assert Site.find_for_request(rf.get("/", HTTP_HOST=OTHER_HOST)).is_default_site


def test_no_site_is_found_for_an_unknown_host_until_a_default_site_exists(rf):
    Site.objects.filter(is_default_site=True).update(is_default_site=False)
    cache_versions.bump(sites.VERSION_NAME)
    assert Site.find_for_request(rf.get("/", HTTP_HOST=OTHER_HOST)) is None
    assert Site.find_for_request(rf.get("/", HTTP_HOST=OTHER_HOST)) is None  # the absence is kept too
    default = Site.objects.get(hostname="localhost")
    default.is_default_site = True
    default.save()
    assert Site.find_for_request(rf.get("/", HTTP_HOST=OTHER_HOST)) == default
