"""Generated bad input for every form and query parameter: the strategies and
the helpers that find a page's fields."""

import re

import hypothesis
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st


def fuzz(max_examples):
    """Hypothesis settings for one endpoint: the counts are set so that the whole
    of tests/robustness/ stays under about two minutes on SQLite."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


NASTY = [
    "",
    " ",
    "\x00",
    "abc\x00def",
    "' OR 1=1 --",
    "'; DROP TABLE ideas_idea; --",
    '" onmouseover="alert(1)',
    "<script>alert(1)</script>",
    "{{ 7*7 }}{% debug %}",
    "%",
    "%%_%",
    "\\",
    "../../etc/passwd",
    "-1",
    "0",
    "1",
    "-9223372036854775809",
    "9" * 40,
    "1e309",
    "NaN",
    "inf",
    "1.5",
    "0x1F",
    "²",
    "٣",
    "①",
    "١٢٣٤",
    "２０２４",
    "2A",
    "2B",
    "59",
    "2019-02-30",
    "9999-12-31",
    "0000-00-00",
    "on",
    "true",
    "🦄" * 20,
    "é" * 300,
    "x" * 10_000,
    "a b " * 2_000,
    "\u202e\u200b\ufeff",
    "\r\n\t",
]

values = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.integers().map(str),
    st.builds(lambda chunk, times: chunk * times, st.text(min_size=1, max_size=4), st.integers(50, 3_000)),
)


def params(names):
    """Query or form data over `names` (plus a stray one): any subset, each
    parameter once or repeated, each value generated."""
    keys = [*names, "inconnu"]
    return st.fixed_dictionaries({}, optional={key: st.lists(values, min_size=1, max_size=3) for key in keys})


FIELD = re.compile(r'<(?:input|select|textarea)\b[^>]*?\bname="([^"]+)"')


def field_names(client, url):
    """The names of the fields the page at `url` shows (its forms, the header's search box)."""
    response = client.get(url)
    assert response.status_code == 200, url
    return sorted(set(FIELD.findall(response.content.decode())) - {"csrfmiddlewaretoken"})


def assert_no_server_error(response):
    assert response.status_code < 500, response.content[:500]


@pytest.fixture
def agent(agent_client):
    return agent_client


# The same examples on every run: CI must not pass or fail by chance. Exploring
# new inputs is done on purpose with `--hypothesis-seed=<n>` or another profile.
hypothesis.settings.register_profile("portal", derandomize=True)
hypothesis.settings.load_profile("portal")
