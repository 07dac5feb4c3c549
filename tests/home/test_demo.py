import io

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import HomePage, NewsPage
from network.models import Organisation, OrganisationEmailDomain

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "users": get_user_model().objects.count(),
        "emails": EmailAddress.objects.count(),
        "groups": Group.objects.count(),
        "organisations": Organisation.objects.count(),
        "domains": OrganisationEmailDomain.objects.count(),
        "sites": Site.objects.count(),
    }


def test_loading_the_demo_twice_duplicates_nothing():
    before = counts()
    call_command("load_demo", "--no-index", stdout=io.StringIO())
    assert counts() == before


def test_demo_site_root_is_the_portal_home_page():
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(title__startswith="Welcome").exists()
    # Named, not « localhost » on the admin's dashboard.
    assert site.site_name == "Réseau d'innovation publique des départements"


def test_demo_has_the_five_departements_with_their_email_domains():
    departements = Organisation.objects.filter(kind="departement", email_domains__isnull=False).distinct()
    assert {o.departement_number for o in departements} == {"59", "62", "60", "80", "95"}


def test_demo_has_the_amiens_forum_with_its_programme():
    forum = NewsPage.objects.get(slug="forum-interdepartemental-amiens-2019")
    assert forum.event_start.date().isoformat() == "2019-11-28"
    assert "Amiens" in forum.location
    programme = forum.programme[0].value
    assert any("jury" in item["title"].lower() for item in programme["items"])


def test_demo_accounts_have_a_verified_email(demo_user):
    assert EmailAddress.objects.filter(verified=True).count() >= 6
