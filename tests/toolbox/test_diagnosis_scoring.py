"""The diagnosis arithmetic and chart geometry: plain functions, no database."""

import datetime

import pytest
from django.utils import translation

from toolbox import diagnosis_scoring as scoring
from toolbox.diagnosis_charts import line_chart, radar

COMPETENCY_OF = {"vision": "strategie", "veille": "strategie", "moyens": "strategie", "idees": "ideation"}


def test_mean_ignores_missing_values_and_is_none_when_nothing_is_left():
    assert scoring.mean([2, None, 4]) == 3
    assert scoring.mean([None]) is None
    assert scoring.mean([]) is None


def test_competency_average_is_the_mean_of_its_rated_subpractices():
    levels = {"vision": 2, "veille": 3, "moyens": None, "idees": 5}
    assert scoring.competency_averages(levels, COMPETENCY_OF) == {"strategie": 2.5, "ideation": 5}


def test_a_competency_with_no_rating_has_no_average():
    assert scoring.competency_averages({"vision": None}, COMPETENCY_OF) == {}


def test_ratings_of_subpractices_no_longer_in_the_questionnaire_are_ignored():
    assert scoring.competency_averages({"supprimee": 1, "idees": 4}, COMPETENCY_OF) == {"ideation": 4}


def test_overall_average_weighs_each_competency_the_same():
    # 3 sub-practices at 1 in one competency, 1 at 5 in the other: 3, not 2.
    averages = scoring.competency_averages({"vision": 1, "veille": 1, "moyens": 1, "idees": 5}, COMPETENCY_OF)
    assert scoring.overall_average(averages) == 3


def test_latest_session_of_each_organisation_is_the_most_recent_one():
    sessions = [
        (1, "somme", datetime.date(2025, 3, 12)),
        (2, "somme", datetime.date(2026, 10, 8)),
        (3, "nord", datetime.date(2026, 6, 18)),
        (4, "somme", datetime.date(2024, 1, 1)),
    ]
    assert scoring.latest_per_organisation(sessions) == {"somme": 2, "nord": 3}


def test_two_sessions_on_the_same_day_the_last_created_wins():
    day = datetime.date(2026, 1, 5)
    assert scoring.latest_per_organisation([(8, "oise", day), (5, "oise", day)]) == {"oise": 8}


def test_network_average_counts_each_organisation_once():
    scores = {"nord": {"strategie": 2}, "oise": {"strategie": 3}, "somme": {"strategie": 4}}
    assert scoring.network_averages(scores) == {"strategie": (3, 3)}


def test_network_average_is_withheld_below_three_organisations():
    scores = {"nord": {"strategie": 2, "ideation": 1}, "oise": {"strategie": 3}, "somme": {"strategie": 4}}
    averages = scoring.network_averages(scores)
    assert "ideation" not in averages  # one organisation only: it would reveal its score
    assert averages["strategie"] == (3, 3)


def test_network_average_with_two_organisations_shows_nothing():
    assert scoring.network_averages({"nord": {"strategie": 2}, "oise": {"strategie": 3}}) == {}


def test_network_minimum_can_be_raised():
    scores = {org: {"strategie": 3} for org in ["a", "b", "c"]}
    assert scoring.network_averages(scores, minimum=4) == {}


def test_weakest_subpractices_are_the_lowest_in_questionnaire_order_on_a_tie():
    levels = {"a": 3, "b": 1, "c": 2, "d": 1, "e": 4}
    order = {"a": 0, "b": 3, "c": 1, "d": 2, "e": 4}
    assert scoring.weakest_subpractices(levels, order) == ["d", "b", "c"]


def test_subpractices_at_the_top_level_or_unrated_are_never_weakest():
    assert scoring.weakest_subpractices({"a": 5, "b": None, "c": 4}, {"a": 0, "b": 1, "c": 2}) == ["c"]


def test_progress_counts_rated_subpractices_of_the_questionnaire():
    assert scoring.progress({"a": 2, "b": None, "z": 3}, ["a", "b", "c"]) == 1


def test_radar_draws_one_polygon_per_complete_series_and_five_rings():
    chart = radar(
        ["Stratégie", "Idéation", "Conception"],
        [
            {"label": "Séance", "css": "own", "values": [5, 5, 5]},
            {"label": "Réseau", "css": "network", "values": [3, None, 2]},
        ],
    )
    assert len(chart["rings"]) == 5
    assert [series["label"] for series in chart["series"]] == ["Séance"]
    # Level 5 on the first axis is the top of the chart, straight above the centre.
    first_point = chart["series"][0]["points"].split()[0]
    assert first_point == f"{float(chart['cx']):.1f},{float(chart['cy']) - 125:.1f}"


def test_radar_coordinates_use_a_decimal_point_whatever_the_locale():
    chart = radar(["a", "b", "c", "d"], [{"label": "x", "css": "own", "values": [1.5, 2.5, 3.5, 4.5]}])
    assert "," not in chart["cx"]
    assert all(pair.count(",") == 1 for pair in chart["series"][0]["points"].split())


@pytest.mark.parametrize("axes", [[], ["seul"], ["un", "deux"]])
def test_radar_needs_at_least_three_axes(axes):
    assert radar(axes, []) is None


def test_long_axis_labels_are_wrapped():
    chart = radar(["Capitalisation des connaissances", "b", "c"], [])
    assert chart["labels"][0]["lines"] == ["Capitalisation des", "connaissances"]


def test_history_line_has_one_point_per_session_higher_for_a_better_level():
    chart = line_chart(["12/03/2025", "08/10/2026"], [1.8, 2.7])
    low, high = chart["points"]
    assert float(high["y"]) < float(low["y"])  # SVG's y axis points down
    assert float(low["x"]) < float(high["x"])
    assert [point["value"] for point in chart["points"]] == ["1,8", "2,7"]
    assert len(chart["grid"]) == 6


def test_history_line_values_and_description_are_in_the_language_of_the_page(english):
    with translation.override("fr"):
        chart = line_chart(["12/03/2025", "08/10/2026"], [1.8, 2.75])
    assert [point["value"] for point in chart["points"]] == ["1,8", "2,8"]
    assert chart["desc"] == "12/03/2025 : 1,8 ; 08/10/2026 : 2,8"
    punctuation = {"%(label)s : %(value)s": "%(label)s: %(value)s", "entre deux points d'un graphique\x04 ; ": "; "}
    with english(punctuation):
        chart = line_chart(["03/12/2025", "10/08/2026"], [1.8, 2.75])
    assert [point["value"] for point in chart["points"]] == ["1.8", "2.8"]
    assert chart["desc"] == "03/12/2025: 1.8; 10/08/2026: 2.8"
    assert [point["x"] for point in chart["points"]] == ["50.0", "510.0"]  # SVG coordinates never take a comma


def test_history_line_needs_two_sessions():
    assert line_chart(["12/03/2025"], [2.0]) is None
