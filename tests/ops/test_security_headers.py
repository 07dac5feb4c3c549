"""Security headers on the front end and in the admin, and what the front end's
HTML must not contain for its Content Security Policy to hold."""

import re

import pytest

from home import roles

FRONT_END_PAGES = ["/", "/actualites/", "/actualites/forum-interdepartemental-amiens-2019/", "/recherche/?q=forum"]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


@pytest.mark.parametrize("path", FRONT_END_PAGES)
def test_front_end_pages_send_every_security_header(agent_client, path):
    response = agent_client.get(path)

    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.parametrize("path", FRONT_END_PAGES)
def test_front_end_html_has_no_inline_script_or_style(client_as, path):
    # Logged in as an editor so that Wagtail's user bar is rendered too.
    html = client_as(roles.EDITORS).get(path).content.decode()

    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", html)
    assert not re.search(r"\son[a-z]+=", html)
    assert not re.search(r"\sstyle=", html)
    assert "javascript:" not in html


def test_admin_policy_relaxes_inline_scripts_only_under_admin(client_as):
    client = client_as(roles.ADMINISTRATORS)

    admin_policy = directives(client.get("/admin/"))
    front_policy = directives(client.get("/"))

    assert "'unsafe-inline'" in admin_policy["script-src"]
    assert admin_policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in front_policy["script-src"]


def test_login_page_is_protected_before_logging_in(client, db):
    response = client.get("/comptes/login/")

    assert response.status_code == 200
    assert directives(response)["form-action"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_admins_preview_of_a_page_may_be_framed_by_the_admin(rf, demo_user):
    # Wagtail renders a preview through a dummy request to the page's public
    # path; with the front end's policy the editor's preview panel stayed blank.
    from wagtail.models import Page

    page = Page.objects.get(url_path__endswith="/actualites/", depth=3).specific
    request = rf.get(f"/admin/pages/{page.pk}/edit/preview/")
    request.user = demo_user(roles.EDITORS)
    response = page.make_preview_request(request)

    assert response.status_code == 200
    assert directives(response)["frame-ancestors"] == ["'self'"]
