"""Values kept in each process while a database token (home/cache_versions.py)
is unchanged, and model rows kept as plain values so that every request builds
its own instances: nothing one request caches on an instance reaches another."""

import threading
from collections import OrderedDict

from . import cache_versions


class Kept:
    """At most `size` values under `name`'s token, the most recently used; all
    are dropped when the token changes."""

    def __init__(self, name, size):
        self.name = name
        self.size = size
        self._token = None
        self._values = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, compute):
        """The value kept for `key`, or `compute()`'s, then kept."""
        token = cache_versions.current(self.name)
        with self._lock:
            if self._token != token:
                self._token, self._values = token, OrderedDict()
            value = self._values.get(key, ...)
            if value is not ...:
                self._values.move_to_end(key)
                return value
        value = compute()
        with self._lock:
            if self._token == token:
                self._values[key] = value
                while len(self._values) > self.size:
                    self._values.popitem(last=False)
        return value


def row(instance):
    """The values of an instance's row, for `rebuilt`. For rows of plain values
    (text, numbers, dates, keys): a mutable value (a JSON field, a StreamField)
    would be shared by every instance rebuilt from the row."""
    fields = type(instance)._meta.concrete_fields
    return (
        type(instance),
        instance._state.db,
        [field.attname for field in fields],
        [getattr(instance, field.attname) for field in fields],
    )


def rebuilt(kept_row):
    """A new instance of the row, as the ORM would have read it."""
    model, db, names, values = kept_row
    return model.from_db(db, names, values)
