import re

from playwright.sync_api import expect

from home.demo import DEMO_ACCOUNTS

AGENT_EMAIL = DEMO_ACCOUNTS[0][0]


def test_agent_types_a_pitch_sees_the_estimate_move_and_runs_the_timer(page, log_in, assert_accessible):
    log_in(AGENT_EMAIL)
    page.goto("/outils/pitch/nouveau/")
    assert_accessible(page)
    duration = page.locator('[data-estimate="duration"]')
    expect(duration).to_have_text("0:00")

    page.get_by_label("Titre").fill("Un album de vie")
    drama = page.get_by_label("Le drame (pourquoi)")
    drama.click()
    page.keyboard.type("Les enfants confiés perdent leurs souvenirs quand ils changent de famille.")
    expect(page.locator('[data-estimate="words"]')).to_have_text("11")
    expect(duration).to_have_text("0:06")
    expect(page.locator('[data-estimate="warning"]')).to_be_hidden()

    # Past three minutes at the chosen rate, the warning shows.
    page.get_by_label("La solution (quoi)").fill("mot " * 200)
    page.get_by_label("Débit (mots par minute)").fill("60")
    expect(duration).to_have_text("3:31")
    expect(page.locator('[data-estimate="warning"]')).to_be_visible()

    timer = page.locator("[data-timer-display]")
    expect(timer).to_have_text("3:00")
    page.get_by_role("button", name="Démarrer").focus()
    page.keyboard.press("Enter")
    expect(timer).to_have_text(re.compile(r"2:5\d"), timeout=3000)
    page.get_by_role("button", name="Passer aux questions").click()
    expect(page.locator("[data-timer-phase]")).to_have_text("Questions du jury")
    expect(timer).to_have_text(re.compile(r"(5:00|4:5\d)"))
    page.get_by_role("button", name="Pause").click()
    page.get_by_role("button", name="Réinitialiser").click()
    expect(timer).to_have_text("3:00")

    page.get_by_label("Débit (mots par minute)").fill("130")
    page.get_by_role("button", name="Enregistrer dans mon espace").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Un album de vie")
    expect(page.locator('[data-estimate="duration"]')).to_have_text("1:38")


def test_index_method_page_and_tools_have_no_accessibility_violations(page, log_in, assert_accessible):
    log_in(AGENT_EMAIL)
    page.goto("/boite-a-outils/")
    assert_accessible(page)
    page.get_by_role("link", name=re.compile(r"^Comprendre")).click()
    page.get_by_role("link", name=re.compile(r"^Facile")).click()
    assert "phase=comprendre" in page.url
    assert "difficulte=facile" in page.url
    assert_accessible(page)
    page.get_by_role("link", name="Personas", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Personas")
    assert_accessible(page)

    page.goto("/outils/espace/")
    assert_accessible(page)
    page.get_by_role("link", name="Atelier accueil des usagers", exact=True).click()
    expect(page.locator(".persona-card")).to_have_count(2)
    assert_accessible(page)

    page.goto("/outils/espace/")
    page.get_by_role("link", name="World café : la mobilité des agents", exact=True).click()
    assert_accessible(page)
    page.get_by_role("button", name="Partager par un lien").click()
    shared_link = page.locator("#share-link").input_value()
    page.goto(shared_link)
    assert_accessible(page)
    page.goto("/outils/personas/nouveau/")
    assert_accessible(page)
    page.goto("/outils/world-cafe/nouveau/")
    assert_accessible(page)


def test_printing_a_new_pitch_prints_what_is_typed_not_none(page, log_in):
    log_in(AGENT_EMAIL)
    page.goto("/outils/pitch/nouveau/")
    page.emulate_media(media="print")
    printed = page.locator(".print-only")
    expect(printed).not_to_contain_text("None")
    expect(page.locator('[data-pitch-print="drama"]')).to_have_text("—")

    page.emulate_media(media="screen")
    page.get_by_label("Le drame (pourquoi)").fill("Les souvenirs se perdent.\nÀ chaque déménagement.")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    expect(page.locator('[data-pitch-print="drama"]')).to_have_text("Les souvenirs se perdent.\nÀ chaque déménagement.")
    expect(page.locator('[data-pitch-print="solution"]')).to_have_text("—")


def test_the_timer_keeps_the_keyboard_focus_when_its_last_phase_ends(page, log_in):
    log_in(AGENT_EMAIL)
    page.clock.install()
    page.goto("/outils/pitch/nouveau/")
    page.get_by_role("button", name="Démarrer").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Pause")).to_be_focused()
    page.clock.run_for("08:01")  # the pitch, then the jury's questions
    expect(page.locator("[data-timer-display]")).to_have_text("0:00")
    expect(page.get_by_role("button", name="Réinitialiser")).to_be_focused()


def test_tools_reflow_at_320_pixels_even_with_a_very_long_word(page, log_in):
    log_in(AGENT_EMAIL)
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto("/outils/world-cafe/nouveau/")
    page.get_by_label("Titre").fill("Plan étroit")
    page.get_by_label("Questions, une par tour").fill("x" * 3000)
    page.get_by_role("button", name=re.compile("Enregistrer")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Plan étroit")
    plan_url = page.url
    for url in [plan_url, "/outils/pitch/nouveau/", "/outils/espace/", "/outils/personas/nouveau/"]:
        page.goto(url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, url


def test_persona_errors_of_the_set_and_of_a_persona_share_one_focused_summary(page, log_in, assert_accessible):
    log_in(AGENT_EMAIL)
    page.goto("/outils/personas/nouveau/")
    page.get_by_label("Citation").fill("Je n'ai jamais le temps.")  # a persona begun, without its name
    page.get_by_role("button", name="Enregistrer dans mon espace").click()
    summary = page.locator("#form-errors")
    expect(summary).to_have_count(1)
    expect(summary).to_be_focused()
    assert_accessible(page)
    summary.get_by_role("link", name="Nouvelle persona : Prénom ou surnom").click()
    expect(page.locator("#id_personas-0-name")).to_be_focused()
    page.locator("#form-errors").get_by_role("link", name="Nom de l'atelier").click()
    expect(page.locator("#id_title")).to_be_focused()
