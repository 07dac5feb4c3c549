"""Values kept per process (home/kept.py): the most recently used, at most
`size`, and none once their token changes."""

import pytest

from home import cache_versions
from home.kept import Kept

pytestmark = pytest.mark.django_db


def test_the_least_recently_used_value_goes_first():
    kept, computed = Kept("essai", size=2), []

    def value(key):
        return kept.get(key, lambda: computed.append(key) or key.upper())

    assert [value("a"), value("b"), value("a"), value("c")] == ["A", "B", "A", "C"]
    assert computed == ["a", "b", "c"]
    value("a")  # kept: used more recently than "b"
    value("b")  # computed again: "b" made way for "c"
    assert computed == ["a", "b", "c", "b"]


def test_a_new_token_drops_every_value():
    kept, computed = Kept("essai", size=8), []
    kept.get("a", lambda: computed.append("a"))
    cache_versions.bump("essai")
    kept.get("a", lambda: computed.append("a"))
    assert computed == ["a", "a"]
