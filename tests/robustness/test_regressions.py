"""The 500s the generated input found, pinned down as plain examples."""

import pytest
from django.urls import reverse

from network.models import CaseStudyIndexPage

pytestmark = pytest.mark.django_db


def test_an_agent_can_search_the_whole_site_ideas_included(agent_client):
    response = agent_client.get(reverse("search:search"), {"q": "aidants", "type": "idees"})
    assert response.status_code == 200


def test_a_case_study_query_of_punctuation_alone_finds_nothing_without_failing(agent_client):
    index = CaseStudyIndexPage.objects.live().first()
    response = agent_client.get(index.url, {"q": "🦄 !!!"})
    assert response.status_code == 200
    assert response.context["search"].total == 0


def test_a_search_or_suggestion_with_a_nul_byte_is_not_a_server_error(agent_client):
    # PostgreSQL refuses NUL bytes in text: found by hypothesis on PostgreSQL.
    from django.urls import reverse

    for name in ["search:search", "search:suggest"]:
        assert agent_client.get(reverse(name), {"q": "abc\x00def"}).status_code == 200


def test_a_directory_filter_past_the_integer_range_is_ignored_not_a_server_error(agent_client):
    # Found by hypothesis: OverflowError on SQLite for an id of 2**63.
    from django.urls import reverse

    for name in ["organisation", "method"]:
        response = agent_client.get(reverse("network:directory"), {name: "9223372036854775808"})
        assert response.status_code == 200


def test_nul_bytes_in_any_query_parameter_are_dropped_before_the_views(agent_client):
    # Found by hypothesis on PostgreSQL, on the case-study index's facets.
    response = agent_client.get("/retours-d-experience/", {"q": "can\x00tine", "tag": "bio\x00", "stade": "\x00"})
    assert response.status_code == 200
