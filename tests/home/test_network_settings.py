"""The network's settings (name, tagline, footer) shown on every page are kept
per process (NetworkSettings.for_site, home/kept.py): a page does not read
them again, and a change made in the admin, or by another process, shows on
the next page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Site

from home import roles
from home.models import NETWORK_SETTINGS_VERSION, CacheVersion, NetworkSettings

pytestmark = pytest.mark.django_db


def settings_queries(client):
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/").content.decode()
    return [query["sql"] for query in queries.captured_queries if "home_networksettings" in query["sql"]], html


def test_a_page_does_not_read_the_settings_again_once_known(agent_client):
    settings_queries(agent_client)
    queries, html = settings_queries(agent_client)
    assert queries == []
    assert escape(NetworkSettings.for_site(Site.objects.get()).network_name) in html


def test_each_request_gets_its_own_settings_instance():
    site = Site.objects.get()
    first, second = NetworkSettings.for_site(site), NetworkSettings.for_site(site)
    assert first == second
    assert first is not second


def test_a_name_changed_in_the_admin_shows_on_the_next_page(client_as):
    client = client_as(roles.ADMINISTRATORS)
    settings_queries(client)
    site = Site.objects.get()
    url = reverse("wagtailsettings:edit", args=["home", "networksettings", site.pk])
    response = client.post(
        url,
        {"network_name": "Réseau des Hauts-de-France", "tagline": "", "contact_email": "", "footer_text": "Pied"},
    )
    assert response.status_code == 302
    _queries, html = settings_queries(client)
    assert "Réseau des Hauts-de-France" in html
    assert "<p>Pied</p>" in html


def test_a_change_by_another_process_shows_once_it_renews_the_token(agent_client):
    settings_queries(agent_client)
    NetworkSettings.objects.update(network_name="Nom écrit ailleurs")  # no signal here
    assert "Nom écrit ailleurs" not in settings_queries(agent_client)[1]
    CacheVersion.objects.update_or_create(name=NETWORK_SETTINGS_VERSION, defaults={"token": "ailleurs"})
    assert "Nom écrit ailleurs" in settings_queries(agent_client)[1]
