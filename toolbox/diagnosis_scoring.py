"""The diagnosis arithmetic, as plain functions over plain data (no database).

Levels go from 1 to 5. Keys are whatever identifies a sub-practice or a
competency (their ids in the views, strings in the tests)."""

from collections import defaultdict

# Below this many contributing organisations, an average would come too close
# to one organisation's own scores: it is not shown.
MIN_NETWORK_ORGANISATIONS = 3
WEAKEST_COUNT = 3
TOP_LEVEL = 5


def mean(values):
    values = [value for value in values if value is not None]
    if not values:
        return None
    return sum(values) / len(values)


def competency_averages(levels, competency_of):
    """The average level of each competency, from `levels` (sub-practice → level)
    and `competency_of` (sub-practice → competency). Unrated sub-practices are left out."""
    by_competency = defaultdict(list)
    for subpractice, level in levels.items():
        if level is not None and subpractice in competency_of:
            by_competency[competency_of[subpractice]].append(level)
    return {competency: mean(values) for competency, values in by_competency.items()}


def overall_average(averages):
    """The mean of the competency averages: each competency weighs the same,
    whatever its number of sub-practices."""
    return mean(averages.values())


def latest_per_organisation(sessions):
    """From `(session, organisation, date)` triples, the latest session of each
    organisation (the highest session id breaks a tie on the date)."""
    latest = {}
    for session, organisation, date in sessions:
        current = latest.get(organisation)
        if current is None or (date, session) > (current[1], current[0]):
            latest[organisation] = (session, date)
    return {organisation: session for organisation, (session, _date) in latest.items()}


def network_averages(scores_by_organisation, minimum=MIN_NETWORK_ORGANISATIONS):
    """Per key, the mean over organisations of their score (each organisation
    counts once), only where at least `minimum` organisations gave a score.

    `scores_by_organisation`: organisation → {key → score}. Returns key → (mean, count)."""
    values = defaultdict(list)
    for scores in scores_by_organisation.values():
        for key, score in scores.items():
            if score is not None:
                values[key].append(score)
    return {key: (mean(scores), len(scores)) for key, scores in values.items() if len(scores) >= minimum}


def weakest_subpractices(levels, order, count=WEAKEST_COUNT):
    """The `count` lowest-rated sub-practices, in questionnaire order on a tie;
    those at the top level have nothing left to improve and are never listed."""
    rated = [
        (level, order.get(key, 0), key) for key, level in levels.items() if level is not None and level < TOP_LEVEL
    ]
    return [key for _level, _order, key in sorted(rated)[:count]]


def progress(levels, expected):
    """How many of the `expected` sub-practices have a level."""
    return sum(1 for key in expected if levels.get(key) is not None)
