"""A member's data: downloaded and deleted on request; opt-outs never exported."""

import csv
import io
import json

import pytest
from django.core import mail
from django.urls import reverse

from home import roles
from network.models import PersonProfile
from tests.factories.network import PersonProfileFactory

pytestmark = pytest.mark.django_db


def test_a_member_downloads_their_data_as_json(client):
    profile = PersonProfileFactory(display_name="Inès Données", skills=["FALC"], requests=["pitch"])
    client.force_login(profile.user)
    response = client.get(reverse("network:my_profile_data"))
    assert response["Content-Disposition"] == 'attachment; filename="mon-profil.json"'
    data = json.loads(response.content)
    assert data["profil"]["nom affiché"] == "Inès Données"
    assert data["profil"]["compétences"] == ["FALC"]
    assert data["profil"]["je cherche"] == ["pitch"]
    assert data["compte"]["courriel"] == profile.user.email


def test_a_member_deletes_their_profile_and_the_editors_are_told(client):
    profile = PersonProfileFactory(display_name="Inès Partante")
    client.force_login(profile.user)
    assert client.get(reverse("network:my_profile_delete")).status_code == 200
    response = client.post(reverse("network:my_profile_delete"))
    assert response.status_code == 302
    assert not PersonProfile.objects.filter(pk=profile.pk).exists()
    assert len(mail.outbox) == 1
    assert "Inès Partante" in mail.outbox[0].subject
    assert mail.outbox[0].to == ["edition@pasdecalais.fr"]
    profile.user.refresh_from_db()  # the account itself stays


def test_deleting_needs_a_post(client):
    profile = PersonProfileFactory()
    client.force_login(profile.user)
    client.get(reverse("network:my_profile_delete"))
    assert PersonProfile.objects.filter(pk=profile.pk).exists()


def read_csv(response):
    content = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content), delimiter=";"))


def test_editors_export_listed_people_as_csv_without_those_who_opted_out(client_as):
    PersonProfileFactory(display_name="Visible Export", skills=["FALC"])
    PersonProfileFactory(display_name="Caché Export", listed=False)
    response = client_as(roles.EDITORS).get(reverse("network:export_csv"))
    rows = read_csv(response)
    assert rows[0][:3] == ["Nom", "Fonction", "Organisation"]
    exported = [row[0] for row in rows[1:]]
    assert "Visible Export" in exported
    assert "Caché Export" not in exported
    assert len(exported) == PersonProfile.objects.listed().count()


def test_the_csv_export_follows_the_directory_search(client_as):
    PersonProfileFactory(display_name="Visible Export", skills=["FALC"])
    response = client_as(roles.EDITORS).get(reverse("network:export_csv"), {"q": "Visible Export"})
    assert [row[0] for row in read_csv(response)[1:]] == ["Visible Export"]


def test_agents_may_not_export_the_directory(agent_client):
    assert agent_client.get(reverse("network:export_csv")).status_code == 403


def test_the_admin_export_leaves_out_people_who_opted_out(client_as):
    PersonProfileFactory(display_name="Visible Export")
    PersonProfileFactory(display_name="Caché Export", listed=False)
    client = client_as(roles.EDITORS)
    listing = client.get(reverse("wagtailsnippets_network_personprofile:list"))
    assert "Caché Export" in listing.content.decode()  # editors still manage every profile
    response = client.get(reverse("wagtailsnippets_network_personprofile:list"), {"export": "csv"})
    content = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "Visible Export" in content
    assert "Caché Export" not in content
