"""Object ids read from a request: only what can be an id, so that letters or a
number too large for a database column find nothing instead of failing in the
database (a 500)."""

# The largest id a database column holds (a signed 64-bit integer).
MAX_ID = 2**63 - 1


def object_id(value):
    """A positive id, or None for anything else (letters, signs, other digits
    than 0-9, an empty value, a number too large to be an id)."""
    if not value or not value.isascii() or not value.isdigit():
        return None
    value = int(value)
    return value if 0 < value <= MAX_ID else None


def object_ids(values):
    """The ids among `values`, the rest left out."""
    return [found for found in map(object_id, values) if found is not None]
