"""Every admin listing of the portal exports for a French spreadsheet program,
as its listing reads (home/exports.py)."""

import pytest
from django.urls import get_resolver
from wagtail.admin.viewsets import viewsets

from home import roles
from home.exports import ReadableExportMixin
from ideas.models import IdeaTheme
from tests.exports import admin_csv_rows
from tests.factories.ideas import IdeaFactory, LaureateFollowUpFactory

pytestmark = pytest.mark.django_db


PORTAL_APPS = {"home", "ideas", "network", "toolbox", "portal_search"}


def test_every_portal_listing_exports_as_the_listing_reads():
    assert get_resolver().url_patterns  # the admin's URLs register the viewsets
    exporting = [
        viewset
        for viewset in viewsets.viewsets
        if isinstance(getattr(viewset, "model", None), type)
        and viewset.model._meta.app_label in PORTAL_APPS
        and getattr(viewset, "list_export", None)
    ]
    assert len(exporting) >= 14
    for viewset in exporting:
        assert issubclass(viewset.index_view_class, ReadableExportMixin), type(viewset).__name__


def test_the_themes_and_the_questionnaire_export_for_a_french_spreadsheet(client_as):
    IdeaTheme.objects.create(name="=1+1 thème àéè")
    admin = client_as(roles.ADMINISTRATORS)
    themes = admin_csv_rows(admin.get("/admin/snippets/ideas/ideatheme/", {"export": "csv"}))
    assert {"Nom": "'=1+1 thème àéè"} in themes
    competencies = admin_csv_rows(admin.get("/admin/snippets/toolbox/diagnosiscompetency/", {"export": "csv"}))
    assert set(competencies[0]) == {"Nom", "Description", "Sous-pratiques"}


def test_a_laureates_budget_exports_with_a_decimal_comma(client_as):
    LaureateFollowUpFactory(idea=IdeaFactory(state="laureate", title="Budget exporté"), budget=5000)
    rows = admin_csv_rows(
        client_as(roles.COORDINATORS).get("/admin/snippets/ideas/laureatefollowup/", {"export": "csv"})
    )
    row = next(row for row in rows if "Budget exporté" in "".join(row.values()))
    assert "5000,00" in row.values()
