"""Middleware for running the portal in production and measuring it."""

import time

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.db import connections


class AreaCSPMiddleware(CSPMiddleware):
    """django-csp with a second, looser policy for the Wagtail admin.

    The front end has no inline script or style; Wagtail's admin still has a few
    inline scripts (date pickers, inline panels), inline styles and a
    same-origin preview frame. Only paths under CSP_ADMIN_PREFIXES get
    CONTENT_SECURITY_POLICY_ADMIN instead of CONTENT_SECURITY_POLICY, and so
    do the admin's previews: Wagtail renders them through a dummy request to
    the page's public path, whose policy (frame-ancestors 'none') kept the
    editor's preview panel blank."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        policy_setting = "CONTENT_SECURITY_POLICY_REPORT_ONLY" if report_only else "CONTENT_SECURITY_POLICY"
        admin_policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
        prefixes = tuple(getattr(settings, "CSP_ADMIN_PREFIXES", ()))
        if (
            parts.config is None  # a view's own @csp decorator wins
            and getattr(settings, policy_setting, None)
            and admin_policy
            and prefixes
            and (request.path_info.startswith(prefixes) or getattr(request, "is_dummy", False))
        ):
            parts.config = admin_policy["DIRECTIVES"]
        return parts


class QueryCountMiddleware:
    """Adds X-Query-Count and X-Server-Time-Ms to every response, for `make bench`.

    Installed only when BENCH_QUERY_COUNT=1: it must be the outermost middleware
    so that sessions, authentication and WhiteNoise are counted and timed too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        counter = _Counter()
        started = time.perf_counter()
        wrappers = [connection.execute_wrapper(counter) for connection in connections.all()]
        for wrapper in wrappers:
            wrapper.__enter__()
        try:
            response = self.get_response(request)
        finally:
            for wrapper in reversed(wrappers):
                wrapper.__exit__(None, None, None)
        response["X-Query-Count"] = str(counter.count)
        response["X-Server-Time-Ms"] = f"{(time.perf_counter() - started) * 1000:.3f}"
        return response


class _Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)
