"""URLs for the rows of a long list, reversed once per list instead of once per row."""

from django.urls import reverse

_MARKER = 987654321


def pk_url_builder(name):
    """A function pk → URL for a route whose only argument is an integer
    (`reverse` costs tens of microseconds; a wall of 30 ideas asked 90 times)."""
    prefix, suffix = reverse(name, args=[_MARKER]).split(str(_MARKER))
    return lambda pk: f"{prefix}{int(pk)}{suffix}"
