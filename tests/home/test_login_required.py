import pytest
from django.urls import reverse
from wagtail.models import Page

pytestmark = pytest.mark.django_db

PUBLIC_URLS = [
    "/robots.txt",
    "/sante/",
    "/comptes/login/",
    "/comptes/signup/",
    "/comptes/password/reset/",
]


def front_end_urls():
    urls = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    urls += [
        reverse("search:search"),
        reverse("search:search") + "?q=forum",
        "/documents/1/fichier.pdf",
        "/une-page-inconnue/",
    ]
    return urls


def test_anonymous_visitor_is_sent_to_login_from_every_front_end_url(client):
    urls = front_end_urls()
    assert len(urls) >= 9
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("account_login") + "?next="), url


def test_anonymous_visitor_is_sent_to_login_from_the_admin(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_login_signup_password_reset_and_robots_are_reachable_anonymously(client, url):
    assert client.get(url).status_code == 200


def test_robots_txt_disallows_all_indexing(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /" in response.content.decode()


def test_logged_in_agent_sees_every_live_page(agent_client):
    for page in Page.objects.live().filter(depth__gt=1):
        assert agent_client.get(page.url).status_code == 200, page.url


def test_unknown_page_gives_the_portal_404_page(agent_client):
    response = agent_client.get("/une-page-inconnue/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()
