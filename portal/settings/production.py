"""Production: served by gunicorn (gunicorn.conf.py) behind a TLS proxy.

Secrets come from the environment. Every HTTPS-only protection is on by
default; SECURE_SSL_REDIRECT=0 and SECURE_COOKIES=0 exist only for plain HTTP
on loopback (the benchmark) and must stay on anywhere else."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")

# The TLS proxy says which requests came in over HTTPS.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^sante/$"]  # the proxy's health check may use plain HTTP
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Preloading is a commitment for a whole public domain, which an intranet
    # host rarely controls: it stays an explicit choice (SECURE_HSTS_PRELOAD=1).
    SILENCED_SYSTEM_CHECKS = ["security.W021"]

SECURE_COOKIES = env_bool("SECURE_COOKIES", True)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
LANGUAGE_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(60 * 60 * 10)))  # a working day

if "CSP_REPORT_ONLY" in os.environ and env_bool("CSP_REPORT_ONLY"):
    # To try a new policy on a live site: browsers report, nothing is blocked.
    CONTENT_SECURITY_POLICY_REPORT_ONLY = CONTENT_SECURITY_POLICY
    CONTENT_SECURITY_POLICY = None

ADMINS = [("Exploitation", address) for address in env_list("ADMIN_EMAILS")]
