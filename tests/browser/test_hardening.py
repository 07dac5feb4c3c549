"""The Content Security Policy blocks nothing the portal itself needs: the front
end with Wagtail's user bar, and the admin's page editor."""

from home.models import NewsPage


def record_csp_violations(page):
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    return violations


def test_front_end_and_admin_editor_run_without_csp_violations(page, log_in):
    violations = record_csp_violations(page)
    log_in("admin@valdoise.fr")

    page.goto("/actualites/forum-interdepartemental-amiens-2019/")
    page.locator("wagtail-userbar").wait_for(state="attached")
    news = NewsPage.objects.get(slug="forum-interdepartemental-amiens-2019")
    page.goto(f"/admin/pages/{news.pk}/edit/")
    page.get_by_label("Date de publication").first.wait_for()

    assert page.evaluate("typeof window.wagtailConfig") == "object"
    assert violations == []


def test_the_home_page_and_the_admin_dashboard_log_no_console_error(page, log_in):
    # A missing favicon and the admin's call to releases.wagtail.org (refused by
    # the CSP) each logged an error on every page.
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    log_in("admin@valdoise.fr")
    page.goto("/")
    page.wait_for_load_state("networkidle")
    page.goto("/admin/")
    page.wait_for_load_state("networkidle")
    assert errors == []
