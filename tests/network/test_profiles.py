"""Person profiles: created at first login, edited by their owner only."""

import pytest
from django.urls import reverse

from home import roles
from network.models import PersonProfile
from tests.factories.network import PersonProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_profile_is_created_at_first_login_and_kept_at_the_next(client):
    user = UserFactory(first_name="Inès", last_name="Nouvelle")
    user.set_password("Un-mot-de-passe-2019")
    user.save()
    assert not PersonProfile.objects.filter(user=user).exists()
    client.login(username=user.username, password="Un-mot-de-passe-2019")
    profile = PersonProfile.objects.get(user=user)
    assert profile.display_name == "Inès Nouvelle"
    assert not profile.listed  # nobody is listed without choosing to be
    client.logout()
    client.login(username=user.username, password="Un-mot-de-passe-2019")
    assert PersonProfile.objects.filter(user=user).count() == 1


def test_a_member_edits_their_own_profile_on_the_front_end(client, make_method):
    method = make_method("Personas")
    profile = PersonProfileFactory(listed=False)
    client.force_login(profile.user)
    response = client.post(
        reverse("network:my_profile"),
        {
            "display_name": "Dominique Modifiée",
            "job_title": "Designer de service",
            "organisation": profile.organisation_id,
            "bio": "Je fabrique des personas.",
            "skills": "design de service, personas",
            "offers": "ateliers personas",
            "requests": "marchés publics",
            "methods": [method.pk],
            "contact_email": "dominique@exemple.fr",
            "phone": "03 22 00 00 00",
            "listed": "on",
        },
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.display_name == "Dominique Modifiée"
    assert profile.listed
    assert sorted(t.name for t in profile.skills.all()) == ["design de service", "personas"]
    assert [t.name for t in profile.requests.all()] == ["marchés publics"]
    assert list(profile.methods.all()) == [method]
    assert profile in method.facilitators.all()


def test_an_invalid_profile_keeps_what_was_typed_and_says_what_is_wrong(client):
    profile = PersonProfileFactory()
    client.force_login(profile.user)
    response = client.post(
        reverse("network:my_profile"),
        {"display_name": "", "bio": "Texte gardé", "contact_email": "pas-une-adresse", "skills": "FALC"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Texte gardé" in html
    assert "Saisissez une adresse de courriel valide" in html
    assert "Certains champs sont à corriger" in html
    summary = html[html.index('id="form-errors"') : html.index("</ul></div>", html.index('id="form-errors"'))]
    assert 'tabindex="-1"' in summary
    assert 'href="#id_contact_email"' in summary
    assert 'href="#id_bio"' not in summary


@pytest.mark.parametrize(
    ("phone", "accepted"),
    [("abc", False), ("12", False), ("03 22 71 80 80", True), ("+33 (0)3.22.71.80.80", True), ("0322718080", True)],
)
def test_a_phone_number_needs_digits(client, phone, accepted):
    profile = PersonProfileFactory(display_name="Camille")
    client.force_login(profile.user)
    response = client.post(reverse("network:my_profile"), {"display_name": "Camille", "phone": phone})
    profile.refresh_from_db()
    if accepted:
        assert response.status_code == 302
        assert profile.phone == phone
    else:
        assert "Un numéro de téléphone" in response.content.decode()
        assert f'value="{phone}"' in response.content.decode()
        assert profile.phone == ""


def test_the_empty_choices_say_none(client):
    profile = PersonProfileFactory()
    client.force_login(profile.user)
    html = client.get(reverse("network:my_profile")).content.decode()
    assert ">Aucune organisation</option>" in html
    assert ">Aucune équipe</option>" in html
    assert "---------" not in html


def test_a_member_cannot_edit_another_members_profile(client):
    mine, theirs = PersonProfileFactory(), PersonProfileFactory(display_name="Quelqu'un d'autre")
    client.force_login(mine.user)
    response = client.post(reverse("network:person_edit", args=[theirs.pk]), {"display_name": "Piraté"})
    assert response.status_code == 403
    theirs.refresh_from_db()
    assert theirs.display_name == "Quelqu'un d'autre"
    # nor in the admin
    response = client.get(reverse("wagtailsnippets_network_personprofile:edit", args=[theirs.pk]))
    assert response.status_code in (302, 403)


def test_another_members_unlisted_profile_is_not_found(client):
    mine, hidden = PersonProfileFactory(), PersonProfileFactory(listed=False)
    client.force_login(mine.user)
    assert client.get(reverse("network:person", args=[hidden.pk])).status_code == 404
    assert client.get(reverse("network:person_edit", args=[hidden.pk])).status_code == 404
    assert client.get(reverse("network:person_vcard", args=[hidden.pk])).status_code == 404


def test_the_owner_sees_their_unlisted_profile(client):
    hidden = PersonProfileFactory(listed=False)
    client.force_login(hidden.user)
    response = client.get(reverse("network:person", args=[hidden.pk]))
    assert response.status_code == 200
    assert "n'apparaît pas dans l'annuaire" in response.content.decode().replace("&#x27;", "'")


def test_an_editor_is_sent_to_the_admin_to_edit_a_profile(client_as):
    client = client_as(roles.EDITORS)
    profile = PersonProfileFactory()
    response = client.get(reverse("network:person_edit", args=[profile.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailsnippets_network_personprofile:edit", args=[profile.pk])
    assert client.get(response["Location"]).status_code == 200


def test_contact_details_are_shown_to_members_and_never_to_visitors(agent_client, client):
    profile = PersonProfileFactory(contact_email="contact@exemple.fr", phone="03 22 11 11 11")
    response = agent_client.get(profile.get_absolute_url())
    assert "contact@exemple.fr" in response.content.decode()
    agent_client.logout()
    response = client.get(profile.get_absolute_url())
    assert response.status_code == 302
    assert "contact@exemple.fr" not in response.content.decode()


def test_a_vcard_holds_the_persons_contact_details(agent_client):
    profile = PersonProfileFactory(
        display_name="Léa Carte", job_title="Designer", contact_email="lea@exemple.fr", phone="0322000000"
    )
    response = agent_client.get(reverse("network:person_vcard", args=[profile.pk]))
    assert response["Content-Type"].startswith("text/vcard")
    card = response.content.decode()
    assert "BEGIN:VCARD" in card
    assert "FN:Léa Carte" in card
    assert "EMAIL:lea@exemple.fr" in card
    assert "TEL:0322000000" in card
    assert f"ORG:{profile.organisation.name}" in card


def test_stale_profiles_are_flagged(agent_client):
    client = agent_client
    profile = PersonProfileFactory()
    PersonProfile.objects.filter(pk=profile.pk).update(updated_at=profile.updated_at.replace(year=2020))
    profile.refresh_from_db()
    assert profile.is_stale()
    assert profile in PersonProfile.objects.stale()
    assert "Profil de plus d" in client.get(profile.get_absolute_url()).content.decode()
    profile.save()  # any save counts as a review
    assert not profile.is_stale()


def test_a_member_uploads_then_removes_their_photo(client):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 120), "#1f4e8c").save(buffer, "PNG")
    profile = PersonProfileFactory()
    client.force_login(profile.user)
    fields = {"display_name": profile.display_name, "listed": "on"}
    upload = SimpleUploadedFile("moi.png", buffer.getvalue(), content_type="image/png")
    assert client.post(reverse("network:my_profile"), {**fields, "photo_upload": upload}).status_code == 302
    profile.refresh_from_db()
    assert profile.photo is not None
    assert "profile-header__photo" in client.get(profile.get_absolute_url()).content.decode()
    assert client.post(reverse("network:my_profile"), {**fields, "remove_photo": "on"}).status_code == 302
    profile.refresh_from_db()
    assert profile.photo is None
