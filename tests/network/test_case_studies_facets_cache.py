"""The index's facet counts are cached: every change they depend on must show
at the next request, through signals or the bulk writers' own bump."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from network.case_studies_search import LIMITED_FACET_SIZE, CaseStudySearch
from network.models import CaseStudyIndexPage, CaseStudyPage
from tests.factories.network import CaseStudyPageFactory, PolicyAreaFactory, bulk_create_case_studies
from tests.factories.toolbox import MethodPageFactory
from toolbox.models import ToolboxIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return CaseStudyIndexPage.objects.get()


def search(index, query_string=""):
    return CaseStudySearch(index, QueryDict(query_string)).run()


def facet_values(result, param):
    return {
        value.value: (value.label, value.count) for value in next(f for f in result.facets if f.param == param).values
    }


def stages(index, query_string=""):
    return {value: count for value, (_label, count) in facet_values(search(index, query_string), "stade").items()}


def published(index, **fields):
    page = CaseStudyPageFactory(parent=index, **fields)
    page.save_revision().publish()
    return page


def test_a_repeated_search_is_served_from_the_cache(index, django_assert_num_queries):
    search(index, "stade=idee")
    again = CaseStudySearch(index, QueryDict("stade=idee"))  # reads the restrictions' token
    with django_assert_num_queries(1):  # the version; no GROUP BY
        again.counted(None)


def test_counts_follow_a_newly_published_case_study(index):
    before = search(index)
    published(index, stage="abandonne", year=2003)
    after = search(index)
    assert after.total == before.total + 1
    assert facet_values(after, "annee")["2003"] == ("2003", 1)


def test_counts_follow_an_unpublished_case_study(index):
    page = published(index, stage="abandonne", year=2003)
    before = search(index)
    page.unpublish()
    after = search(index)
    assert after.total == before.total - 1
    assert "2003" not in facet_values(after, "annee")


def test_counts_follow_a_deleted_case_study(index):
    page = published(index, stage="abandonne", year=2003)
    before = search(index)
    page.delete()
    assert search(index).total == before.total - 1


def test_counts_follow_a_stage_changed_and_republished(index):
    page = published(index, stage="abandonne")
    before = stages(index)
    page = CaseStudyPage.objects.get(pk=page.pk)
    page.stage = "essaimage"
    page.save_revision().publish()
    after = stages(index)
    assert after.get("abandonne", 0) == before.get("abandonne", 0) - 1
    assert after["essaimage"] == before.get("essaimage", 0) + 1


def test_counts_follow_a_bulk_insert_by_the_test_helper(index):
    before = search(index, "annee=1999")
    assert before.total == 0
    bulk_create_case_studies(index, 5, year=1999, stage="idee")
    after = search(index, "annee=1999")
    assert after.total == 5
    assert facet_values(after, "annee")["1999"] == ("1999", 5)


def test_labels_follow_a_renamed_method_tag_and_policy_area(index):
    method = MethodPageFactory(parent=ToolboxIndexPage.objects.get(), title="Ancien nom de méthode")
    area = PolicyAreaFactory(name="Ancien domaine")
    page = published(index, policy_area=area)
    page = CaseStudyPage.objects.get(pk=page.pk)
    page.methods.add(method)
    page.tags.add("ancien mot")
    page.save_revision().publish()
    result = search(index)
    assert facet_values(result, "methode")[str(method.pk)] == ("Ancien nom de méthode", 1)
    assert facet_values(result, "domaine")[area.slug] == ("Ancien domaine", 1)
    assert facet_values(result, "motcle")["ancien-mot"] == ("ancien mot", 1)

    method.title = "Nouveau nom de méthode"
    method.save_revision().publish()
    tag = Tag.objects.get(slug="ancien-mot")
    tag.name = "nouveau mot"
    tag.save()
    area.name = "Nouveau domaine"
    area.save()
    result = search(index)
    assert facet_values(result, "methode")[str(method.pk)] == ("Nouveau nom de méthode", 1)
    assert facet_values(result, "domaine")[area.slug] == ("Nouveau domaine", 1)
    assert facet_values(result, "motcle")["ancien-mot"] == ("nouveau mot", 1)


def test_an_unpublished_method_leaves_the_facet(index):
    method = MethodPageFactory(parent=ToolboxIndexPage.objects.get(), title="Méthode éphémère")
    page = published(index)
    page = CaseStudyPage.objects.get(pk=page.pk)
    page.methods.add(method)
    page.save_revision().publish()
    assert str(method.pk) in facet_values(search(index), "methode")
    method.unpublish()
    assert str(method.pk) not in facet_values(search(index), "methode")


def test_a_method_removed_from_a_case_study_leaves_its_count(index):
    method = MethodPageFactory(parent=ToolboxIndexPage.objects.get(), title="Méthode retirée")
    page = published(index)
    page = CaseStudyPage.objects.get(pk=page.pk)
    page.methods.add(method)
    page.save_revision().publish()
    assert str(method.pk) in facet_values(search(index), "methode")
    page = CaseStudyPage.objects.get(pk=page.pk)
    page.methods.set([])
    page.save_revision().publish()
    assert str(method.pk) not in facet_values(search(index), "methode")


@pytest.fixture
def many_methods(index):
    """LIMITED_FACET_SIZE + 3 methods, the first used the most, the last once."""
    toolbox = ToolboxIndexPage.objects.get()
    methods = [MethodPageFactory(parent=toolbox, title=f"Méthode rare {n:02}") for n in range(LIMITED_FACET_SIZE + 3)]
    pages = bulk_create_case_studies(index, len(methods), year=1998)
    through = CaseStudyPage.methods.through
    # Method n is used by (count - n) case studies: a strict order by frequency.
    through.objects.bulk_create(
        [
            through(casestudypage_id=page.pk, methodpage_id=method.pk)
            for rank, method in enumerate(methods)
            for page in pages[: len(methods) - rank]
        ]
    )
    from network.case_studies_facets_cache import bump_version

    bump_version()
    return methods


def test_the_methods_facet_shows_the_most_frequent_and_the_ticked_values(agent_client, index, many_methods):
    rarest = many_methods[-1]
    html = agent_client.get(index.url, {"annee": "1998", "methode": str(rarest.pk)}).content.decode()
    shown = [method for method in many_methods if f"Méthode rare {method.title[-2:]}<" in html]
    assert shown == [*many_methods[:LIMITED_FACET_SIZE], rarest]
    link = f"Voir toutes les méthodes ({len(many_methods)})"
    assert link in html
    assert "tout=methode#facette-methode" in html
    assert 'id="facette-methode"' in html


def test_every_method_is_listed_after_voir_tout(agent_client, index, many_methods):
    html = agent_client.get(index.url, {"annee": "1998", "tout": "methode"}).content.decode()
    assert all(f"{method.title}<" in html for method in many_methods)
    assert "Voir toutes les méthodes" not in html
    # Ticking a box keeps the whole list open.
    assert '<input type="hidden" name="tout" value="methode">' in html


def test_an_unknown_tout_value_changes_nothing(agent_client, index, many_methods):
    html = agent_client.get(index.url, {"annee": "1998", "tout": "<script>"}).content.decode()
    assert "Voir toutes les méthodes" in html
    assert 'name="tout"' not in html


class SharedCacheSpy:
    """The shared cache, counting its reads."""

    def __init__(self, cache):
        self.cache = cache
        self.reads = 0

    def get(self, key):
        self.reads += 1
        return self.cache.get(key)

    def set(self, key, value, timeout):
        self.cache.set(key, value, timeout)


@pytest.fixture
def shared_cache(monkeypatch):
    from network import case_studies_facets_cache

    spy = SharedCacheSpy(case_studies_facets_cache.cache)
    monkeypatch.setattr(case_studies_facets_cache, "cache", spy)
    return spy


@pytest.fixture
def other_process(monkeypatch):
    """Forget what this process keeps, as another worker would not have it."""
    from collections import OrderedDict

    from network import case_studies_facets_cache

    def forget():
        monkeypatch.setattr(case_studies_facets_cache, "_recent", OrderedDict())

    return forget


def test_counts_are_decoded_once_per_process_not_at_every_request(index, shared_cache):
    first = search(index, "stade=idee")
    reads = shared_cache.reads
    again = search(index, "stade=idee")
    # Unpickling the counts from the shared cache cost 2 to 5 ms a request at bench scale 10.
    assert shared_cache.reads == reads
    assert again.facets[0].values is first.facets[0].values


def test_another_process_reads_the_counts_from_the_shared_cache(index, shared_cache, other_process):
    first = search(index, "stade=idee")
    other_process()
    with CaptureQueriesContext(connection) as queries:
        again = search(index, "stade=idee")
    assert shared_cache.reads == 1
    assert not [query for query in queries if "GROUP BY" in query["sql"]]
    assert again.facets == first.facets
    assert again.total == first.total


def test_the_shared_cache_holds_plain_values(index):
    from network import case_studies_facets_cache

    search(index, "stade=idee")
    key = case_studies_facets_cache.cache_key(
        case_studies_facets_cache.current_version(), index.pk, None, {"stade": ["idee"]}
    )
    stored = case_studies_facets_cache.cache.get(key)

    def plain(value):
        if isinstance(value, tuple):
            return all(plain(item) for item in value)
        return type(value) in (str, int, bool)

    # Tuples of strings and numbers unpickle ≈ 5 times faster than dataclasses and lazy strings.
    assert plain(stored)


def test_a_write_is_seen_by_a_process_that_kept_the_counts(index):
    search(index)  # kept by this process
    before = stages(index)
    published(index, stage="abandonne")
    assert stages(index)["abandonne"] == before.get("abandonne", 0) + 1


def test_the_counts_kept_per_process_are_bounded_and_expire(index, other_process, monkeypatch):
    from network import case_studies_facets_cache

    other_process()
    monkeypatch.setattr(case_studies_facets_cache, "RECENT_SIZE", 2)
    for stage in ("idee", "experimentation", "deploiement"):
        search(index, f"stade={stage}")
    assert len(case_studies_facets_cache._recent) == 2

    later = case_studies_facets_cache.time.monotonic() + case_studies_facets_cache.TIMEOUT + 1
    monkeypatch.setattr(case_studies_facets_cache.time, "monotonic", lambda: later)
    key = next(reversed(case_studies_facets_cache._recent))
    assert case_studies_facets_cache.load(key, lambda stored: "from the shared cache") == "from the shared cache"


def test_showing_every_value_of_a_facet_does_not_change_the_kept_counts(index, many_methods):
    def methods_shown(query_string):
        result = search(index, query_string)
        return len(next(facet for facet in result.facets if facet.param == "methode").shown)

    assert methods_shown("annee=1998") == LIMITED_FACET_SIZE
    assert methods_shown("annee=1998&tout=methode") == len(many_methods)
    assert methods_shown("annee=1998") == LIMITED_FACET_SIZE
