"""For French queries, the expected page ranks first (on SQLite and PostgreSQL)."""

import re

import pytest

from home import roles
from search.results import site_search

pytestmark = pytest.mark.django_db

# (query, its type filter, expected first result), checked with and without the filter.
CANTEENS = (
    "Des cantines de collège en circuits courts",
    # The demo's own case study of the same Somme project.
    "Cuisiner autrement : circuits courts, bio et fait maison dans les cantines des collèges",
    "Cuisiner autrement dans les cantines des collèges de la Somme",
)
RIGHT_CONTACT = (
    "Le bon contact pour les allocataires du RSA",
    # The demo's own case study of the same Nord project.
    "Trouver le bon interlocuteur social au Département du Nord",
)

EXPECTED_FIRST = [
    ("cantines bio", "retours", CANTEENS),
    ("circuit court", "retours", CANTEENS),
    ("gaspillage alimentaire college", "retours", CANTEENS),
    ("allocataires du RSA", "retours", RIGHT_CONTACT),
    ("travailleur social", "retours", RIGHT_CONTACT),
    ("world cafe", "methodes", "World café"),
    ("persona", "methodes", "Personas"),
    ("appel a idees des agents", "appels", "Appel à idées des agents 2020"),
    ("seminaire Lille", "actualites", "Séminaire des équipes d'innovation à Lille"),
    ("laboratoire innovation", "actualites", "Séminaire des équipes d'innovation à Lille"),
    ("forum Amiens", "actualites", "Premier forum interdépartemental de l'innovation publique, à Amiens"),
]


# Across types, a result whose title names every word of the query comes
# first: the Dunkerque lab's team page is named "Laboratoire d'innovation", the
# seminar news only says "innovation". Within the news, the seminar is first.
ACROSS_TYPES = {"laboratoire innovation": "Laboratoire d'innovation interne de la Communauté urbaine de Dunkerque"}


def plain(html):
    return re.sub(r"<[^>]+>", "", str(html)).replace("&#x27;", "'")


@pytest.mark.parametrize("across_types", [False, True], ids=["in its type", "across types"])
@pytest.mark.parametrize(
    ("query", "type_key", "expected"), EXPECTED_FIRST, ids=[query for query, _t, _e in EXPECTED_FIRST]
)
def test_expected_page_ranks_first(searchable_pages, demo_user, query, type_key, expected, across_types):
    if across_types:
        expected = ACROSS_TYPES.get(query, expected)
    _counts, results = site_search(query, demo_user(roles.AGENTS), type_key=None if across_types else type_key)
    assert results.count() >= 1
    first = plain(results[0:10][0].title)  # a page of results, as the view asks
    assert first in (expected if isinstance(expected, tuple) else (expected,)), first
