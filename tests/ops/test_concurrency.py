"""Concurrency without loss: 50 agents act at the same instant, each in its own
thread with its own test client and its own database connection (SQLite in the
default run, PostgreSQL with DATABASE_URL). Nothing fails, nothing is lost."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.urls import reverse

from home import roles
from ideas.models import Idea, IdeaCallPage, IdeaState, IdeaSupport
from network.models import Organisation
from tests.factories.ideas import IdeaFactory

AGENTS = 50


def make_agents(count):
    group = Group.objects.get(name=roles.AGENTS)
    get_user_model().objects.bulk_create(
        get_user_model()(username=f"agent{n}@concurrence.fr", email=f"agent{n}@concurrence.fr") for n in range(count)
    )
    # Re-read: SQLite's bulk_create does not return primary keys.
    users = list(get_user_model().objects.filter(email__endswith="@concurrence.fr").order_by("pk"))
    group.user_set.add(*users)
    return users


def all_at_once(users, request):
    """Run `request(client, index)` for every user at the same instant; return the
    status codes and the exceptions raised."""
    clients = []
    for user in users:
        client = Client()
        client.force_login(user)
        clients.append(client)
    barrier = threading.Barrier(len(clients))
    statuses, errors = [], []

    def act(client, index):
        try:
            barrier.wait()
            statuses.append(request(client, index).status_code)
        except Exception as error:  # noqa: BLE001 - the assertion below shows it
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=act, args=(client, index)) for index, client in enumerate(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses, errors


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_agents_submitting_at_once_all_get_a_unique_reference():
    call = IdeaCallPage.objects.live().get(slug="appel-a-idees-ouvert")
    somme = Organisation.objects.get(name="Département de la Somme")
    agents = make_agents(AGENTS)
    url = reverse("ideas:submit", args=[call.pk])

    def submit(client, index):
        return client.post(
            url,
            {
                "title": f"Idée simultanée numéro {index}",
                "summary": "Un résumé.",
                "problem": "Un problème.",
                "solution": "Une solution.",
                "implementation": "Une mise en œuvre.",
                "departement": somme.pk,
                "public_concerned": "Les usagers.",
                "consent": "on",
                "submit": "1",
            },
        )

    statuses, errors = all_at_once(agents, submit)

    assert errors == []
    assert statuses == [302] * AGENTS
    ideas = Idea.objects.filter(title__startswith="Idée simultanée numéro")
    assert ideas.count() == AGENTS
    assert {idea.created_by_id for idea in ideas} == {agent.pk for agent in agents}
    assert {idea.state for idea in ideas} == {IdeaState.SUBMITTED}
    references = [idea.reference for idea in ideas]
    assert all(reference.startswith("IDEE-") for reference in references)
    assert len(set(references)) == AGENTS


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_agents_supporting_one_idea_at_once_count_exactly():
    call = IdeaCallPage.objects.live().get(slug="appel-a-idees-ouvert")
    idea = IdeaFactory(call=call, state=IdeaState.ADMISSIBLE, title="Une idée que tout le monde soutient")
    agents = make_agents(AGENTS)
    url = reverse("ideas:support", args=[idea.pk])

    statuses, errors = all_at_once(agents, lambda client, _index: client.post(url, {"action": "support"}))

    assert errors == []
    assert statuses == [302] * AGENTS
    assert IdeaSupport.objects.filter(idea=idea).count() == AGENTS
    assert set(IdeaSupport.objects.filter(idea=idea).values_list("user_id", flat=True)) == {a.pk for a in agents}
