"""French matching on the database backend, on SQLite and on PostgreSQL."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.search.backends import get_search_backend

from home import roles
from search.backends.database import FrenchPostgresSearchBackend
from toolbox.models import MethodPage

pytestmark = pytest.mark.django_db


def titles(results):
    return {page.title for page in results}


def test_the_default_backend_is_the_french_one_for_this_database():
    backend = get_search_backend()
    if connection.vendor == "postgresql":
        assert isinstance(backend, FrenchPostgresSearchBackend)
        assert (backend.config, backend.autocomplete_config) == ("french_unaccent", "simple_unaccent")
    else:
        from search.backends.sqlite import FrenchSQLiteSearchBackend

        assert isinstance(backend, FrenchSQLiteSearchBackend)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text search configurations")
def test_postgresql_french_unaccent_configuration_stems_and_folds_accents():
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('french_unaccent', 'Équipes cantines')::text")
        assert cursor.fetchone()[0] == "'cantin':2 'equip':1"
        cursor.execute("SELECT to_tsvector('simple_unaccent', 'Équipes')::text")
        assert cursor.fetchone()[0] == "'equipes':1"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL GIN index")
def test_postgresql_matches_title_and_body_through_a_valid_gin_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indisvalid, pg_get_indexdef(indexrelid) FROM pg_index "
            "WHERE indexrelid = 'portal_search_indexentry_title_body_gin'::regclass"
        )
        valid, definition = cursor.fetchone()
    assert valid
    assert "USING gin" in definition
    assert "(title || body)" in definition


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("equipe", "Le bon contact pour les allocataires du RSA"),  # accent missing
        ("ÉQUIPES", "Le bon contact pour les allocataires du RSA"),  # accent, plural and case
        ("cantine", "Des cantines de collège en circuits courts"),  # singular finds plural
        ("cantines", "Des cantines de collège en circuits courts"),
        ("college", "Des cantines de collège en circuits courts"),
        ("usagers fictifs", "Personas"),
        ("cafe", "World café"),
        ("usager fictif", "Personas"),  # Snowball alone stems usager and usagers apart
    ],
)
def test_search_matches_accent_and_plural_variants(searchable_pages, query, expected):
    from network.models import CaseStudyPage

    results = list(MethodPage.objects.live().search(query)) + list(CaseStudyPage.objects.live().search(query))
    assert expected in titles(results)


def test_search_does_not_match_unrelated_words(searchable_pages):
    assert titles(MethodPage.objects.live().search("cantine")) == set()


@pytest.mark.parametrize("typed", ["wor", "Wörld", "cafe", "CAF"])
def test_autocomplete_matches_the_start_of_titles_whatever_the_accents(searchable_pages, typed):
    assert "World café" in titles(MethodPage.objects.live().autocomplete(typed))


def test_update_index_rebuilds_a_french_index(searchable_pages):
    call_command("update_index", stdout=io.StringIO())
    assert "World café" in titles(MethodPage.objects.live().search("cafés"))


def test_the_admin_page_search_is_french_too(client_as, searchable_pages):
    response = client_as(roles.EDITORS).get("/admin/pages/search/", {"q": "cantine"})
    assert response.status_code == 200
    assert "Des cantines de collège en circuits courts" in response.content.decode()
