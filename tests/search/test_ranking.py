"""For French queries, the expected page ranks first (on SQLite and PostgreSQL)."""

import re

import pytest

from home import roles
from search.results import site_search

pytestmark = pytest.mark.django_db

EXPECTED_FIRST = [
    ("cantines bio", "Des cantines de collège en circuits courts"),
    ("circuit court", "Des cantines de collège en circuits courts"),
    ("gaspillage alimentaire college", "Des cantines de collège en circuits courts"),
    ("allocataires du RSA", "Le bon contact pour les allocataires du RSA"),
    ("travailleur social", "Le bon contact pour les allocataires du RSA"),
    ("world cafe", "World café"),
    ("persona", "Personas"),
    ("appel a idees des agents", "Appel à idées des agents 2020"),
    ("seminaire Lille", "Séminaire des équipes d'innovation à Lille"),
    ("laboratoire innovation", "Séminaire des équipes d'innovation à Lille"),
    ("forum Amiens", "Premier forum interdépartemental de l'innovation publique, à Amiens"),
]


def plain(html):
    return re.sub(r"<[^>]+>", "", str(html)).replace("&#x27;", "'")


@pytest.mark.parametrize(("query", "expected"), EXPECTED_FIRST, ids=[query for query, _ in EXPECTED_FIRST])
def test_expected_page_ranks_first(searchable_pages, demo_user, query, expected):
    _counts, results = site_search(query, demo_user(roles.AGENTS))
    assert results.count() >= 1
    assert plain(results[0:1][0].title) == expected
