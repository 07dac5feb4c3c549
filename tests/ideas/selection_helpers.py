"""Fixtures of the selection tests (jury, wall, pool, follow-up), imported by
their modules so that tests/ideas/conftest.py stays the calls slice's."""

import pytest

from home import roles
from ideas.models import CallJuror, IdeaCallPage, IdeaState
from tests.factories.ideas import IdeaFactory, IdeaTeamMemberFactory

CRITERIA = [
    ("criterion", {"name": "Utilité pour les usagers", "description": "", "weight": 3}),
    ("criterion", {"name": "Faisabilité", "description": "", "weight": 2}),
    ("criterion", {"name": "Caractère innovant", "description": "", "weight": 1}),
]


@pytest.fixture
def jury_call(make_call):
    call = make_call(opens_in_days=-60, closes_in_days=-10, criteria=CRITERIA)
    # Read it back so that the criteria blocks have their ids.
    return IdeaCallPage.objects.get(pk=call.pk)


@pytest.fixture
def juror(demo_user, jury_call):
    user = demo_user(roles.JURY)
    CallJuror.objects.create(call=jury_call, user=user)
    return user


@pytest.fixture
def second_juror(make_user, jury_call):
    user = make_user("jure2@lenord.fr", roles.JURY)
    CallJuror.objects.create(call=jury_call, user=user)
    return user


@pytest.fixture
def preselected(jury_call, author):
    return IdeaFactory(call=jury_call, state=IdeaState.PRESELECTED, created_by=author, title="Un guichet mobile")


@pytest.fixture
def conflicted(jury_call, author, juror):
    """A pre-selected idea whose team includes the juror."""
    idea = IdeaFactory(call=jury_call, state=IdeaState.PRESELECTED, created_by=author, title="Une idée du juré")
    IdeaTeamMemberFactory(idea=idea, email=juror.email)
    return idea


def score_data(call, values=(5, 4, 3), comment="Très convaincant."):
    data = {f"criterion_{block.id}": value for block, value in zip(call.criteria, values, strict=True)}
    data["comment"] = comment
    return data
