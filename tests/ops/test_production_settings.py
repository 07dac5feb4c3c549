"""The production settings: `check --deploy` is clean and every protection can
be tuned from the environment."""


def test_deploy_check_is_clean_with_production_settings(run_production):
    result = run_production("check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(run_production):
    result = run_production("check", SECRET_KEY="")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_defaults_are_https_only(production_settings):
    values = production_settings(
        [
            "DEBUG",
            "SECURE_SSL_REDIRECT",
            "SECURE_HSTS_SECONDS",
            "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE",
            "X_FRAME_OPTIONS",
            "SECURE_CONTENT_TYPE_NOSNIFF",
            "SECURE_REFERRER_POLICY",
        ]
    )

    assert values == {
        "DEBUG": False,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "X_FRAME_OPTIONS": "DENY",
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "same-origin",
    }


def test_protections_are_configurable_from_the_environment(production_settings):
    values = production_settings(
        ["SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SESSION_COOKIE_SECURE", "SECURE_REFERRER_POLICY", "CACHES"],
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="600",
        SECURE_COOKIES="0",
        REFERRER_POLICY="no-referrer",
    )

    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["SECURE_HSTS_SECONDS"] == 600
    assert values["SESSION_COOKIE_SECURE"] is False
    assert values["SECURE_REFERRER_POLICY"] == "no-referrer"
    assert values["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")


def test_sqlite_connections_are_kept_between_requests_as_on_postgresql(production_settings, tmp_path):
    sqlite_url = f"sqlite:///{tmp_path / 'portail.sqlite3'}"

    kept = production_settings(["DATABASES"], DATABASE_URL=sqlite_url)["DATABASES"]["default"]
    closed = production_settings(["DATABASES"], DATABASE_URL=sqlite_url, DATABASE_CONN_MAX_AGE="0")

    assert kept["CONN_MAX_AGE"] == 60
    assert "journal_mode=WAL" in kept["OPTIONS"]["init_command"]
    assert kept["OPTIONS"]["timeout"] == 20
    assert closed["DATABASES"]["default"]["CONN_MAX_AGE"] == 0
