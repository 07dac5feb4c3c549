"""Factories for every page type and snippet, one module per app."""
