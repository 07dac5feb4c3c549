import re

import pytest

from tests.factories.toolbox import MethodPageFactory
from toolbox.models import ToolboxIndexPage

AGENT_EMAIL = "agent@somme.fr"


@pytest.fixture
def method_page(portal):
    """Created before Chromium starts (list it first): once Playwright runs, this
    thread would open a database connection of its own that nothing closes."""
    return MethodPageFactory(
        parent=ToolboxIndexPage.objects.get(),
        title="Cartographie des usagers",
        slug="cartographie-des-usagers",
        summary="Dessiner le parcours des usagers pour repérer les points de friction.",
    )


def test_search_as_you_type_is_usable_with_the_keyboard(method_page, page, log_in, assert_accessible):
    log_in(AGENT_EMAIL)
    page.goto("/recherche/")
    box = page.get_by_role("combobox", name="Rechercher dans le portail")
    box.focus()
    page.keyboard.type("cartog", delay=30)
    option = page.get_by_role("option", name=re.compile("Cartographie des usagers"))
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert "suggestion" in page.get_by_role("status").last.text_content()
    assert_accessible(page)

    page.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    assert option.get_attribute("aria-selected") == "true"
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"

    page.keyboard.press("ArrowDown")  # reopens the list
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**/boite-a-outils/cartographie-des-usagers/")
    assert page.locator("h1").text_content().strip() == "Cartographie des usagers"


def test_search_page_with_results_and_without_is_accessible(method_page, page, log_in, assert_accessible):
    log_in(AGENT_EMAIL)
    page.goto("/recherche/")
    page.get_by_role("combobox", name="Rechercher dans le portail").fill("usager")
    page.keyboard.press("Enter")  # no option highlighted: a plain search
    page.wait_for_url(re.compile(r"/recherche/\?q=usager"))
    assert page.locator("mark", has_text="usagers").count() >= 1
    page.get_by_role("navigation", name="Filtrer par type").get_by_role("link", name=re.compile("Méthodes")).click()
    page.wait_for_url(re.compile("type=methodes"))
    assert_accessible(page)

    page.goto("/recherche/?q=photocopieuses+mutualisees")
    assert page.get_by_role("heading", name=re.compile("Aucun résultat")).is_visible()
    assert_accessible(page)
