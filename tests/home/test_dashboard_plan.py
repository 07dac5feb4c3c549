"""The admin dashboard's panels read what they show through indexes: their
cost must not grow with the number of pages."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from wagtail.models import Page

from network.models import CaseStudyIndexPage
from ops.maintenance import refresh_statistics
from tests.factories.network import bulk_create_case_studies
from tests.plans import postgresql_index_definition, sqlite_plan

pytestmark = pytest.mark.django_db

LOCKED_INDEX = "home_wagtailcore_page_locked_by"


def locked_pages_query(user):
    """The query of Wagtail's "your locked pages" panel (wagtail.admin.views.home.LockedPagesPanel)."""
    return Page.objects.filter(locked=True, locked_by=user).order_by("-locked_at", "-latest_revision_created_at", "-pk")


def test_the_locked_pages_panel_reads_the_locked_pages_index_on_an_analysed_database():
    bulk_create_case_studies(CaseStudyIndexPage.objects.get(), 200, year=2018, stage="idee")
    user = get_user_model().objects.get(email="admin@valdoise.fr")
    locked = Page.objects.filter(depth__gt=1).order_by("pk").first()
    locked.locked, locked.locked_by = True, user
    locked.save(update_fields=["locked", "locked_by"])
    refresh_statistics()  # as the bench databases have them
    assert list(locked_pages_query(user)) == [locked]
    if connection.vendor == "postgresql":
        assert "(locked_by_id, locked_at DESC) WHERE locked" in postgresql_index_definition(LOCKED_INDEX)
        return
    plan = sqlite_plan(locked_pages_query(user))
    assert LOCKED_INDEX in plan, plan
    assert "SCAN wagtailcore_page" not in plan, plan
