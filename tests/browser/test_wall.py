"""The idea wall and an idea's discussion in a browser, checked with axe-core."""

from ideas.models import IdeaCallPage


def test_an_agent_supports_an_idea_on_the_wall_and_the_screens_are_accessible(page, log_in, assert_accessible):
    call = IdeaCallPage.objects.get(slug="appel-a-idees-ouvert")
    log_in("agent@somme.fr")
    page.goto(call.url)
    wall = page.locator("#mur")
    assert wall.get_by_role("heading", name="Le mur des idées").is_visible()
    assert_accessible(page)

    card = wall.locator("li.idea-card", has_text="Un parrainage")
    before = card.locator(".idea-card__counts").inner_text()
    card.get_by_role("button", name="Je soutiens").click()
    card = page.locator("#mur li.idea-card", has_text="Un parrainage")
    assert card.get_by_role("button", name="Retirer mon soutien").is_visible()
    assert card.locator(".idea-card__counts").inner_text() != before

    page.get_by_label("Département").select_option(label="Département du Nord")
    page.get_by_role("button", name="Filtrer").click()
    assert "departement=" in page.url
    assert page.locator("#mur li.idea-card", has_text="covoiturage").count() == 0

    card = page.locator("#mur li.idea-card", has_text="Un parrainage")
    card.get_by_role("link", name="Un parrainage des nouveaux assistants familiaux", exact=True).click()
    page.get_by_label("Votre commentaire").fill("Très bonne idée pour nos salles d'attente.")
    page.get_by_role("button", name="Publier mon commentaire").click()
    assert page.get_by_text("Très bonne idée pour nos salles d'attente.").is_visible()
    assert_accessible(page)


def test_an_agent_reports_a_comment_with_a_reason_by_keyboard(page, log_in, assert_accessible):
    from playwright.sync_api import expect

    from ideas.models import CommentReport, IdeaComment

    comment = IdeaComment.objects.filter(hidden_at__isnull=True).exclude(author__email="agent@somme.fr").first()
    log_in("agent@somme.fr")
    page.goto(f"/idees/{comment.idea_id}/echanges/")
    report = page.locator(f"#commentaire-{comment.pk} .report-comment")
    report.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Motif, pour les modérateurs (facultatif)")).to_be_visible()
    assert_accessible(page)
    page.keyboard.press("Tab")
    page.keyboard.type("Hors sujet")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator(f"#commentaire-{comment.pk}").get_by_text("Vous l'avez signalé")).to_be_visible()
    assert CommentReport.objects.get(comment=comment).reason == "Hors sujet"
