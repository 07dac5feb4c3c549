from home.demo import DEMO_ACCOUNTS

AGENT_EMAIL = DEMO_ACCOUNTS[0][0]
SECTIONS = ["Boîte à outils", "Appels à idées", "Réseau", "Retours d'expérience", "Recherche"]


def test_login_page_has_no_accessibility_violations(page, assert_accessible):
    page.goto("/comptes/login/")
    assert_accessible(page)


def test_anonymous_visitor_lands_on_login_then_back_where_they_were(page, log_in):
    page.goto("/boite-a-outils/")
    assert "/comptes/login/" in page.url
    log_in(AGENT_EMAIL, already_on_login_page=True)
    assert page.url.endswith("/boite-a-outils/")


def test_agent_logs_in_and_reaches_each_main_section(page, log_in, assert_accessible):
    log_in(AGENT_EMAIL)
    page.goto("/")
    assert_accessible(page)
    navigation = page.get_by_role("navigation", name="Navigation principale")
    for section in SECTIONS:
        navigation.get_by_role("link", name=section, exact=True).click()
        page.wait_for_load_state()
        assert page.locator("h1").count() == 1
        assert navigation.get_by_role("link", name=section, exact=True).get_attribute("aria-current") == "page"


def test_skip_link_is_the_first_stop_of_the_keyboard(page, log_in):
    log_in(AGENT_EMAIL)
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Aller au contenu"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_wrong_password_keeps_the_email_in_the_browser(page):
    page.goto("/comptes/login/")
    page.get_by_label("E-mail").fill(AGENT_EMAIL)
    page.get_by_label("Mot de passe").fill("pas-le-bon")
    page.get_by_role("button", name="Connexion").click()
    assert page.get_by_label("E-mail").input_value() == AGENT_EMAIL
    assert page.get_by_label("Mot de passe").input_value() == ""


# The language a screen reader uses for an element: its closest lang.
LANG_OF = "selector => document.querySelector(selector).closest('[lang]').lang"
CONTENT_PAGES = [
    "/",
    "/boite-a-outils/world-cafe/",
    "/retours-d-experience/cuisiner-autrement-cantines-colleges-somme/",
]


def test_in_english_french_content_is_marked_and_pages_stay_accessible(page, log_in, assert_accessible):
    log_in(AGENT_EMAIL)
    page.goto("/")
    page.get_by_label("Langue").select_option("en")
    page.get_by_role("button", name="Changer de langue").click()
    page.wait_for_load_state()
    for url in CONTENT_PAGES:
        page.goto(url)
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.evaluate(LANG_OF, ".skip-link") == "en"
        assert page.evaluate(LANG_OF, "h1") == "fr"
        assert page.evaluate(LANG_OF, ".main-nav li:first-child a") == "fr"
        assert page.evaluate(LANG_OF, ".main-nav li:last-child a") == "en"
        assert_accessible(page)
