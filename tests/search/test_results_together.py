"""The database backends read every type's matches in one query
(search.backends.ranked): same results, counts and visibility as the stock
backend searching each type alone, in a number of queries that does not grow
with the matches."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction
from wagtail.search import index

from home import roles
from ideas.models import IdeaState
from network.models import CaseStudyIndexPage, PersonProfile
from search.backends.ranked import TypeBatch
from search.registry import available_types
from search.results import SCORE, site_search
from tests.factories.ideas import IdeaFactory
from tests.factories.network import CaseStudyPageFactory, PersonProfileFactory

pytestmark = pytest.mark.django_db


def stock_search(results, stop):
    """What the stock modelsearch backend finds for one type: its objects, best first, and their count."""
    compiler = results.query_compiler
    config = compiler.get_config(results.backend)
    extra = {"backend": results.backend} if connection.vendor == "postgresql" else {}
    found = compiler.search(config, 0, stop, score_field=SCORE, **extra)
    return [obj.pk for obj in found], compiler.search(config, None, None, **extra).count()


@pytest.mark.parametrize("query", ["equipe", "cantines bio", "innovation", "departement"])
def test_types_read_together_rank_and_count_as_the_stock_backend_does_type_by_type(searchable_pages, demo_user, query):
    searches = [queryset.search(query).annotate_score(SCORE) for _type, queryset in available_types(demo_user())]
    assert TypeBatch.possible(searches)
    batch = TypeBatch(searches, stop=10)
    for position, search in enumerate(searches):
        expected_pks, expected_count = stock_search(search, 10)
        assert [obj.pk for obj in batch.ranked(10, position)] == expected_pks, search.model
        assert batch.counts()[position] == expected_count, search.model


def test_a_draft_idea_is_found_by_its_author_only(demo_user):
    author = demo_user(roles.AGENTS)
    idea = IdeaFactory(title="Covoiturage zébré des agents", state=IdeaState.DRAFT, created_by=author)
    index.insert_or_update_object(idea)

    def ideas_found(user):
        counts, results = site_search("covoiturage zébré", user)
        count = next(count.count for count in counts if count.search_type.key == "idees")
        return count, [result.object for result in results[0:10]]

    assert ideas_found(author) == (1, [idea])
    assert ideas_found(demo_user(roles.EDITORS)) == (0, [])


def test_suggestions_run_the_same_number_of_queries_for_many_matches(agent_client, searchable_pages):
    def queries_for(typed):
        with CaptureQueriesContext(connection) as captured:
            data = agent_client.get(reverse("search:suggest"), {"q": typed}).json()
        return len(captured), len(data["suggestions"])

    queries_for("allocat")  # warms the caches (content types, site root paths)
    few, shown = queries_for("allocat")
    assert shown == 1
    index_page = CaseStudyIndexPage.objects.get()
    for number in range(30):
        CaseStudyPageFactory(parent=index_page, title=f"Allocataires accompagnés {number}")
    queries_for("allocat")  # new pages renew the site lookup's token: read again once
    many, shown = queries_for("allocat")
    assert shown == 8
    assert many == few


def test_a_further_page_reads_the_matches_once(agent_client, searchable_pages):
    index_page = CaseStudyIndexPage.objects.get()
    for number in range(25):
        CaseStudyPageFactory(parent=index_page, title=f"Allocataires accompagnés {number}", summary="Allocataires.")
    url = reverse("search:search")
    agent_client.get(url, {"q": "allocataires", "page": "3"})  # warms the caches
    with CaptureQueriesContext(connection) as captured:
        response = agent_client.get(url, {"q": "allocataires", "page": "3"})
    assert response.context["search_results"].number == 3
    assert len(response.context["search_results"]) == 6  # 26 results: 10, 10, then 6
    full_text_scans = [query for query in captured if "MATERIALIZED" in query["sql"]]
    assert len(full_text_scans) == 1


def test_a_search_over_several_page_types_counts_and_ranks_them_all(searchable_pages):
    from wagtail.models import Page

    search = Page.objects.live().search("innovation").annotate_score(SCORE)
    assert TypeBatch.possible([search])
    expected_pks, expected_count = stock_search(search, 10)
    batch = TypeBatch([search], stop=10)
    assert len({obj.specific_class for obj in batch.ranked(10, 0)}) > 1  # pages of several types were found
    assert batch.counts() == [expected_count]
    assert [obj.pk for obj in batch.ranked(10, 0)] == expected_pks


@pytest.mark.parametrize("typed", ["equ", "innov", "zorgl"])
def test_suggestions_read_uncounted_find_what_the_stock_backend_finds_type_by_type(searchable_pages, demo_user, typed):
    # Twenty profiles the agent may not see outrank the one they may: the
    # candidates ranked without checking visibility are all hidden ones.
    for number in range(20):
        PersonProfileFactory(display_name=f"Zorglub {number}", listed=False)
    PersonProfileFactory(display_name="Zorglub, une présentation au nom bien plus long que les autres")
    searches = [queryset.autocomplete(typed) for _type, queryset in available_types(demo_user())]
    batch = TypeBatch(searches, stop=8, counted=False)
    for position, search in enumerate(searches):
        expected_pks, _count = stock_search(search, 8)
        assert [obj.pk for obj in batch.ranked(8, position)] == expected_pks, search.model
    if typed == "zorgl":
        profiles = next(p for p, s in enumerate(searches) if s.model is PersonProfile)
        assert [obj.display_name for obj in batch.ranked(8, profiles)] == [
            "Zorglub, une présentation au nom bien plus long que les autres"
        ]


def test_suggestions_rank_without_checking_each_match_or_counting_them(agent_client, searchable_pages):
    with CaptureQueriesContext(connection) as captured:
        data = agent_client.get(reverse("search:suggest"), {"q": "innov"}).json()
    assert data["suggestions"]
    scans = [query["sql"] for query in captured if "MATERIALIZED" in query["sql"]]
    assert len(scans) == 1
    assert "EXISTS" not in scans[0]
    assert "COUNT(" not in scans[0]


def test_a_batch_read_without_counts_refuses_to_give_them(demo_user):
    searches = [queryset.autocomplete("wor") for _type, queryset in available_types(demo_user())]
    batch = TypeBatch(searches, stop=8, counted=False)
    batch.ranked(8, 0)
    with pytest.raises(ValueError, match="without its counts"):
        batch.counts()


def test_the_ranking_checks_every_page_type_at_once_on_the_page_table(agent_client, searchable_pages):
    with CaptureQueriesContext(connection) as captured:
        response = agent_client.get(reverse("search:search"), {"q": "innovation"})
    assert response.status_code == 200
    (ranking,) = [query["sql"] for query in captured if "MATERIALIZED" in query["sql"]]
    # Pages, ideas, people: one visibility check each, not one per page type.
    assert ranking.count("EXISTS") == 3
    for page_table in ["home_newspage", "network_casestudypage", "toolbox_methodpage", "network_innovationteampage"]:
        assert page_table not in ranking


def test_a_page_type_searched_alone_still_hides_restricted_and_draft_pages(searchable_pages, demo_user):
    index_page = CaseStudyIndexPage.objects.get()
    hidden = CaseStudyPageFactory(parent=index_page, title="Zéphyrine cachée")
    restriction = PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    draft = CaseStudyPageFactory(parent=index_page, title="Zéphyrine brouillon")
    draft.unpublish()
    shown = CaseStudyPageFactory(parent=index_page, title="Zéphyrine publiée")
    for page in (hidden, draft, shown):
        index.insert_or_update_object(page)
    counts, results = site_search("zéphyrine", demo_user(), type_key="retours")
    assert [result.object.pk for result in results[0:10]] == [shown.pk]
    assert next(count.count for count in counts if count.search_type.key == "retours") == 1
