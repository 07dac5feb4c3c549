from django.test import RequestFactory
from django.views.defaults import server_error


def test_server_error_page_is_self_contained_and_in_french():
    response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Une erreur est survenue" in html
    assert '<html lang="fr">' in html
    assert "{%" not in html
