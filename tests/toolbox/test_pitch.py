import pytest

from tests.factories.toolbox import PitchFactory
from toolbox import pitch


def test_words_are_whitespace_separated_tokens_with_a_letter_or_digit():
    assert pitch.count_words("Le drame — pourquoi ? L'usager attend… 3 mois") == 7
    assert pitch.count_words("", None, "  ") == 0
    assert pitch.count_words("un deux", "trois") == 3


def test_speaking_time_at_the_default_rate_of_130_words_a_minute():
    assert pitch.DEFAULT_WORDS_PER_MINUTE == 130
    assert pitch.speaking_seconds(130) == 60
    assert pitch.speaking_seconds(65) == 30
    # Seconds are rounded up: one word more than fits is already over.
    assert pitch.speaking_seconds(1) == 1
    assert pitch.speaking_seconds(390) == 180
    assert pitch.speaking_seconds(391) == 181


def test_speaking_time_follows_the_configured_rate():
    assert pitch.speaking_seconds(300, words_per_minute=100) == 180
    assert pitch.speaking_seconds(300, words_per_minute=150) == 120
    with pytest.raises(ValueError, match="positive"):
        pitch.speaking_seconds(10, words_per_minute=0)


def test_max_words_is_what_fits_in_three_minutes():
    assert pitch.max_words(130) == 390
    assert pitch.max_words(150) == 450


def test_estimate_warns_only_past_three_minutes():
    at_limit = pitch.estimate("mot " * 130, "mot " * 130, "mot " * 130)
    assert at_limit["words"] == 390
    assert at_limit["duration"] == "3:00"
    assert not at_limit["over_limit"]
    over = pitch.estimate("mot " * 130, "mot " * 130, "mot " * 131)
    assert over["duration"] == "3:01"
    assert over["over_limit"]
    assert over["parts"]["implementation"] == {"words": 131, "seconds": 61}


def test_format_duration_as_a_timer_shows_it():
    assert pitch.format_duration(0) == "0:00"
    assert pitch.format_duration(65) == "1:05"
    assert pitch.format_duration(300) == "5:00"


def test_pitch_prefill_gives_the_owner_the_three_parts(db):
    saved = PitchFactory(title="Album de vie", drama="Pourquoi", solution="Quoi", implementation="Comment")
    assert pitch.pitch_prefill(saved.owner, saved.pk) == {
        "title": "Album de vie",
        "problem": "Pourquoi",
        "solution": "Quoi",
        "implementation": "Comment",
    }
    assert pitch.pitch_prefill(saved.owner, str(saved.pk))["title"] == "Album de vie"


def test_pitch_prefill_refuses_someone_elses_private_pitch(db, demo_user):
    saved = PitchFactory()
    assert pitch.pitch_prefill(demo_user(), saved.pk) is None
    assert pitch.pitch_prefill(saved.owner, "pas-un-nombre") is None
    assert pitch.pitch_prefill(saved.owner, 999_999) is None
