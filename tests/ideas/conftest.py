import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from home import roles
from ideas.models import IdeaCallIndexPage, IdeaState
from tests.factories.ideas import IdeaCallPageFactory, IdeaFactory


@pytest.fixture
def call_index(db):
    return IdeaCallIndexPage.objects.get()


@pytest.fixture
def make_call(call_index):
    def make(opens_in_days=-7, closes_in_days=30, **fields):
        now = timezone.now()
        return IdeaCallPageFactory(
            parent=call_index,
            opens_at=now + datetime.timedelta(days=opens_in_days),
            closes_at=now + datetime.timedelta(days=closes_in_days),
            **fields,
        )

    return make


@pytest.fixture
def open_call(make_call):
    return make_call()


@pytest.fixture
def make_user(db):
    def make(email, *groups):
        user = get_user_model().objects.create_user(username=email, email=email, password="x")
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user

    return make


@pytest.fixture
def author(demo_user):
    return demo_user(roles.AGENTS)


@pytest.fixture
def make_idea(open_call, author):
    def make(state=IdeaState.DRAFT, **fields):
        fields.setdefault("call", open_call)
        fields.setdefault("created_by", author)
        return IdeaFactory(state=state, **fields)

    return make
