from toolbox.models.diagnosis import DiagnosisSession, DiagnosisSubPractice

AGENT_EMAIL = "agent@somme.fr"
EVIDENCE = "Deux ateliers avec des usagers du service routier en 2026, comptes rendus diffusés."


def somme_session(status):
    return DiagnosisSession.objects.filter(organisation__name="Département de la Somme", status=status).order_by(
        "-held_on"
    )[0]


def choose_level_with_arrows(page, subpractice, steps):
    """From « Pas encore estimé », each arrow press selects the next level, as a keyboard user does."""
    page.locator(f"#sous-pratique-{subpractice.pk} input[type=radio][value='']").focus()
    for _step in range(steps):
        page.keyboard.press("ArrowDown")


def test_a_group_fills_part_of_a_session_with_the_keyboard(page, log_in):
    draft = somme_session(DiagnosisSession.Status.DRAFT)
    prototyping = DiagnosisSubPractice.objects.get(title="Le prototypage rapide")
    needs = DiagnosisSubPractice.objects.get(title="Partir des besoins réels des usagers")
    log_in(AGENT_EMAIL)
    page.goto("/outils/autodiagnostic/")
    page.get_by_role("link", name=draft.title).focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{draft.pk}/questionnaire/")

    choose_level_with_arrows(page, needs, 3)
    page.keyboard.press("Tab")  # past the other levels, to the evidence
    for _level in range(5):
        if page.evaluate("document.activeElement.tagName") == "TEXTAREA":
            break
        page.keyboard.press("Tab")
    page.keyboard.type(EVIDENCE)
    choose_level_with_arrows(page, prototyping, 2)  # a level, but no facts yet: completing is refused
    page.get_by_role("button", name="Terminer le diagnostic").focus()
    page.keyboard.press("Enter")

    alert = page.get_by_role("alert")
    assert "Rien n'a été enregistré" in alert.inner_text()
    assert "Le prototypage rapide" in alert.inner_text()
    assert page.locator(f"#id_evidence_{needs.pk}").input_value() == EVIDENCE
    assert page.locator(f"#sous-pratique-{needs.pk} input[value='3']").is_checked()
    assert page.locator(f"#sous-pratique-{prototyping.pk} input[value='2']").is_checked()

    alert.get_by_role("link", name="Le prototypage rapide").focus()
    page.keyboard.press("Enter")
    page.locator(f"#id_evidence_{prototyping.pk}").focus()
    page.keyboard.type("Une maquette filmée de la future déchetterie.")
    page.get_by_role("button", name="Enregistrer le brouillon").focus()
    page.keyboard.press("Enter")
    page.get_by_text("Brouillon enregistré").wait_for()

    levels = dict(draft.ratings.values_list("subpractice__title", "level"))
    assert levels["Partir des besoins réels des usagers"] == 3
    assert levels["Le prototypage rapide"] == 2


def test_diagnosis_pages_have_no_accessibility_violations(page, log_in, assert_accessible):
    log_in(AGENT_EMAIL)
    page.goto("/outils/autodiagnostic/")
    assert_accessible(page)
    page.goto(f"/outils/autodiagnostic/{somme_session(DiagnosisSession.Status.DRAFT).pk}/questionnaire/")
    assert_accessible(page)
    page.goto(f"/outils/autodiagnostic/{somme_session(DiagnosisSession.Status.COMPLETED).pk}/")
    assert page.locator("svg[role=img] title").count() == 8
    assert_accessible(page)


def test_a_draft_keeps_a_level_whose_facts_are_not_written_yet(page, log_in):
    draft = somme_session(DiagnosisSession.Status.DRAFT)
    prototyping = DiagnosisSubPractice.objects.get(title="Le prototypage rapide")
    log_in(AGENT_EMAIL)
    page.goto(f"/outils/autodiagnostic/{draft.pk}/questionnaire/")
    choose_level_with_arrows(page, prototyping, 2)  # a level, but no facts yet
    page.get_by_role("button", name="Enregistrer le brouillon").focus()
    page.keyboard.press("Enter")

    page.get_by_text("Brouillon enregistré").wait_for()
    assert "1 niveau attend encore les faits" in page.locator(".messages").inner_text()
    assert page.locator(f"#sous-pratique-{prototyping.pk} input[value='2']").is_checked()
    assert draft.ratings.get(subpractice=prototyping).level == 2

    page.get_by_role("button", name="Terminer le diagnostic").click()
    alert = page.get_by_role("alert")
    assert "Le prototypage rapide" in alert.inner_text()
    draft.refresh_from_db()
    assert not draft.is_completed
