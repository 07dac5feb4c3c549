"""Editors manage teams and profiles in the Wagtail admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home import roles
from network.models import InnovationTeamPage, Organisation
from tests.factories.network import PersonProfileFactory

pytestmark = pytest.mark.django_db


def test_an_editor_creates_an_innovation_team_under_the_directory(client_as, directory_page, make_method):
    method = make_method("Carte d'empathie")
    client = client_as(roles.EDITORS)
    organisation = Organisation.objects.get(name="Département de la Somme")
    url = reverse("wagtailadmin_pages:add", args=["network", "innovationteampage", directory_page.pk])
    data = nested_form_data(
        {
            "title": "Labo de test",
            "slug": "labo-de-test",
            "summary": "Un labo.",
            "organisation": organisation.pk,
            "mission": rich_text("<p>Tester.</p>"),
            "offers": "coaching, formation",
            "location": "Amiens",
            "year_created": "2020",
            "action-publish": "publish",
        }
    )
    data["methods"] = [method.pk]
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    team = InnovationTeamPage.objects.get(slug="labo-de-test")
    assert team.live
    assert sorted(t.name for t in team.offers.all()) == ["coaching", "formation"]
    assert list(method.practising_teams.all()) == [team]


def test_an_editor_edits_any_profile_in_the_admin(client_as):
    profile = PersonProfileFactory(display_name="Avant")
    client = client_as(roles.EDITORS)
    url = reverse("wagtailsnippets_network_personprofile:edit", args=[profile.pk])
    response = client.post(
        url,
        {
            "display_name": "Après",
            "job_title": "Cheffe de projet",
            "organisation": profile.organisation_id,
            "skills": "FALC",
            "offers": "",
            "requests": "",
            "listed": "on",
        },
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    profile.refresh_from_db()
    assert profile.display_name == "Après"
    assert [t.name for t in profile.skills.all()] == ["FALC"]


def test_agents_have_no_access_to_profiles_in_the_admin(agent_client):
    response = agent_client.get(reverse("wagtailsnippets_network_personprofile:list"))
    assert response.status_code in (302, 403)


def test_administrators_find_profiles_whose_organisation_is_outside_their_email_domain(client_as, somme):
    from tests.factories.network import PersonProfileFactory, UserFactory

    claimed = PersonProfileFactory(
        user=UserFactory(username="venu@oise.fr"), display_name="Venu d'ailleurs", organisation=somme
    )
    own = PersonProfileFactory(
        user=UserFactory(username="agent.x@somme.fr"), display_name="Agent de la Somme", organisation=somme
    )
    listing = reverse("wagtailsnippets_network_personprofile:list")
    client = client_as(roles.ADMINISTRATORS)
    flagged = client.get(listing, {"outside_email_domain": "true"})
    names = [profile.display_name for profile in flagged.context["object_list"]]
    assert claimed.display_name in names
    assert own.display_name not in names
    others = [p.display_name for p in client.get(listing, {"outside_email_domain": "false"}).context["object_list"]]
    assert own.display_name in others
    assert claimed.display_name not in others
    # The listing's other filters are still offered.
    assert "organisation__departement_number" in flagged.context["filters"].form.fields
