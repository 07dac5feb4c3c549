"""Score arithmetic: weighted averages over the call's criteria, ranking, spread."""

from types import SimpleNamespace

import pytest

from ideas.scoring import Criterion, rank, results, weighted_average

CRITERIA = [Criterion("u", "Utilité", 3), Criterion("f", "Faisabilité", 2), Criterion("e", "Essaimage", 1)]


def evaluation(idea_id, **values):
    return SimpleNamespace(idea_id=idea_id, values=lambda: values)


class Idea:
    def __init__(self, pk, title):
        self.pk, self.title = pk, title

    def __str__(self):
        return self.title


def test_weighted_average_weighs_each_criterion():
    # (5×3 + 2×2 + 1×1) / 6 = 20 / 6
    assert weighted_average({"u": 5, "f": 2, "e": 1}, CRITERIA) == pytest.approx(20 / 6)


def test_weighted_average_of_equal_scores_is_that_score():
    assert weighted_average({"u": 4, "f": 4, "e": 4}, CRITERIA) == 4


def test_weighted_average_ignores_unscored_criteria_and_is_none_without_scores():
    assert weighted_average({"u": 5, "f": None}, CRITERIA) == 5
    assert weighted_average({}, CRITERIA) is None


def test_results_average_the_jurors_and_measure_their_spread():
    a = Idea(1, "Alpha")
    [result] = results(
        [a],
        [evaluation(1, u=5, f=5, e=5), evaluation(1, u=3, f=3, e=3), evaluation(1, u=4, f=1, e=4)],
        CRITERIA,
    )
    # Juror means: 5, 3 and (12 + 2 + 4) / 6 = 3.
    assert result.juror_scores == [5, 3, 3]
    assert result.score == pytest.approx(3.67)
    assert result.spread == 2
    assert result.count == 3
    assert result.criterion_means == {"u": 4, "f": 3, "e": 4}
    assert result.rank == 1


def test_ranking_orders_by_score_shares_ties_and_puts_unscored_last():
    a, b, c, d = Idea(1, "Bêta"), Idea(2, "Alpha"), Idea(3, "Gamma"), Idea(4, "Delta")
    ranked = results(
        [a, b, c, d],
        [evaluation(1, u=4, f=4, e=4), evaluation(2, u=4, f=4, e=4), evaluation(3, u=5, f=5, e=5)],
        CRITERIA,
    )
    assert [r.idea.title for r in ranked] == ["Gamma", "Alpha", "Bêta", "Delta"]
    assert [r.rank for r in ranked] == [1, 2, 2, None]
    assert ranked[-1].score is None
    assert ranked[-1].spread is None


def test_rank_numbers_after_a_tie_skip_the_shared_places():
    ideas = [Idea(n, f"Idée {n}") for n in range(4)]
    ranked = results(
        ideas,
        [evaluation(0, u=5), evaluation(1, u=4), evaluation(2, u=4), evaluation(3, u=3)],
        CRITERIA,
    )
    assert [r.rank for r in rank(ranked)] == [1, 2, 2, 4]


def test_scores_round_half_up_as_the_pages_show_them():
    from ideas.scoring import two_places

    assert two_places(2.125) == 2.13  # round() gives 2.12: the float is 2.12499…
    assert two_places(1.005) == 1.01
    assert two_places(3) == 3.0
