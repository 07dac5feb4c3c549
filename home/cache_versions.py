"""Tokens that say whether values kept in a per-process cache are still
current (home.CacheVersion): each kind of value has a name, and every write it
depends on gives that name a new random token. Random, not a counter, so that
restoring an older database cannot bring back a token already used for other
content."""

import uuid

from .models import CacheVersion


def current(name):
    """The token of `name` (one query; "" until the first write)."""
    return CacheVersion.objects.filter(name=name).values_list("token", flat=True).first() or ""


def bump(name):
    token = uuid.uuid4().hex
    if not CacheVersion.objects.filter(name=name).update(token=token):
        CacheVersion.objects.update_or_create(name=name, defaults={"token": token})


def bumped_by_writes(name):
    """A signal receiver (post_save, post_delete, m2m_changed) that gives `name`
    a new token after each write; for m2m_changed, once the links are written,
    not before. Keep a reference to it: signals hold their receivers weakly."""

    def receiver(*args, **kwargs):
        if kwargs.get("action", "post_").startswith("post_"):
            bump(name)

    return receiver
