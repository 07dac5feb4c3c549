"""An agent picks their organisation among those of their email domain: the
organisation on a profile opens that organisation's self-diagnosis sessions."""

import pytest
from django.urls import reverse

from network.models import Organisation
from tests.factories.network import PersonProfileFactory, UserFactory
from toolbox.models.diagnosis import DiagnosisSession

pytestmark = pytest.mark.django_db

INVALID_CHOICE = "Sélectionnez un choix valide"


def offered(client):
    """The organisations the profile form offers, by id (the empty choice left out)."""
    field = client.get(reverse("network:my_profile")).context["form"].fields["organisation"]
    return {int(str(value)) for value, _label in field.choices if value}


def test_an_agent_cannot_take_another_departements_organisation_to_read_its_diagnosis(client, somme, oise):
    session = DiagnosisSession.objects.filter(organisation=somme).first()
    spy = PersonProfileFactory(user=UserFactory(username="espion@oise.fr"), display_name="Espion", organisation=oise)
    client.force_login(spy.user)
    response = client.post(
        reverse("network:my_profile"),
        {"display_name": "Espion renommé", "organisation": somme.pk, "bio": "Bio saisie", "listed": "on"},
    )
    assert response.status_code == 200
    assert INVALID_CHOICE in response.context["form"].errors["organisation"][0]
    assert "Bio saisie" in response.content.decode()
    spy.refresh_from_db()
    assert spy.organisation == oise
    assert spy.display_name == "Espion"
    assert somme.pk not in offered(client)
    for name in ("toolbox:diagnosis_results", "toolbox:diagnosis_fill"):
        assert client.get(reverse(name, kwargs={"pk": session.pk})).status_code == 404


def test_an_agent_chooses_the_organisation_of_their_email_domain(client, somme):
    profile = PersonProfileFactory(user=UserFactory(username="Nouvelle.Agente@Somme.fr"), organisation=None)
    client.force_login(profile.user)
    assert offered(client) == {somme.pk}
    response = client.post(
        reverse("network:my_profile"),
        {"display_name": profile.display_name, "organisation": somme.pk, "listed": "on"},
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.organisation == somme


def test_an_organisation_set_by_an_administrator_stays_selectable(client, somme):
    pau = Organisation.objects.get(name="Ville de Pau")  # no sign-up domain
    profile = PersonProfileFactory(user=UserFactory(username="prestataire@exemple.fr"), organisation=pau)
    client.force_login(profile.user)
    assert offered(client) == {pau.pk}
    response = client.post(
        reverse("network:my_profile"),
        {"display_name": "Nom changé", "organisation": pau.pk, "listed": "on"},
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert (profile.display_name, profile.organisation) == ("Nom changé", pau)
    response = client.post(
        reverse("network:my_profile"), {"display_name": "Nom changé", "organisation": somme.pk, "listed": "on"}
    )
    assert response.status_code == 200
    assert INVALID_CHOICE in response.context["form"].errors["organisation"][0]
    profile.refresh_from_db()
    assert profile.organisation == pau


def test_the_organisation_stays_optional(client, oise):
    profile = PersonProfileFactory(user=UserFactory(username="sans.organisation@oise.fr"), organisation=oise)
    client.force_login(profile.user)
    response = client.post(reverse("network:my_profile"), {"display_name": profile.display_name, "listed": "on"})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.organisation is None


def test_the_teams_offered_are_those_of_the_organisations_offered(client, somme, oise):
    from network.models import NetworkIndexPage
    from tests.factories.network import InnovationTeamPageFactory

    index = NetworkIndexPage.objects.get()
    somme_team = InnovationTeamPageFactory(parent=index, title="Labo de la Somme", organisation=somme)
    oise_team = InnovationTeamPageFactory(parent=index, title="Labo de l'Oise", organisation=oise)
    member = PersonProfileFactory(user=UserFactory(username="membre@somme.fr"), organisation=somme)
    client.force_login(member.user)
    field = client.get(reverse("network:my_profile")).context["form"].fields["team"]
    teams = {int(str(value)) for value, _label in field.choices if value}
    assert somme_team.pk in teams
    assert oise_team.pk not in teams
    response = client.post(reverse("network:my_profile"), {"display_name": "Membre", "team": oise_team.pk})
    assert INVALID_CHOICE in response.context["form"].errors["team"][0]
