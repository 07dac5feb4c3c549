import re

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from home import roles

pytestmark = pytest.mark.django_db

SIGNUP = "/comptes/signup/"


def signup(client, email, password="Un-mot-de-passe-solide-42"):
    return client.post(SIGNUP, {"email": email, "password1": password, "password2": password})


def test_login_with_email_and_password(client, settings):
    response = client.post(
        reverse("account_login"), {"login": "agent@somme.fr", "password": settings.PORTAL_DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/").status_code == 200


def test_wrong_password_gives_a_french_message_and_keeps_the_email(client):
    response = client.post(reverse("account_login"), {"login": "agent@somme.fr", "password": "mauvais"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "mot de passe" in html.lower()
    assert "incorrect" in html.lower()
    assert 'value="agent@somme.fr"' in html
    assert 'value="mauvais"' not in html


def test_signup_from_an_unknown_domain_is_refused_in_french_keeping_the_email(client):
    response = signup(client, "quelqu.un@exemple.com")
    assert response.status_code == 200
    html = response.content.decode()
    assert "réservées aux agents des organisations du réseau" in html
    assert "exemple.com" in html
    assert 'value="quelqu.un@exemple.com"' in html
    assert not get_user_model().objects.filter(email="quelqu.un@exemple.com").exists()


def test_signup_from_a_listed_domain_sends_a_verification_email(client):
    response = signup(client, "nouvelle.agente@oise.fr")
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nouvelle.agente@oise.fr")
    assert user.groups.filter(name=roles.AGENTS).exists()
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["nouvelle.agente@oise.fr"]


def test_an_unverified_account_cannot_log_in_until_the_link_is_followed(client):
    signup(client, "a.verifier@valdoise.fr")
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": "a.verifier@valdoise.fr", "password": "Un-mot-de-passe-solide-42"}
    )
    assert response.status_code == 302
    assert client.get("/").status_code == 302  # still not logged in

    address = EmailAddress.objects.get(email="a.verifier@valdoise.fr")
    key = EmailConfirmationHMAC(address).key
    client.post(reverse("account_confirm_email", args=[key]))
    address.refresh_from_db()
    assert address.verified


def test_an_expired_or_invalid_verification_link_says_so_in_french(client):
    response = client.get(reverse("account_confirm_email", args=["lien-expire-ou-invalide"]))
    html = response.content.decode()
    assert "expiré" in html or "invalide" in html


def test_a_domain_added_by_staff_opens_signup(client):
    from network.models import Organisation, OrganisationEmailDomain

    organisation = Organisation.objects.create(name="Département de l'Aisne", departement_number="02")
    assert signup(client, "agent@aisne.fr").status_code == 200
    OrganisationEmailDomain.objects.create(organisation=organisation, domain="AISNE.fr")
    assert signup(client, "agent@aisne.fr").status_code == 302


def test_password_reset_sends_an_email_for_a_known_address(client):
    response = client.post(reverse("account_reset_password"), {"email": "agent@somme.fr"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert re.search(r"/comptes/password/reset/key/", mail.outbox[0].body)
