"""The search statistics export as the listing shows them: local time, and no
query that a spreadsheet would run as a formula (anyone may type one)."""

import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from home import roles
from search.models import SearchQueryStat
from tests.exports import admin_csv_rows

pytestmark = pytest.mark.django_db

LISTING = reverse("search_query_stats:index")


@pytest.fixture
def late_search(db):
    SearchQueryStat.record("cantine", 3)
    last = datetime.datetime(2026, 11, 19, 20, 56, 43, 985602, tzinfo=datetime.UTC)
    SearchQueryStat.objects.filter(query_string="cantine").update(last_searched_at=last)


def test_the_statistics_csv_gives_the_last_search_in_paris_time(client_as, late_search):
    response = client_as(roles.EDITORS).get(LISTING, {"export": "csv"})
    rows = admin_csv_rows(response)
    assert rows == [
        {
            "Recherche": "cantine",
            "Recherches": "1",
            "Recherches sans résultat": "0",
            "Résultats la dernière fois": "3",
            "Dernière recherche": "2026-11-19 21:56",
        }
    ]


def test_the_statistics_xlsx_gives_the_last_search_in_paris_time(client_as, late_search):
    response = client_as(roles.EDITORS).get(LISTING, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings, row = sheet.iter_rows(values_only=True)
    last = dict(zip(headings, row, strict=True))["Dernière recherche"]
    assert last.replace(microsecond=0) == datetime.datetime(2026, 11, 19, 21, 56, 43)


def test_a_query_typed_as_a_formula_is_exported_as_text(client_as):
    SearchQueryStat.record('=HYPERLINK("http://exemple.fr/vol";"Cliquez")', 0)
    response = client_as(roles.EDITORS).get(LISTING, {"export": "csv"})
    rows = admin_csv_rows(response)
    assert [row["Recherche"] for row in rows] == ["'" + '=hyperlink("http://exemple.fr/vol";"cliquez")']
