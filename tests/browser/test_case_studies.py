from urllib.parse import parse_qs, urlparse

from django.conf import settings
from playwright.sync_api import expect

AGENT_EMAIL = "agent@somme.fr"
NOTICE = "Les résultats se mettent à jour dès qu’une case est cochée ou décochée."


def results_count(page):
    return page.locator(".case-study-results__count").inner_text()


def test_an_agent_narrows_the_case_studies_with_facets_and_shares_the_url(page, log_in, assert_accessible):
    log_in(AGENT_EMAIL)
    page.goto("/retours-d-experience/")
    assert_accessible(page)
    # Ticking a box applies the filter at once (the script submits the form).
    with page.expect_navigation():
        page.get_by_label("Pyrénées-Atlantiques (64)").check()
    assert "6 retours" in results_count(page)
    with page.expect_navigation():
        page.get_by_role("checkbox", name="Déploiement : 3 résultats").check()
    assert "3 retours" in results_count(page)
    assert page.get_by_role(
        "link", name="Pau Partage : des bénévoles du quartier pour les personnes âgées isolées"
    ).is_visible()
    query = parse_qs(urlparse(page.url).query)
    assert query["departement"] == ["64"]
    assert query["stade"] == ["deploiement"]
    # The keyboard user stays on the box they ticked.
    assert page.evaluate("document.activeElement.value") == "deploiement"
    # The URL is the whole state: opening it again shows the same results.
    shared = page.url
    page.goto("/")
    page.goto(shared)
    assert "3 retours" in results_count(page)
    assert page.get_by_role("checkbox", name="Déploiement : 3 résultats").is_checked()
    # Full-text search inside the filtered set, then clearing everything.
    page.get_by_label("Rechercher un retour d’expérience").fill("logement")
    page.get_by_role("button", name="Rechercher", exact=True).click()
    page.wait_for_load_state()
    assert "1 retour" in results_count(page)
    assert page.get_by_role("link", name="Histologe, le contrôle technique gratuit du logement").is_visible()
    page.get_by_role("link", name="Tout effacer").click()
    page.wait_for_load_state()
    assert "14 retours" in results_count(page)


def test_a_case_study_page_is_accessible_and_links_to_related_ones(page, log_in, assert_accessible):
    log_in(AGENT_EMAIL)
    page.goto("/retours-d-experience/poubelle-battle/")
    assert page.locator("h1").inner_text() == "Poubelle Battle : composter dans les immeubles"
    assert_accessible(page)
    related = page.get_by_role("region", name="Retours d’expérience proches")
    related.get_by_role("link").first.click()
    page.wait_for_load_state()
    assert "/retours-d-experience/" in page.url
    assert page.locator("h1").count() == 1


def test_the_sort_order_waits_for_the_search_button_and_the_boxes_say_they_apply_at_once(
    page, log_in, assert_accessible
):
    log_in(AGENT_EMAIL)
    page.goto("/retours-d-experience/")
    expect(page.get_by_text(NOTICE)).to_be_visible()
    first_url = page.url
    sort = page.get_by_label("Trier par")
    sort.focus()
    sort.select_option("date")
    # Changing the select leaves the user on it: no reload, focus kept.
    page.wait_for_timeout(300)
    assert page.url == first_url
    assert page.evaluate("document.activeElement.id") == "case-study-sort"
    page.get_by_role("button", name="Rechercher", exact=True).click()
    page.wait_for_load_state()
    assert parse_qs(urlparse(page.url).query)["tri"] == ["date"]
    expect(page.get_by_label("Trier par")).to_have_value("date")
    assert_accessible(page)


def test_without_javascript_the_notice_is_not_shown_and_the_filters_have_their_button(browser, portal):
    context = browser.new_context(base_url=portal.url, locale="fr-FR", java_script_enabled=False)
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        page.goto("/comptes/login/")
        page.get_by_label("E-mail").fill(AGENT_EMAIL)
        page.get_by_label("Mot de passe").fill(settings.PORTAL_DEMO_PASSWORD)
        page.get_by_role("button", name="Connexion").click()
        page.goto("/retours-d-experience/")
        expect(page.get_by_text(NOTICE)).to_be_hidden()
        page.get_by_label("Pyrénées-Atlantiques (64)").check()
        page.get_by_role("button", name="Appliquer les filtres").click()
        assert "6 retours" in results_count(page)
    finally:
        context.close()
