from django.core.cache import cache

from portal.settings import base


def test_repeated_failed_logins_are_refused_in_french(client, settings, db):
    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS
    cache.clear()
    credentials = {"login": "agent@somme.fr", "password": "pas-le-bon-mot-de-passe"}

    for _attempt in range(5):
        response = client.post("/comptes/login/", credentials)
        assert "Trop de tentatives" not in response.content.decode()
    response = client.post("/comptes/login/", credentials)

    assert "Trop de tentatives de connexion échouées" in response.content.decode()
    # Even the right password is refused while the limit holds.
    response = client.post("/comptes/login/", {**credentials, "password": "Innovation-2019"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    cache.clear()


def test_the_login_rate_limit_comes_from_the_environment(production_settings):
    values = production_settings(["ACCOUNT_RATE_LIMITS"], LOGIN_RATE_LIMIT="3/m/ip")

    assert values["ACCOUNT_RATE_LIMITS"] == {"login_failed": "3/m/ip"}
