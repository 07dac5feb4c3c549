"""World café arithmetic: tables from the number of participants, rounds from the
questions, round length from the session's duration, a host per table."""

import math
from dataclasses import dataclass

from django.utils.translation import gettext as _

DEFAULT_TABLE_SIZE = 5
DEFAULT_ROUNDS = 3
# Moving tables between rounds takes a few minutes that the plan must not forget.
CHANGEOVER_MINUTES = 3
# Shorter rounds leave no time to talk: the form refuses such a plan (under 10 minutes, it only warns).
MIN_ROUND_MINUTES = 5


def lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def table_count(participants, table_size):
    if participants <= 0 or table_size <= 0:
        return 0
    return math.ceil(participants / table_size)


def table_sizes(participants, table_size):
    """Participants spread so that tables differ by one person at most."""
    tables = table_count(participants, table_size)
    if not tables:
        return []
    base, extra = divmod(participants, tables)
    return [base + 1 if index < extra else base for index in range(tables)]


def round_minutes(total_minutes, rounds, harvest_minutes):
    """Minutes per round once the harvest and the changeovers are set aside."""
    if rounds <= 0:
        return 0
    available = total_minutes - harvest_minutes - CHANGEOVER_MINUTES * (rounds - 1)
    return max(available // rounds, 0)


def max_rounds(total_minutes, harvest_minutes):
    """The most rounds (one per question) that leave each of them MIN_ROUND_MINUTES."""
    rounds = 0
    while round_minutes(total_minutes, rounds + 1, harvest_minutes) >= MIN_ROUND_MINUTES:
        rounds += 1
    return rounds


@dataclass
class Table:
    number: int
    size: int
    host: str
    host_assigned: bool


@dataclass
class Round:
    number: int
    question: str
    start: int
    end: int


def plan(participants, table_size, total_minutes, harvest_minutes, questions, hosts):
    """The whole plan, computed on the server (the page works without JavaScript)."""
    question_list = lines(questions) if isinstance(questions, str) else list(questions)
    host_list = lines(hosts) if isinstance(hosts, str) else list(hosts)
    rounds = len(question_list) or DEFAULT_ROUNDS
    length = round_minutes(total_minutes, rounds, harvest_minutes)
    tables = [
        Table(
            number=index + 1,
            size=size,
            host=host_list[index] if index < len(host_list) else _("Hôte à désigner"),
            host_assigned=index < len(host_list),
        )
        for index, size in enumerate(table_sizes(participants, table_size))
    ]
    schedule = []
    clock = 0
    for index in range(rounds):
        question = question_list[index] if index < len(question_list) else _("Question à préciser")
        schedule.append(Round(number=index + 1, question=question, start=clock, end=clock + length))
        clock += length + (CHANGEOVER_MINUTES if index < rounds - 1 else 0)
    harvest_start = clock
    return {
        "tables": tables,
        "table_count": len(tables),
        "rounds": schedule,
        "round_count": rounds,
        "round_minutes": length,
        "harvest_start": harvest_start,
        "harvest_end": harvest_start + harvest_minutes,
        "harvest_minutes": harvest_minutes,
        "changeover_minutes": CHANGEOVER_MINUTES,
        "too_short": length < 10,
        "missing_hosts": max(len(tables) - len(host_list), 0),
    }
