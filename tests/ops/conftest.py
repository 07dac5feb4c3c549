import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_SECRET = "s3cr3t-for-tests-Zq8v0dVb4NwXy7LmPk2RtGhJ5sQeUiOaYcF6"


def production_env(**overrides):
    """The environment of a production process started by a test."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "SECURE_", "REDIS_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=PRODUCTION_SECRET,
        ALLOWED_HOSTS="portail.example.fr",
    )
    env.update(overrides)
    return env


@pytest.fixture
def run_production():
    """Run manage.py (or `python -c CODE`) with the production settings in a subprocess."""

    def run(*args, code=None, **env_overrides):
        command = [sys.executable, "-c", code] if code else [sys.executable, "manage.py", *args]
        return subprocess.run(  # noqa: S603
            command, cwd=ROOT, env=production_env(**env_overrides), capture_output=True, text=True, timeout=120
        )

    return run


@pytest.fixture
def production_settings(run_production):
    """The values of some settings as the production settings compute them."""

    def read(names, **env_overrides):
        code = (
            "import django, json; django.setup(); from django.conf import settings; "
            f"print(json.dumps({{n: getattr(settings, n, None) for n in {list(names)!r}}}, default=str))"
        )
        result = run_production(code=code, **env_overrides)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1])

    return read
