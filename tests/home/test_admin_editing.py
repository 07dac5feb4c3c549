"""Small things editors meet in the admin: plain-letter addresses, the footer's
line breaks, boxes to tick for a call's organisers."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from home import roles
from home.models import NetworkSettings, StandardPage
from ideas.models import IdeaCallPage

pytestmark = pytest.mark.django_db


def test_a_new_pages_address_is_in_plain_letters():
    home = Site.objects.get(is_default_site=True).root_page
    page = StandardPage(title="Été à Amiens : l'accueil des agents")
    home.add_child(instance=page)
    assert page.slug == "ete-a-amiens-laccueil-des-agents"


def test_the_footer_text_keeps_its_line_breaks(agent_client):
    settings = NetworkSettings.for_site(Site.objects.get(is_default_site=True))
    settings.footer_text = "Première ligne\nSeconde ligne"
    settings.save()
    assert "Première ligne<br>Seconde ligne" in agent_client.get("/").content.decode()


def test_a_calls_organisers_are_boxes_to_tick(client_as):
    call = IdeaCallPage.objects.live().first()
    html = client_as(roles.COORDINATORS).get(reverse("wagtailadmin_pages:edit", args=[call.pk])).content.decode()
    assert 'type="checkbox" name="organisers"' in html
