"""Admin registration for the toolbox (Wagtail viewsets only)."""

from . import diagnosis_admin  # noqa: E402,F401
