"""Settings shared by every environment.

Everything that differs between machines comes from the environment, with
defaults that let `make run` work on a fresh clone with no variable set.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "network",
    "toolbox",
    "ideas",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "csp",
    "ops",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "ops.middleware.AreaCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.FrenchFirstLocaleMiddleware",
    "home.middleware.StripNulBytesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # An intranet: every view needs a login unless marked login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "home.middleware.AdminAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"
FORM_RENDERER = "home.forms.PortalFormRenderer"

# Database: SQLite by default, anything dj-database-url understands otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one writer commits; IMMEDIATE transactions
    # and a busy timeout make concurrent writers wait instead of failing.
    # Connections are kept (DATABASE_CONN_MAX_AGE) as on PostgreSQL: opening
    # one per request cost about 3 ms (the WAL pragma, and SQLite's page cache
    # started empty each time), a quarter of a light page.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    session_settings = []
    if not env_bool("DATABASE_JIT", False):
        # PostgreSQL's JIT compiles the plan of any query it estimates costly, such as
        # a full-text search over tens of thousands of entries: compiling took
        # longer than running it (≈150 of 300 ms for a common word at bench scale 10).
        session_settings.append("-c jit=off")
    # Parallel workers: the planner gives the site search's ranking query two
    # (the only query of the bench's pages that gets any), and starting them
    # costs more than they save on queries of tens of milliseconds, while
    # taking cores from the other requests: without them that query runs in
    # 9-13 instead of 27-28 ms for "forum" and 31-49 instead of 51-59 ms for
    # "innovation" (min of 10 alternated runs, bench scales 1 and 10).
    parallel_workers = int(os.environ.get("DATABASE_PARALLEL_WORKERS", "0"))
    session_settings.append(f"-c max_parallel_workers_per_gather={parallel_workers}")
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = " ".join(session_settings)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # First, for permissions only (one query instead of two on every page).
    "home.auth.OneQueryPermissionsBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts (django-allauth): email login, verified addresses, sign-up open
# only to the email domains listed on each organisation in the admin.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_EMAIL_SUBJECT_PREFIX = os.environ.get("EMAIL_SUBJECT_PREFIX", "[Réseau innovation] ")
ACCOUNT_ADAPTER = "network.signup.DomainRestrictedAccountAdapter"
# Failed logins per IP and per address (allauth's syntax: count/period/scope).
ACCOUNT_RATE_LIMITS = {"login_failed": os.environ.get("LOGIN_RATE_LIMIT", "10/m/ip,5/5m/key")}
SOCIALACCOUNT_ADAPTER = "network.signup.DomainRestrictedSocialAccountAdapter"
SOCIALACCOUNT_ONLY = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True

# OpenID Connect single sign-on, switched on when a provider is configured.
OIDC_SERVER_URL = os.environ.get("OIDC_SERVER_URL", "")
SOCIALACCOUNT_PROVIDERS = {}
if OIDC_SERVER_URL:
    SOCIALACCOUNT_PROVIDERS["openid_connect"] = {
        "APPS": [
            {
                "provider_id": os.environ.get("OIDC_PROVIDER_ID", "sso"),
                "name": os.environ.get("OIDC_PROVIDER_NAME", "Connexion unique"),
                "client_id": os.environ.get("OIDC_CLIENT_ID", ""),
                "secret": os.environ.get("OIDC_CLIENT_SECRET", ""),
                "settings": {"server_url": OIDC_SERVER_URL},
            }
        ],
        "OAUTH_PKCE_ENABLED": True,
    }

# Internationalisation: French first, English available.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Templates write dates with DATE_FORMAT, DATETIME_FORMAT and TIME_FORMAT, each
# language's own (portal/formats/<language>/formats.py).
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = False
# Addresses in plain letters, as the demo's: « appel-a-idees », not « appel-à-idées ».
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Static and media files.
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
STORAGES = {
    "default": {"BACKEND": os.environ.get("MEDIA_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage")},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Email: console in development, SMTP when EMAIL_HOST is set.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Réseau innovation <ne-pas-repondre@reseau-innovation.test>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Cache: Redis when REDIS_URL is set (shared by every application server, and
# then sessions are cached there too), local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portail"),
            "TIMEOUT": int(os.environ.get("CACHE_TIMEOUT", "300")),
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Security headers, on in every environment; production.py adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = os.environ.get("REFERRER_POLICY", "same-origin")
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# django-permissions-policy: no page of the portal needs these browser features.
PERMISSIONS_POLICY = {
    feature: []
    for feature in env_list(
        "PERMISSIONS_POLICY_DENY",
        "accelerometer,camera,display-capture,geolocation,gyroscope,magnetometer,microphone,midi,payment,usb",
    )
}
# django-csp 4: the front end loads scripts, styles, fonts and images from itself
# only, with no inline script or style. Extra origins come from the environment
# (e.g. CSP_FRAME_SRC for video embeds, CSP_IMG_SRC for a media CDN).
_CSP_SELF = "'self'"
_OIDC_ORIGIN = os.environ.get("OIDC_SERVER_URL", "").split("/.well-known")[0]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_CSP_SELF],
        "script-src": [_CSP_SELF, *env_list("CSP_SCRIPT_SRC")],
        "style-src": [_CSP_SELF, *env_list("CSP_STYLE_SRC")],
        "img-src": [_CSP_SELF, "data:", *env_list("CSP_IMG_SRC")],
        "font-src": [_CSP_SELF],
        "connect-src": [_CSP_SELF],
        "frame-src": [_CSP_SELF, *env_list("CSP_FRAME_SRC")],
        "object-src": ["'none'"],
        "base-uri": [_CSP_SELF],
        # Single sign-on posts a form that redirects to the identity provider.
        "form-action": [_CSP_SELF, *([_OIDC_ORIGIN] if _OIDC_ORIGIN else [])],
        "frame-ancestors": ["'none'"],
        "report-uri": env_list("CSP_REPORT_URI") or None,
    }
}
# Wagtail's admin has inline scripts (date pickers, inline panels), inline
# styles and a same-origin preview frame: these relaxations stay under /admin/.
CSP_ADMIN_PREFIXES = ["/admin/"]
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [_CSP_SELF, "'unsafe-inline'", *env_list("CSP_SCRIPT_SRC")],
        "style-src": [_CSP_SELF, "'unsafe-inline'", *env_list("CSP_STYLE_SRC")],
        "img-src": [_CSP_SELF, "data:", "blob:", *env_list("CSP_IMG_SRC")],
        "frame-ancestors": [_CSP_SELF],
    }
}

# No avatars from Gravatar: it would leak a hash of each address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# `make bench` counts SQL queries and times each request on the server.
if env_bool("BENCH_QUERY_COUNT"):
    MIDDLEWARE.insert(0, "ops.middleware.QueryCountMiddleware")

# Search: Wagtail's database backend by default, in French on SQLite and
# PostgreSQL (search/backends/database.py; the PostgreSQL configurations are
# created by search/migrations); Elasticsearch or OpenSearch when SEARCH_URL is
# set, with a French default analyser (search/backends/elasticsearch.py).
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "elasticsearch9")
# Elasticsearch/OpenSearch index settings: French by default for every text field.
SEARCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": [
                        "l",
                        "m",
                        "t",
                        "qu",
                        "n",
                        "s",
                        "j",
                        "d",
                        "c",
                        "jusqu",
                        "quoiqu",
                        "lorsqu",
                        "puisqu",
                    ],
                },
                "french_stop": {"type": "stop", "stopwords": "_french_"},
                "french_stemmer": {"type": "stemmer", "language": "light_french"},
            },
            "analyzer": {
                # The analyser of every text field that names none.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "french_elision",
                        "lowercase",
                        "french_stop",
                        "asciifolding",
                        "french_stemmer",
                    ],
                },
                "autocomplete_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
            },
        }
    }
}
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "ENGINE": SEARCH_BACKEND,
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "portail_"),
            "TIMEOUT": 10,
            "OPTIONS": {},
            "INDEX_SETTINGS": SEARCH_INDEX_SETTINGS,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.database",
            "SEARCH_CONFIG": "french_unaccent",
            "AUTOCOMPLETE_CONFIG": "simple_unaccent",
        }
    }

# Wagtail.
WAGTAIL_SITE_NAME = "Réseau d'innovation publique"
# An intranet: the admin's dashboard does not ask releases.wagtail.org for news
# (the Content Security Policy refuses it anyway); updates come through requirements.txt.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "odp", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents open in the browser only for these types (served with a CSP that
# blocks any embedded script); every other type is downloaded as an attachment.
WAGTAILDOCS_INLINE_CONTENT_TYPES = env_list("DOCUMENTS_INLINE_CONTENT_TYPES", "application/pdf,text/plain")
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif", "svg"]

LANGUAGE_COOKIE_NAME = "portail_language"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

PORTAL_DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "Innovation-2019")
