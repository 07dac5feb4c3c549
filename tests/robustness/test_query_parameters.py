"""Filters, facets, sorts, pages and search queries: whatever the query string
holds, the server answers (200, a redirect or a 4xx), never a 500."""

import pytest
from django.urls import reverse
from hypothesis import given

from ideas.models import IdeaCallPage
from network.case_studies_search import FACET_PARAMS
from network.models import CaseStudyIndexPage
from toolbox.filters import DIMENSIONS
from toolbox.models import ToolboxIndexPage

from .conftest import assert_no_server_error, fuzz, params

pytestmark = pytest.mark.django_db


@given(data=params(["q", "type", "page"]))
@fuzz(150)
def test_site_search_never_fails(agent, data):
    assert_no_server_error(agent.get(reverse("search:search"), data))


@given(data=params(["q"]))
@fuzz(150)
def test_search_as_you_type_never_fails(agent, data):
    assert_no_server_error(agent.get(reverse("search:suggest"), data))


@given(data=params([*FACET_PARAMS, "q", "tri", "page"]))
@fuzz(60)
def test_case_study_facets_and_sort_never_fail(agent, data):
    index = CaseStudyIndexPage.objects.live().first()
    assert_no_server_error(agent.get(index.url, data))


@given(data=params([*FACET_PARAMS, "q", "tri"]))
@fuzz(25)
def test_case_study_feed_and_export_never_fail(agent, data):
    index = CaseStudyIndexPage.objects.live().first()
    for route in ("flux/", "export/"):
        assert_no_server_error(agent.get(index.url + route, data))


@given(data=params([dimension.key for dimension in DIMENSIONS] + ["page"]))
@fuzz(100)
def test_toolbox_index_filters_never_fail(agent, data):
    index = ToolboxIndexPage.objects.live().first()
    assert_no_server_error(agent.get(index.url, data))


@given(data=params(["q", "organisation", "departement", "skill", "method", "page"]))
@fuzz(100)
def test_directory_filters_never_fail(agent, data):
    assert_no_server_error(agent.get(reverse("network:directory"), data))


@given(data=params(["etat", "departement", "theme", "page"]))
@fuzz(100)
def test_idea_wall_filters_never_fail(agent, data):
    call = IdeaCallPage.objects.live().get(slug="appel-a-idees-ouvert")
    assert_no_server_error(agent.get(call.url, data))
