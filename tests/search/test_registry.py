import pytest

from home import roles
from network.models import Organisation, PersonProfile
from search.registry import (
    SEARCH_TYPES,
    SearchType,
    all_objects,
    available_types,
    listed_people,
    type_for,
    visible_ideas,
)

pytestmark = pytest.mark.django_db


def test_type_keys_are_unique_and_labels_french():
    keys = [search_type.key for search_type in SEARCH_TYPES]
    assert len(keys) == len(set(keys))
    assert str(type_for("retours").label) == "Retours d'expérience"


def test_a_model_not_built_yet_is_skipped(demo_user):
    missing = SearchType("absent", "Absents", "Absent", "network.NotBuiltYet", all_objects)
    assert missing.model is None
    assert missing.queryset(demo_user()) is None


def test_a_model_without_search_index_is_skipped(demo_user):
    assert SearchType("comptes", "Comptes", "Compte", "auth.User", all_objects).queryset(demo_user()) is None


def test_people_are_searched_only_through_their_listing_rule(demo_user):
    """Without PersonProfile.objects.listed() no profile is searched: hidden
    profiles must never leak; with it, only listed profiles are."""
    people = SearchType("personnes", "Personnes", "Personne", "network.PersonProfile", listed_people)
    queryset = people.queryset(demo_user())
    if hasattr(PersonProfile.objects, "listed"):
        assert set(queryset) == set(PersonProfile.objects.listed())
    else:
        assert queryset is None
    # An indexed model whose manager has no such rule is never searched.
    assert listed_people(Organisation, demo_user()) is None


def test_ideas_are_searched_only_through_their_visibility_rule(demo_user):
    assert visible_ideas(Organisation, demo_user()) is None


def test_available_types_follow_the_registry_order(demo_user):
    keys = [search_type.key for search_type, _queryset in available_types(demo_user(roles.AGENTS))]
    assert keys[:3] == ["methodes", "retours", "appels"]
    assert keys == [search_type.key for search_type in SEARCH_TYPES if search_type.key in keys]
