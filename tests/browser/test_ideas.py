"""An agent submits an idea end to end; a moderator declares it recevable in the admin."""

import re

from playwright.sync_api import expect

from ideas.models import Idea, IdeaState


def test_an_agent_submits_an_idea_and_a_moderator_declares_it_recevable(
    page, log_in, assert_accessible, browser, portal
):
    log_in("agent@somme.fr")
    page.goto("/appels-a-idees/appel-a-idees-ouvert/")
    assert_accessible(page)
    page.get_by_role("link", name="Proposer une idée").click()
    page.get_by_label("Titre").fill("Un accueil sans rendez-vous le samedi")
    page.get_by_label("Résumé").fill("Ouvrir l'accueil social un samedi par mois.")
    page.get_by_label("Le problème (pourquoi)").fill("Les usagers qui travaillent ne peuvent pas venir en semaine.")
    page.get_by_label("La solution (quoi)").fill("Un samedi matin par mois, sans rendez-vous.")
    page.get_by_label("La mise en œuvre (comment)").fill("Un test de trois mois dans une maison des solidarités.")
    page.get_by_label("Département", exact=True).select_option(label="Département de la Somme")
    page.get_by_label("Public concerné").fill("Les usagers qui travaillent.")
    assert_accessible(page)
    page.get_by_label(re.compile("J'accepte")).check()
    page.get_by_role("button", name="Soumettre mon idée").click()
    page.get_by_text("Votre idée est soumise").wait_for()
    idea = Idea.objects.get(title="Un accueil sans rendez-vous le samedi")
    assert idea.state == IdeaState.SUBMITTED
    page.goto("/idees/")
    assert_accessible(page)
    assert page.get_by_text(idea.reference).count() == 1

    moderator_page = browser.new_context(base_url=portal.url, locale="fr-FR").new_page()
    moderator_page.goto("/comptes/login/")
    moderator_page.get_by_label("E-mail").fill("moderation@lenord.fr")
    from django.conf import settings

    moderator_page.get_by_label("Mot de passe").fill(settings.PORTAL_DEMO_PASSWORD)
    moderator_page.get_by_role("button", name="Connexion").click()
    moderator_page.wait_for_url(lambda url: "/comptes/login/" not in url)
    moderator_page.goto(f"/admin/snippets/ideas/idea/inspect/{idea.pk}/")
    moderator_page.get_by_label("Nouvel état").select_option(label="Recevable")
    moderator_page.get_by_role("button", name="Appliquer").click()
    moderator_page.get_by_text("est maintenant « Recevable »").wait_for()
    idea.refresh_from_db()
    assert idea.state == IdeaState.ADMISSIBLE


def test_a_form_sent_back_with_errors_puts_the_keyboard_on_their_summary(page, log_in, assert_accessible):
    log_in("agent@somme.fr")
    page.goto("/appels-a-idees/appel-a-idees-ouvert/")
    page.get_by_role("link", name="Proposer une idée").click()
    page.get_by_label("Titre").fill("Une idée à compléter")
    page.get_by_role("button", name="Soumettre mon idée").click()
    summary = page.locator("#form-errors")
    summary.wait_for()
    assert page.evaluate("document.activeElement.id") == "form-errors"
    assert_accessible(page)
    summary.get_by_role("link", name="Le problème (pourquoi)").click()
    assert page.evaluate("document.activeElement.id") == "id_problem"
    assert page.get_by_label("Titre").input_value() == "Une idée à compléter"
    # Sent back a second time: the summary again, not the field of the link followed.
    page.get_by_label("Le problème (pourquoi)").fill("Les usagers attendent.")
    page.get_by_role("button", name="Soumettre mon idée").click()
    page.locator("#form-errors").wait_for()
    assert "#" not in page.url
    assert page.evaluate("document.activeElement.id") == "form-errors"


def test_a_long_paste_is_kept_whole_counted_and_refused_with_the_text_still_there(page, log_in, assert_accessible):
    log_in("agent@somme.fr")
    page.goto("/appels-a-idees/appel-a-idees-ouvert/")
    page.get_by_role("link", name="Proposer une idée").click()
    page.get_by_label("Titre").fill("Un texte trop long")
    problem = page.get_by_label("Le problème (pourquoi)")
    expect(page.locator("#id_problem_count")).to_have_text("Caractères : 0 sur 5\u202f000")
    text = "Les usagers attendent. " * 300  # 6,900 characters, 6,899 without the final space the server strips
    problem.focus()
    page.keyboard.insert_text(text)
    # The browser's maxlength would have cut the paste at 5,000.
    assert len(problem.input_value()) == len(text)
    expect(page.locator("#id_problem_count")).to_have_text(
        "Caractères : 6\u202f899 sur 5\u202f000, soit 1\u202f899 de trop"
    )
    assert "id_problem_count" in problem.get_attribute("aria-describedby")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    page.wait_for_load_state()
    expect(page.locator("#form-errors")).to_be_focused()
    problem = page.get_by_label("Le problème (pourquoi)")
    assert problem.input_value() == text
    expect(page.locator("#id_problem_count")).to_have_text(
        "Caractères : 6\u202f899 sur 5\u202f000, soit 1\u202f899 de trop"
    )
    assert_accessible(page)
    assert not Idea.objects.filter(title="Un texte trop long").exists()


def test_the_count_follows_what_the_server_counts_and_what_the_browser_restores(page, log_in):
    log_in("agent@somme.fr")
    page.goto("/appels-a-idees/appel-a-idees-ouvert/")
    page.get_by_role("link", name="Proposer une idée").click()
    form_url = page.url
    summary = page.get_by_label("Résumé")
    # An emoji is one character, and the spaces the server strips are not counted.
    summary.fill("  Des idées 🙂 \n\n")
    expect(page.locator("#id_summary_count")).to_have_text("Caractères : 11 sur 600")
    page.get_by_label("Le problème (pourquoi)").fill("x" * 5100)
    page.goto("/")
    page.go_back()
    page.wait_for_load_state("load")
    assert page.url == form_url
    # The browser restores the text after the page's scripts ran: the count follows.
    assert len(page.get_by_label("Le problème (pourquoi)").input_value()) == 5100
    expect(page.locator("#id_problem_count")).to_have_text("Caractères : 5\u202f100 sur 5\u202f000, soit 100 de trop")
