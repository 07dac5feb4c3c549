"""Pitch arithmetic: words, speaking time at a given rate, and the Amiens jury's
rhythm (3 minutes of pitch, then 5 minutes of questions)."""

import math
import re

# Common speech rates in French sit between 120 and 150 words a minute; a pitch
# under pressure is read on the slow side of that so the jury can follow.
DEFAULT_WORDS_PER_MINUTE = 130
MIN_WORDS_PER_MINUTE = 60
MAX_WORDS_PER_MINUTE = 250
PITCH_LIMIT_SECONDS = 3 * 60
QUESTIONS_SECONDS = 5 * 60

_WORD = re.compile(r"\w")


def count_words(*texts):
    """Words as a listener hears them: whitespace-separated tokens holding at
    least a letter or a digit (a lone dash or ellipsis is not a word)."""
    return sum(1 for text in texts for token in (text or "").split() if _WORD.search(token))


def speaking_seconds(words, words_per_minute=DEFAULT_WORDS_PER_MINUTE):
    if words_per_minute <= 0:
        raise ValueError("words_per_minute must be positive")
    return math.ceil(words * 60 / words_per_minute)


def format_duration(seconds):
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"


def max_words(words_per_minute=DEFAULT_WORDS_PER_MINUTE, seconds=PITCH_LIMIT_SECONDS):
    """How many words fit in the time limit at that rate."""
    return seconds * words_per_minute // 60


def estimate(drama, solution, implementation, words_per_minute=DEFAULT_WORDS_PER_MINUTE):
    """Everything the pitch builder shows about a text, per part and in total."""
    parts = {
        "drama": count_words(drama),
        "solution": count_words(solution),
        "implementation": count_words(implementation),
    }
    words = sum(parts.values())
    seconds = speaking_seconds(words, words_per_minute)
    return {
        "parts": {key: {"words": n, "seconds": speaking_seconds(n, words_per_minute)} for key, n in parts.items()},
        "words": words,
        "seconds": seconds,
        "duration": format_duration(seconds),
        "words_per_minute": words_per_minute,
        "max_words": max_words(words_per_minute),
        "over_limit": seconds > PITCH_LIMIT_SECONDS,
        "limit": format_duration(PITCH_LIMIT_SECONDS),
    }


def pitch_prefill(user, pitch_id):
    """What an idea submission starts from when made from a saved pitch: the
    title, the problem (le drame), the solution and the implementation. None
    unless the pitch is the user's own: a pitch shared by someone else is read
    through its share link (and copied into one's space), never by its number."""
    from .models import Pitch

    if not getattr(user, "is_authenticated", False):
        return None
    try:
        pitch = Pitch.objects.get(owner=user, pk=int(pitch_id))
    except (Pitch.DoesNotExist, TypeError, ValueError, OverflowError):
        return None
    return {
        "title": pitch.title,
        "problem": pitch.drama,
        "solution": pitch.solution,
        "implementation": pitch.implementation,
    }
