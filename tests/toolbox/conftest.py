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
def english():
    """`with english({msgid: msgstr}):` runs in English, after checking that the
    English catalogue (locale/en) translates each msgid so (a plural's key is
    (msgid, form), a context's "context\x04msgid")."""
    from django.utils import translation
    from django.utils.translation import trans_real

    def activate(entries=None):
        catalogue = trans_real.translation("en")._catalog
        for key, value in (entries or {}).items():
            assert catalogue.get(key) == value, f"locale/en translates {key!r} as {catalogue.get(key)!r}"
        return translation.override("en")

    return activate
