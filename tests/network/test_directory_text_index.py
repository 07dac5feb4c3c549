"""The directory's free text goes through an index (PersonProfileText): the same
people as a substring search over every field, without reading every profile."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.directory import DirectoryQuery, matching_ids, search_people
from network.models import PersonProfile, PersonProfileText
from tests.factories.network import InnovationTeamPageFactory, OrganisationFactory, PersonProfileFactory

pytestmark = pytest.mark.django_db


def names(query_text):
    return sorted(p.display_name for p in search_people(DirectoryQuery(text=query_text)))


@pytest.fixture
def people(directory_page, make_method):
    wyxland = OrganisationFactory(name="Communauté de communes du Wyxland")
    team = InnovationTeamPageFactory(parent=directory_page, title="Laboratoire Quokka")
    method = make_method("Marche exploratoire hypnagogique")
    return {
        "name": PersonProfileFactory(display_name="Sacha Martinon"),
        "title": PersonProfileFactory(display_name="Ana Bel", job_title="Cheffe de projet xylographie"),
        "bio": PersonProfileFactory(display_name="Bruno Coq", bio="Passionné de zootropes en carton."),
        "organisation": PersonProfileFactory(display_name="Ysée Dormoy", organisation=wyxland),
        "team": PersonProfileFactory(display_name="Dina Erg", team=team),
        "skill": PersonProfileFactory(display_name="Élise Fort", skills=["kamishibaï"]),
        "offer": PersonProfileFactory(display_name="Farid Gué", offers=["cartographie ultrasensible"]),
        "method": PersonProfileFactory(display_name="Gaël Hamon", methods=[method]),
        "hidden": PersonProfileFactory(display_name="Henri Martinon", bio="zootropes", listed=False),
    }


def test_free_text_finds_a_word_in_every_field_as_a_case_insensitive_substring(people):
    assert names("MARTINON") == ["Sacha Martinon"]
    assert names("xylograph") == ["Ana Bel"]
    assert names("zootrope") == ["Bruno Coq"]
    assert names("wyxland") == ["Ysée Dormoy"]
    assert names("quokka") == ["Dina Erg"]
    assert names("kamishibaï") == ["Élise Fort"]
    assert names("ultrasensible") == ["Farid Gué"]
    assert names("hypnagog") == ["Gaël Hamon"]
    # Every word must match, each in any field.
    assert names("zootropes bruno") == ["Bruno Coq"]
    assert names("zootropes dormoy") == []


def test_accents_count_as_before(people):
    # icontains, as before the index: accents are kept (and SQLite's LIKE folds
    # the case of ASCII letters only, PostgreSQL's UPPER of every letter).
    assert names("YSée DORMOY") == ["Ysée Dormoy"]
    assert names("ysee") == []


def test_words_with_like_wildcards_or_under_three_letters_match_literally(people):
    PersonProfileFactory(display_name="Iris Xu", job_title="Référente 100% télétravail")
    PersonProfileFactory(display_name="Kim Lo", bio="Projet budget_participatif")
    PersonProfileFactory(display_name="Luc Mo", bio="Chemin C:\\partage")
    assert names("100%") == ["Iris Xu"]
    assert names("0%") == ["Iris Xu"]
    assert names("e_p") == []  # `_` is no wildcard (« Cheffe de projet » does not match)
    assert names("100%t") == []  # nor is `%`
    assert names("budget_p") == ["Kim Lo"]
    assert names("c:\\part") == ["Luc Mo"]
    assert names("xu") == ["Iris Xu"]  # under three letters: no trigram, still found
    assert "Kim Lo" in names("lo")


def test_the_index_follows_profiles_created_changed_and_deleted_every_way(people):
    profile = people["name"]
    profile.display_name = "Sacha Verdier"
    profile.save()
    assert names("martinon") == []
    assert names("verdier") == ["Sacha Verdier"]

    PersonProfile.objects.filter(pk=profile.pk).update(job_title="Designer de services")
    assert names("designer") == ["Sacha Verdier"]

    user = get_user_model().objects.create(username="nadia@exemple.fr", email="nadia@exemple.fr")
    PersonProfile.objects.bulk_create([PersonProfile(user=user, display_name="Nadia Oudin", listed=True)])
    assert names("oudin") == ["Nadia Oudin"]

    PersonProfile.objects.filter(display_name="Nadia Oudin").delete()
    profile.delete()
    assert names("oudin") == []
    assert names("verdier") == []
    assert not PersonProfileText.objects.filter(profile_id=profile.pk).exists()


def test_the_text_index_holds_one_entry_per_profile(people):
    assert PersonProfileText.objects.count() == PersonProfile.objects.count()
    entry = PersonProfileText.objects.get(profile_id=people["bio"].pk)
    assert "Bruno Coq" in entry.text
    assert "zootropes en carton" in entry.text


def _ids_query_sql(text):
    with CaptureQueriesContext(connection) as queries:
        matching_ids(search_people(DirectoryQuery(text=text)))
    (query,) = queries.captured_queries
    return query["sql"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query plan")
def test_sqlite_answers_the_free_text_from_the_trigram_index_without_reading_every_profile(people):
    plan = [row[3] for row in connection.cursor().execute("EXPLAIN QUERY PLAN " + _ids_query_sql("zootrope"))]
    # The FTS5 table is searched through its index (a LIKE constraint, "L"), the
    # profiles by their ids: no step reads the whole profile table.
    assert any("VIRTUAL TABLE INDEX 0:L" in step for step in plan), plan
    assert not any(step.startswith("SCAN") and "network_personprofile" in step for step in plan), plan


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's query plan")
def test_postgresql_can_answer_the_free_text_from_the_trigram_index(people):
    # A handful of test rows make a sequential scan cheaper; forbidding it shows
    # that the index covers the very expression the search sends.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + _ids_query_sql("zootrope"))
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "network_personprofile_text_trgm" in plan, plan
