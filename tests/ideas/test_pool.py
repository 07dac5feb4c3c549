"""The idea pool across calls, and adoption by a département."""

import pytest
from django.core import mail
from django.urls import reverse

from home import roles
from ideas import pool
from ideas.models import Idea, IdeaAdoption, IdeaCallPage, IdeaState
from network.models import PersonProfile
from tests.factories.ideas import IdeaFactory, IdeaTeamMemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def not_retained(open_call, author, nord):
    idea = IdeaFactory(
        call=open_call, state=IdeaState.NOT_SELECTED, created_by=author, departement=nord, title="Un vélo-bus scolaire"
    )
    IdeaTeamMemberFactory(idea=idea, email="binome@lenord.fr")
    return idea


def test_the_pool_gathers_ideas_not_retained_and_deployed_laureates_of_every_call(agent_client, open_call):
    deployed = IdeaFactory(call=open_call, state=IdeaState.DEPLOYED, title="Une lauréate déployée")
    laureate = IdeaFactory(call=open_call, state=IdeaState.LAUREATE, title="Une lauréate en cours")
    html = agent_client.get(reverse("ideas:pool")).content.decode()
    assert deployed.title in html
    assert laureate.title not in html
    # The 2019 forum's ideas not retained are there too.
    assert "La médiation canine" in html


def test_the_pool_is_searchable(agent_client, not_retained):
    html = agent_client.get(reverse("ideas:pool"), {"q": "vélo-bus"}).content.decode()
    assert "Un vélo-bus scolaire" in html
    assert "La médiation canine" not in html


def test_a_coordinator_adopts_an_idea_and_its_authors_are_notified(client_as, demo_user, not_retained, somme, author):
    coordinator = demo_user(roles.COORDINATORS)
    mail.outbox.clear()
    response = client_as(roles.COORDINATORS).post(
        reverse("ideas:adopt", args=[not_retained.pk]), {"departement": somme.pk, "note": "Un test à Amiens."}
    )
    assert response.status_code == 302
    adoption = IdeaAdoption.objects.get(idea=not_retained)
    assert adoption.departement == somme
    assert adoption.adopted_by == coordinator
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {author.email, "binome@lenord.fr"}
    assert "Département de la Somme" in mail.outbox[0].subject
    page = client_as(roles.AGENTS).get(reverse("ideas:discussion", args=[not_retained.pk])).content.decode()
    assert "Adoptée par Département de la Somme" in page


def test_an_idea_is_adopted_once_per_departement(demo_user, not_retained, somme):
    coordinator = demo_user(roles.COORDINATORS)
    pool.adopt(coordinator, not_retained, somme)
    with pytest.raises(pool.AdoptionRefused):
        pool.adopt(coordinator, not_retained, somme)


def test_a_coordinator_adopts_only_for_their_own_departement(demo_user, not_retained, nord):
    coordinator = demo_user(roles.COORDINATORS)
    assert pool.departement_of(coordinator).name == "Département de la Somme"
    with pytest.raises(pool.AdoptionRefused, match="votre département"):
        pool.adopt(coordinator, not_retained, nord)


def test_a_coordinator_of_any_departement_may_adopt(make_user, not_retained, nord):
    coordinator = make_user("coordination@lenord.fr", roles.COORDINATORS)
    profile = PersonProfile.for_user(coordinator)
    profile.organisation = nord
    profile.save()
    assert pool.adopt(coordinator, not_retained, nord).departement == nord


def test_agents_may_not_adopt(agent_client, not_retained, somme):
    response = agent_client.post(reverse("ideas:adopt", args=[not_retained.pk]), {"departement": somme.pk})
    assert response.status_code == 403
    assert not IdeaAdoption.objects.filter(idea=not_retained).exists()


def test_ideas_outside_the_pool_cannot_be_adopted(demo_user, open_call, somme):
    laureate = IdeaFactory(call=open_call, state=IdeaState.LAUREATE)
    with pytest.raises(pool.AdoptionRefused):
        pool.adopt(demo_user(roles.COORDINATORS), laureate, somme)


def test_the_demo_adoption_is_shown_in_the_pool(agent_client):
    forum = IdeaCallPage.objects.get(slug="forum-interdepartemental-2019")
    canine = Idea.objects.get(call=forum, title__startswith="La médiation canine")
    assert canine.adoptions.get().departement.name == "Département de la Somme"
    html = agent_client.get(reverse("ideas:pool")).content.decode()
    assert "Adoptée par" in html


def test_the_pool_runs_a_constant_number_of_queries(agent_client, open_call, somme, django_assert_max_num_queries):
    ideas = Idea.objects.bulk_create(
        Idea(call=open_call, title=f"Vivier {n:03}", state=IdeaState.NOT_SELECTED) for n in range(120)
    )
    IdeaAdoption.objects.bulk_create(IdeaAdoption(idea=idea, departement=somme) for idea in ideas)
    with django_assert_max_num_queries(15):
        response = agent_client.get(reverse("ideas:pool"))
    assert response.status_code == 200
