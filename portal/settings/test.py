"""The test suite: fast hashing, local memory, plain static storage, mail in memory."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACCOUNT_RATE_LIMITS = False
MEDIA_ROOT = BASE_DIR / "tmp" / "test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"

# A file, not memory, for SQLite: the live server and concurrency tests use
# their own connections, as in production.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    (BASE_DIR / "tmp").mkdir(exist_ok=True)  # noqa: F405
    # Commands run with these settings outside pytest (`makemigrations --check`
    # reads the migration history) would otherwise create an empty db.sqlite3,
    # the file `make run` serves.
    if DATABASES["default"]["NAME"] == str(BASE_DIR / "db.sqlite3"):  # noqa: F405
        DATABASES["default"]["NAME"] = str(BASE_DIR / "tmp" / "test-commands.sqlite3")  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "tmp" / "test-db.sqlite3")}  # noqa: F405
