"""The jury screens in a browser: the jury-day timer on the projector, the
ranking and the scoring form, checked with axe-core."""

from ideas.models import Idea, IdeaCallPage, IdeaState


def test_the_jury_day_timer_runs_the_pitch_then_the_questions(page, log_in, assert_accessible):
    forum = IdeaCallPage.objects.get(slug="forum-interdepartemental-2019")
    page.clock.install()
    log_in("coordination@somme.fr")
    page.goto(f"/idees/jury/appel/{forum.pk}/journee/")
    clock = page.locator("[data-timer-clock]")
    assert clock.inner_text() == "3:00"
    assert page.get_by_role("heading", level=2).first.inner_text()
    assert_accessible(page)

    page.get_by_role("button", name="Lancer le pitch").click()
    page.clock.run_for("01:00")
    assert clock.inner_text() == "2:00"
    page.clock.run_for("02:01")
    assert page.locator("[data-timer-phase]").inner_text() == "Questions du jury"
    assert clock.inner_text() in {"5:00", "4:59"}
    page.clock.run_for("05:01")
    assert page.locator("[data-timer-phase]").inner_text() == "Temps écoulé : équipe suivante"
    assert clock.inner_text() == "0:00"

    page.get_by_role("link", name="Équipe suivante").click()
    assert "Équipe 2 sur 15" in page.content()


def test_the_ranking_and_the_scoring_form_are_accessible(page, log_in, assert_accessible):
    forum = IdeaCallPage.objects.get(slug="forum-interdepartemental-2019")
    log_in("coordination@somme.fr")
    page.goto(f"/idees/jury/appel/{forum.pk}/deliberation/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Feuille de délibération")
    assert_accessible(page)

    preselected = Idea.objects.create(call=forum, title="Une idée à noter", state=IdeaState.PRESELECTED)
    page.context.clear_cookies()
    log_in("jury@oise.fr")
    page.goto(f"/idees/jury/idee/{preselected.pk}/")
    page.get_by_role("radio", name="4").first.check()
    assert_accessible(page)
