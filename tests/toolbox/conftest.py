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


@pytest.fixture
def english(monkeypatch):
    """`with english({msgid: msgstr}):` runs in English, the catalogue completed with
    translations that the .po file may not have yet (a plural's key is (msgid, form)).
    The entries go into the loaded catalogue and are removed after the test."""
    from django.utils import translation
    from django.utils.translation import trans_real

    def activate(entries=None):
        catalogue = trans_real.translation("en")._catalog._catalogs[0]
        for key, value in (entries or {}).items():
            monkeypatch.setitem(catalogue, key, value)
        return translation.override("en")

    return activate
