import pytest
from django.utils import translation

from toolbox import world_cafe
from toolbox.forms import WorldCafePlanForm
from toolbox.templatetags.toolbox_tags import minutes


def test_tables_hold_at_most_the_table_size_and_differ_by_one_at_most():
    assert world_cafe.table_count(24, 6) == 4
    assert world_cafe.table_count(25, 6) == 5
    assert world_cafe.table_sizes(25, 6) == [5, 5, 5, 5, 5]
    assert world_cafe.table_sizes(26, 6) == [6, 5, 5, 5, 5]
    assert world_cafe.table_sizes(0, 6) == []


def test_round_length_sets_aside_the_harvest_and_the_changeovers():
    # 90 min, 15 min of harvest, 3 rounds and 2 changeovers of 3 min: 69 min left.
    assert world_cafe.round_minutes(90, 3, 15) == 23
    assert world_cafe.round_minutes(30, 3, 25) == 0


def test_plan_gives_a_question_per_round_and_a_host_per_table():
    plan = world_cafe.plan(24, 6, 90, 15, "Q1 ?\n\nQ2 ?\nQ3 ?", "Camille\nSamir")
    assert plan["table_count"] == 4
    assert [r.question for r in plan["rounds"]] == ["Q1 ?", "Q2 ?", "Q3 ?"]
    assert [(r.start, r.end) for r in plan["rounds"]] == [(0, 23), (26, 49), (52, 75)]
    assert (plan["harvest_start"], plan["harvest_end"]) == (75, 90)
    assert [t.host for t in plan["tables"][:2]] == ["Camille", "Samir"]
    assert not plan["tables"][2].host_assigned
    assert plan["missing_hosts"] == 2


def test_plan_without_questions_has_three_rounds_to_specify():
    plan = world_cafe.plan(10, 5, 40, 10, "", "")
    assert plan["round_count"] == world_cafe.DEFAULT_ROUNDS
    assert plan["too_short"]


def test_durations_read_1_h_15_in_french_and_take_their_format_from_the_catalogue():
    with translation.override("fr"):
        assert [minutes(value) for value in (45, 60, 75, 125)] == ["45 min", "1 h", "1 h 15", "2 h 05"]


def test_durations_take_their_format_from_the_english_catalogue(english):
    with english({"%(hours)d h %(minutes)02d": "%(hours)d h %(minutes)02d min"}):
        assert [minutes(value) for value in (45, 60, 75)] == ["45 min", "1 h", "1 h 15 min"]


def test_max_rounds_leaves_each_round_at_least_five_minutes():
    # 20 min without harvest: 2 rounds of 8 min around one changeover; 3 rounds would last 4 min.
    assert world_cafe.max_rounds(20, 0) == 2
    assert world_cafe.round_minutes(20, 2, 0) >= world_cafe.MIN_ROUND_MINUTES > world_cafe.round_minutes(20, 3, 0)
    assert world_cafe.max_rounds(20, 16) == 0
    assert world_cafe.max_rounds(90, 15) == 9


def plan_form(**fields):
    data = {"title": "Café", "participants": 24, "table_size": 6, "total_minutes": 90, "harvest_minutes": 15}
    return WorldCafePlanForm(data={**data, **fields})


@pytest.mark.django_db
def test_a_plan_with_rounds_under_five_minutes_is_refused_saying_how_many_questions_fit():
    questions = "\n".join(f"Question {number} ?" for number in range(300))
    form = plan_form(participants=500, table_size=2, total_minutes=20, harvest_minutes=0, questions=questions)
    with translation.override("fr"):
        assert not form.is_valid()
        assert form.errors == {
            "questions": [
                "Chaque tour durerait moins de 5 minutes : 2 questions au plus tiennent dans cette séance "
                "(une par tour). Retirez des questions, allongez la séance ou raccourcissez la récolte."
            ]
        }


@pytest.mark.django_db
def test_a_session_too_short_for_a_single_round_is_refused_on_its_duration():
    form = plan_form(total_minutes=20, harvest_minutes=16, questions="Une seule question ?")
    with translation.override("fr"):
        assert not form.is_valid()
        assert list(form.errors) == ["total_minutes"]
        assert "même avec une seule question" in form.errors["total_minutes"][0]


@pytest.mark.django_db
def test_rounds_of_five_to_nine_minutes_are_accepted_with_the_short_round_warning():
    form = plan_form(total_minutes=30, harvest_minutes=0, questions="Q1 ?\nQ2 ?\nQ3 ?")  # 3 rounds of 8 min
    assert form.is_valid(), form.errors
    data = form.cleaned_data
    plan = world_cafe.plan(24, 6, data["total_minutes"], data["harvest_minutes"], data["questions"], "")
    assert (plan["round_minutes"], plan["too_short"]) == (8, True)
    assert plan_form(total_minutes=29, harvest_minutes=0, questions="Q1 ?\nQ2 ?\nQ3 ?\nQ4 ?").is_valid()  # 4 × 5 min
