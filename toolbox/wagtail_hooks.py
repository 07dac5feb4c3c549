"""Admin registration for the toolbox (Wagtail viewsets only)."""
