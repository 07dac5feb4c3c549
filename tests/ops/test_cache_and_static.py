"""Redis cache when REDIS_URL is set; static files with hashed names through WhiteNoise."""

import re
import socket
import subprocess

import pytest
from django.test import Client

from .conftest import ROOT, production_env

REDIS_URL = "redis://127.0.0.1:6379/15"


def redis_reachable():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.mark.skipif(not redis_reachable(), reason="pas de Redis local sur 127.0.0.1:6379")
def test_production_caches_and_stores_sessions_in_redis_when_redis_url_is_set(run_production):
    code = (
        "import django, uuid; django.setup(); "
        "from django.conf import settings; from django.core.cache import caches; cache = caches['default']; "
        "key = f'test-{uuid.uuid4()}'; cache.set(key, 'é', 30); "
        "import redis; raw = redis.Redis.from_url(settings.REDIS_URL); "
        "print(cache.get(key), type(cache).__name__, settings.SESSION_ENGINE, bool(raw.keys('portail:*' + key))); "
        "cache.delete(key)"
    )

    result = run_production(code=code, REDIS_URL=REDIS_URL)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["é", "RedisCache", "django.contrib.sessions.backends.cached_db", "True"]


def test_collected_static_files_are_served_with_hashed_names(settings, tmp_path, agent_client, db):
    static_root = tmp_path / "static"
    collect = subprocess.run(  # noqa: S603
        [str(ROOT / ".venv" / "bin" / "python"), "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=production_env(STATIC_ROOT=str(static_root)),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert collect.returncode == 0, collect.stderr
    settings.STATIC_ROOT = static_root
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }

    client = Client()  # a new handler, so WhiteNoise scans the collected files
    client.cookies = agent_client.cookies
    html = client.get("/").content.decode()
    stylesheet = re.search(r'href="(/static/css/portal\.[0-9a-f]{12}\.css)"', html)

    assert stylesheet, "le gabarit doit pointer vers le nom haché de la feuille de style"
    response = client.get(stylesheet.group(1), HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert response["Content-Encoding"] == "gzip"
    assert (static_root / "staticfiles.json").exists()
