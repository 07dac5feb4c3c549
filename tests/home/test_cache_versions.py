"""Cache tokens (home/cache_versions.py) are read once per request, in one
query, and each read outside a request queries the database."""

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext

from home import cache_versions
from home.models import CacheVersion

pytestmark = pytest.mark.django_db


def send(signal):
    """What Django's test client does: the signal without closing the test's connection."""
    signal.disconnect(close_old_connections)
    try:
        signal.send(sender=None)
    finally:
        signal.connect(close_old_connections)


@pytest.fixture
def in_a_request():
    send(request_started)
    yield
    send(request_finished)


def test_every_token_is_read_in_one_query_during_a_request(in_a_request):
    cache_versions.bump("premier")
    cache_versions.bump("second")
    with CaptureQueriesContext(connection) as queries:
        first = cache_versions.current("premier")
        second = cache_versions.current("second")
        assert cache_versions.current("jamais-ecrit") == ""
        assert cache_versions.current("premier") == first
    assert len(queries) == 1
    assert first
    assert second
    assert first != second


def test_a_token_renewed_during_a_request_is_seen_by_that_request(in_a_request):
    before = cache_versions.current("premier")
    cache_versions.bump("premier")
    with CaptureQueriesContext(connection) as queries:
        after = cache_versions.current("premier")
    assert after != before
    assert len(queries) == 0


def test_the_next_request_reads_tokens_written_by_another_process():
    send(request_started)
    before = cache_versions.current("premier")
    # Another process renews it: this one's memory of the request is not told.
    CacheVersion.objects.update_or_create(name="premier", defaults={"token": "ailleurs"})
    assert cache_versions.current("premier") == before
    send(request_finished)
    send(request_started)
    assert cache_versions.current("premier") == "ailleurs"
    send(request_finished)


def test_outside_a_request_each_read_queries_the_database():
    cache_versions.bump("premier")
    with CaptureQueriesContext(connection) as queries:
        cache_versions.current("premier")
        cache_versions.current("premier")
    assert len(queries) == 2
