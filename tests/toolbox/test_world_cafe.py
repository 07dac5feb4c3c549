from toolbox import world_cafe


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
