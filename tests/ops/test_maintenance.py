"""After bulk writes (generate_network, restore_portal, the bench), SQLite's
full-text indexes are merged into one segment each (ops/maintenance.py):
every query reads each segment, so a bulk-indexed index queried slower."""

import pytest
from django.db import connection, transaction

from ops.maintenance import merge_full_text_segments, settle

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 indexes"),
]

DIRECTORY_TEXT = "network_personprofile_text"


def _varint(data, position):
    value = 0
    for byte_number in range(9):
        byte = data[position]
        position += 1
        if byte_number == 8:
            return (value << 8) | byte, position
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, position
    return value, position


def segments(table):
    """The number of segments of an FTS5 index, from its structure record
    (row 10 of its _data table: a 4-byte cookie, then the number of levels and
    of segments as varints)."""
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT block FROM "{table}_data" WHERE id = 10')  # noqa: S608 - a constant
        (block,) = cursor.fetchone()
    _levels, position = _varint(block, 4)
    return _varint(block, position)[0]


def fts5_tables():
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")
        return [name for (name,) in cursor.fetchall()]


def add_in_separate_writes(texts):
    # Each savepoint flushes FTS5's pending terms into a new segment, as each
    # transaction of a bulk load does.
    for number, text in enumerate(texts, start=900_000):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f'INSERT INTO "{DIRECTORY_TEXT}"(rowid, text) VALUES (%s, %s)', [number, text])  # noqa: S608


def test_settling_merges_each_full_text_index_into_one_segment():
    add_in_separate_writes(["Camille Martin", "Dominique Martinez", "Alix Marty"])
    assert segments(DIRECTORY_TEXT) > 1
    settle()
    assert DIRECTORY_TEXT in fts5_tables()
    assert segments(DIRECTORY_TEXT) == 1
    assert all(segments(table) <= 1 for table in fts5_tables())  # an empty index has none
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT rowid FROM \"{DIRECTORY_TEXT}\" WHERE text LIKE '%martin%' AND rowid >= 900000")  # noqa: S608
        assert sorted(row for (row,) in cursor.fetchall()) == [900_000, 900_001]


def test_merging_twice_changes_nothing():
    add_in_separate_writes(["Sacha Durand", "Noa Dupont"])
    merge_full_text_segments()
    merge_full_text_segments()
    assert segments(DIRECTORY_TEXT) == 1
