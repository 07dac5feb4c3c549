"""One support per agent even when the same agent clicks twice at once: the
requests run in threads, each with its own connection, on a transactional
database (SQLite in the default run, PostgreSQL with DATABASE_URL)."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from home import roles
from ideas.models import IdeaCallPage, IdeaState, IdeaSupport
from tests.factories.ideas import IdeaFactory

CONCURRENT_REQUESTS = 8


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_supports_by_one_agent_count_once(demo_user):
    call = IdeaCallPage.objects.get(slug="appel-a-idees-ouvert")
    idea = IdeaFactory(call=call, state=IdeaState.ADMISSIBLE, title="Une idée très soutenue")
    agent = demo_user(roles.AGENTS)
    url = reverse("ideas:support", args=[idea.pk])
    clients = []
    for _ in range(CONCURRENT_REQUESTS):
        client = Client()
        client.force_login(agent)
        clients.append(client)
    barrier = threading.Barrier(CONCURRENT_REQUESTS)
    statuses, errors = [], []

    def click(client):
        try:
            barrier.wait()
            statuses.append(client.post(url, {"action": "support"}).status_code)
        except Exception as error:  # reported below, with the thread's traceback lost otherwise
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert statuses == [302] * CONCURRENT_REQUESTS
    assert IdeaSupport.objects.filter(idea=idea, user=agent).count() == 1
    assert connection.vendor in {"sqlite", "postgresql"}
