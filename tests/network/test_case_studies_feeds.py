import csv
import io
import xml.etree.ElementTree as ET

import pytest

from home.exports import safe_cell
from network.models import CaseStudyIndexPage, CaseStudyPage
from tests.factories.network import CaseStudyPageFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def parse(content):
    return ET.fromstring(content)  # noqa: S314 - our own server's feed, not untrusted input


@pytest.fixture
def index():
    return CaseStudyIndexPage.objects.get()


def test_the_rss_feed_lists_the_latest_case_studies(agent_client, index):
    response = agent_client.get(index.url + "flux/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert len(titles) == CaseStudyPage.objects.live().count()
    assert "Pau Partage : des bénévoles du quartier pour les personnes âgées isolées" in titles
    first = channel.find("item")
    assert first.findtext("link").startswith("http://testserver/retours-d-experience/")
    assert first.findtext("pubDate")


def test_the_feed_follows_the_filters_of_the_index(agent_client, index):
    response = agent_client.get(index.url + "flux/", {"departement": "80"})
    titles = [item.findtext("title") for item in parse(response.content).iter("item")]
    assert sorted(titles) == sorted(
        CaseStudyPage.objects.live().filter(departement_number="80").values_list("title", flat=True)
    )
    assert parse(response.content).find("channel").findtext("link").endswith("?departement=80")


def test_the_atom_feed_carries_categories(agent_client, index):
    response = agent_client.get(index.url + "flux/atom/", {"motcle": "compost"})
    assert response["Content-Type"].startswith("application/atom+xml")
    entries = parse(response.content).findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Poubelle Battle : composter dans les immeubles"]
    categories = {category.get("term") for category in entries[0].findall(f"{ATOM}category")}
    assert {"Environnement et déchets", "compost"} <= categories


def test_drafts_stay_out_of_the_feed(agent_client, index):
    CaseStudyPageFactory(parent=index, title="Brouillon confidentiel", live=False)
    assert "Brouillon confidentiel" not in agent_client.get(index.url + "flux/").content.decode()


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_the_csv_export_has_one_row_per_filtered_case_study(agent_client, index):
    response = agent_client.get(index.url + "export/", {"departement": "64", "stade": "deploiement"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "retours-d-experience.csv" in response["Content-Disposition"]
    rows = read_csv(response)
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Titre", "Adresse", "Résumé"]
    assert len(body) == 3
    by_title = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    histologe = by_title["Histologe, le contrôle technique gratuit du logement"]
    assert histologe["Organisations"] == "Ville de Pau"
    assert histologe["Département"] == "Pyrénées-Atlantiques (64)"
    assert histologe["Année"] == "2020"
    assert histologe["Stade"] == "Déploiement"
    assert histologe["Domaine d'action publique"] == "Logement"
    assert "habitat indigne" in histologe["Mots-clés"]
    assert histologe["Adresse"] == "http://testserver/retours-d-experience/histologe/"


def test_the_export_neutralises_spreadsheet_formulas(agent_client, index):
    CaseStudyPageFactory(
        parent=index, title='=HYPERLINK("http://example.com")', summary="+33 millions", departement_number="01"
    )
    rows = read_csv(agent_client.get(index.url + "export/", {"departement": "01"}))
    assert rows[1][0].startswith("'=")
    assert rows[1][2] == "'+33 millions"
    assert safe_cell("Somme") == "Somme"
    assert safe_cell(None) == ""


def test_export_and_feed_need_a_login(client, index):
    for suffix in ["flux/", "export/"]:
        response = client.get(index.url + suffix)
        assert response.status_code == 302
        assert "/comptes/login/" in response["Location"]


def test_feed_and_export_queries_do_not_grow_with_the_number_of_case_studies(
    agent_client, index, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories.network import bulk_create_case_studies

    counts = {}
    for suffix in ["flux/", "export/"]:
        agent_client.get(index.url + suffix)
        with CaptureQueriesContext(connection) as queries:
            agent_client.get(index.url + suffix)
        counts[suffix] = len(queries.captured_queries)
    bulk_create_case_studies(index, 200, year=2022)
    for suffix, count in counts.items():
        # At most: a prefetch is skipped when nothing is to be fetched (case studies without tags).
        with django_assert_max_num_queries(count):
            response = agent_client.get(index.url + suffix)
    assert len(read_csv(response)) == 1 + CaseStudyPage.objects.live().count()
