import pytest

from network.models import NetworkIndexPage
from tests.factories.network import OrganisationFactory
from tests.factories.toolbox import MethodPageFactory
from toolbox.models import ToolboxIndexPage


@pytest.fixture
def directory_page(db):
    return NetworkIndexPage.objects.get()


@pytest.fixture
def make_method(db):
    def make(title):
        return MethodPageFactory(parent=ToolboxIndexPage.objects.get(), title=title)

    return make


@pytest.fixture
def departement(db):
    """A fresh département with no demo people, so that counts start at zero."""

    def make(number, name):
        return OrganisationFactory(name=name, kind="departement", departement_number=number)

    return make
