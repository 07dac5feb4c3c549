import pytest

from network.models import NetworkIndexPage
from tests.factories.network import OrganisationFactory
from tests.factories.toolbox import MethodPageFactory
from toolbox.models import MethodPage, ToolboxIndexPage


@pytest.fixture
def directory_page(db):
    return NetworkIndexPage.objects.get()


@pytest.fixture
def make_method(db):
    def make(title):
        """The toolbox's method of that title: the demo's when it has one."""
        index = ToolboxIndexPage.objects.get()
        existing = MethodPage.objects.child_of(index).filter(title=title).first()
        return existing or MethodPageFactory(parent=index, title=title)

    return make


@pytest.fixture
def departement(db):
    """A fresh département with no demo people, so that counts start at zero."""

    def make(number, name):
        return OrganisationFactory(name=name, kind="departement", departement_number=number)

    return make
