"""Tokens that say whether values kept in a per-process cache are still
current (home.CacheVersion): each kind of value has a name, and every write it
depends on gives that name a new random token. Random, not a counter, so that
restoring an older database cannot bring back a token already used for other
content.

During a request every token is read once, in one query, the first time one
is asked for: the caches a page consults (its site, the network settings,
the admin sidebar, the case-study facets) then cost that one query together. A write made later by
another process shows from the next request on."""

import uuid

from asgiref.local import Local
from django.core.signals import request_finished, request_started

from . import models  # the module: home.models itself keeps values under tokens (home/kept.py)

_request = Local()


def current(name):
    """The token of `name` ("" until the first write): one query, or none
    during a request that has already read the tokens."""
    if getattr(_request, "active", False):
        if _request.tokens is None:
            _request.tokens = dict(models.CacheVersion.objects.values_list("name", "token"))
        return _request.tokens.get(name, "")
    return models.CacheVersion.objects.filter(name=name).values_list("token", flat=True).first() or ""


def bump(name):
    token = uuid.uuid4().hex
    if not models.CacheVersion.objects.filter(name=name).update(token=token):
        models.CacheVersion.objects.update_or_create(name=name, defaults={"token": token})
    if getattr(_request, "tokens", None) is not None:
        _request.tokens[name] = token


def bumped_by_writes(name):
    """A signal receiver (post_save, post_delete, m2m_changed) that gives `name`
    a new token after each write; for m2m_changed, once the links are written,
    not before. Keep a reference to it: signals hold their receivers weakly."""

    def receiver(*args, **kwargs):
        if kwargs.get("action", "post_").startswith("post_"):
            bump(name)

    return receiver


def _request_started(**kwargs):
    _request.active = True
    _request.tokens = None


def _request_finished(**kwargs):
    _request.active = False
    _request.tokens = None


request_started.connect(_request_started, dispatch_uid="cache_versions_request_started")
request_finished.connect(_request_finished, dispatch_uid="cache_versions_request_finished")
