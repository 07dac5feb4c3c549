"""Browser tests: Debian's Chromium driven by Playwright, against a live server
holding the demo content. Skipped with a notice when Chromium is missing,
except with REQUIRE_BROWSER=1, where they fail."""

import os
import shutil

import pytest
from django.conf import settings
from django.db import connections

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BROWSER_MISSING = (
    f"Chromium introuvable ({CHROMIUM}) : tests navigateur ignorés. "
    "Installez-le avec « apt-get install -y chromium » ; REQUIRE_BROWSER=1 les rend obligatoires."
)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture
def browser(portal):
    """A Chromium started for one test. Playwright's sync API sets an event loop
    on this thread, which makes Django's connection handler switch to other
    connections: it is started after the database is set up for the test and
    stopped before the database is flushed."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(BROWSER_MISSING)
        pytest.skip(BROWSER_MISSING)
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        # The connections the test opened under Playwright's event loop: left
        # open, PostgreSQL refused to drop the test database at the end.
        connections.close_all()


@pytest.fixture
def portal(live_server):
    """The live server, with the demo content (restored before each browser test
    by the serialized rollback set up in tests/conftest.py)."""
    return live_server


@pytest.fixture
def page(browser, portal):
    context = browser.new_context(base_url=portal.url, locale="fr-FR")
    context.set_default_timeout(10_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def log_in(page):
    def log_in_as(email, password=None, *, already_on_login_page=False):
        if not already_on_login_page:
            page.goto("/comptes/login/")
        page.get_by_label("E-mail").fill(email)
        page.get_by_label("Mot de passe").fill(password or settings.PORTAL_DEMO_PASSWORD)
        page.get_by_role("button", name="Connexion").click()
        page.wait_for_url(lambda url: "/comptes/login/" not in url)
        return page

    return log_in_as


def axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
    )
    return results.violations_count, results.generate_report()


@pytest.fixture
def assert_accessible():
    def check(page):
        count, report = axe_violations(page)
        assert count == 0, f"axe-core: {page.url}\n{report}"

    return check


def pytest_terminal_summary(terminalreporter):
    if not os.path.exists(CHROMIUM) and os.environ.get("REQUIRE_BROWSER") != "1":
        terminalreporter.write_line(BROWSER_MISSING, yellow=True, bold=True)
