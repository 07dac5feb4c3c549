import pytest

from tests.factories.toolbox import MethodPageFactory
from toolbox.models import MethodPage, ToolboxIndexPage


@pytest.fixture
def toolbox_index(db):
    """The demo toolbox, emptied of its demo methods so counts are predictable."""
    index = ToolboxIndexPage.objects.get()
    for method in MethodPage.objects.child_of(index):
        method.delete()
    return index


@pytest.fixture
def make_method(toolbox_index):
    def make(**fields):
        return MethodPageFactory(parent=toolbox_index, **fields)

    return make
