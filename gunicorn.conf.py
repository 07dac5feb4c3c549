"""gunicorn, the production server: `gunicorn -c gunicorn.conf.py`.

Every value can be changed from the environment; defaults suit one 2-core
machine behind a TLS proxy on the same host."""

import multiprocessing
import os

wsgi_app = "portal.wsgi:application"
raw_env = [f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'portal.settings.production')}"]

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", str(multiprocessing.cpu_count() * 2 + 1)))
# Threads let a worker overlap database and disk waits; requests stay short.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# Behind a proxy that keeps connections to gunicorn open (nginx's upstream
# keepalive closes them after 60 s idle), gunicorn must not close first: a
# request the proxy sends just as gunicorn drops the idle connection is reset
# (seen under load at 5 s). Idle connections wait in each worker's poller,
# not in a thread.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "75"))
# Recycle workers now and then so that a slow leak never takes a server down.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Only the local proxy may say a request came over HTTPS.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Bounds on request lines and headers, against oversized requests.
limit_request_line = 8190
limit_request_fields = 100
