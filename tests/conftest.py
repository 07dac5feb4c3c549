"""Fixtures shared by the whole suite: the demo content, loaded once, and a
logged-in client per role."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connections

from home import roles
from home.demo import DEMO_ACCOUNTS

ROLE_EMAILS = {role: email for email, _first, _last, role in DEMO_ACCOUNTS}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo content: rolled back after each test, and
    restored after each transactional (browser) test, whose database is flushed."""
    with django_db_blocker.unblock():
        call_command("load_demo", "--no-index", stdout=io.StringIO())
        for connection in connections.all():
            # Django serialised the database before the demo existed; serialise
            # it again so that serialized_rollback restores the demo too.
            if hasattr(connection, "_test_serialized_contents"):
                connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def demo_user(db):
    def get(role=roles.AGENTS):
        return get_user_model().objects.get(email=ROLE_EMAILS[role])

    return get


@pytest.fixture
def client_as(client, demo_user):
    """`client_as(roles.MODERATORS)` is a test client logged in with that role's demo account."""

    def login(role=roles.AGENTS):
        client.force_login(demo_user(role))
        return client

    return login


@pytest.fixture
def agent_client(client_as):
    return client_as(roles.AGENTS)


# The demo's départements, by name.
@pytest.fixture
def somme(db):
    from network.models import Organisation

    return Organisation.objects.get(name="Département de la Somme")


@pytest.fixture
def nord(db):
    from network.models import Organisation

    return Organisation.objects.get(name="Département du Nord")


@pytest.fixture
def oise(db):
    from network.models import Organisation

    return Organisation.objects.get(name="Département de l'Oise")
