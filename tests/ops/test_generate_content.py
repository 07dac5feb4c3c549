"""generate_network's content steps: teams, methods, calls, ideas with their
engagement and jury scores, case studies; linked together and rendering."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from ideas.models import (
    CriterionScore,
    Idea,
    IdeaCallPage,
    IdeaComment,
    IdeaSupport,
    IdeaTeamMember,
    JuryEvaluation,
)
from ideas.models.ideas import PUBLIC_STATES
from network.models import CaseStudyPage, InnovationTeamPage, PersonProfile
from ops.generator import generate
from toolbox.models import MethodPage

SCALE = 0.02


@pytest.fixture
def generated(db):
    before = {
        model: model.objects.count() for model in (InnovationTeamPage, MethodPage, IdeaCallPage, Idea, CaseStudyPage)
    }
    timings = generate(SCALE, report=lambda _line: None)
    return before, timings


def new(model, before):
    return model.objects.exclude(pk__in=model.objects.order_by("pk").values("pk")[: before[model]])


def test_each_kind_of_content_is_generated_in_proportion_to_the_scale(generated):
    before, timings = generated

    assert InnovationTeamPage.objects.count() == before[InnovationTeamPage] + round(120 * SCALE)
    assert MethodPage.objects.count() == before[MethodPage] + round(100 * SCALE)
    assert IdeaCallPage.objects.count() == before[IdeaCallPage] + round(50 * SCALE)
    assert Idea.objects.count() == before[Idea] + round(5000 * SCALE)
    assert CaseStudyPage.objects.count() == before[CaseStudyPage] + round(2000 * SCALE)
    assert {"toolbox.generate.methods", "ideas.generate.ideas", "network.generate.case_studies"} <= set(timings)
    assert Page.find_problems() == ([], [], [], [], [])


def test_generated_content_is_linked_to_what_earlier_steps_made(generated):
    before, _timings = generated

    teams = new(InnovationTeamPage, before)
    assert all(team.organisation_id and team.methods.exists() and team.offers.exists() for team in teams)
    assert PersonProfile.objects.filter(team__in=teams).count() == 5 * teams.count()
    methods = new(MethodPage, before)
    assert all(method.phases.exists() for method in methods)
    assert len({(m.difficulty, m.duration_minutes) for m in methods}) > 1
    calls = new(IdeaCallPage, before)
    assert all(len(call.criteria) == 4 and call.organisers.exists() for call in calls)
    ideas = Idea.objects.filter(call__in=calls)
    assert ideas.count() == round(5000 * SCALE)
    assert ideas.filter(departement__isnull=False, reference__startswith="IDEE-").count() == ideas.count()
    assert IdeaTeamMember.objects.filter(idea__in=ideas).values("idea").distinct().count() == ideas.count()
    assert ideas.filter(state__in=PUBLIC_STATES).count() > ideas.count() // 2
    assert IdeaSupport.objects.filter(idea__in=ideas).exists()
    # bulk_create sends no signal: the generator recounts what the wall sorts on.
    assert all(idea.support_count == idea.supports.count() for idea in ideas)
    assert IdeaComment.objects.filter(idea__in=ideas).exists()
    evaluations = JuryEvaluation.objects.filter(idea__in=ideas)
    assert evaluations.exists()
    for score in CriterionScore.objects.filter(evaluation__in=evaluations)[:20]:
        criteria = {block.id: block.value["name"] for block in score.evaluation.idea.call.criteria}
        assert criteria[score.criterion_id] == score.criterion_name
    case_studies = new(CaseStudyPage, before)
    assert all(
        case.organisations.exists() and case.methods.exists() and case.tags.exists() and case.policy_area_id
        for case in case_studies
    )


def test_generated_pages_render_for_an_agent(generated, agent_client):
    before, _timings = generated
    open_call = new(IdeaCallPage, before).order_by("pk").first()
    public_idea = Idea.objects.filter(call=open_call, state__in=PUBLIC_STATES).first()

    for page in (
        new(InnovationTeamPage, before).first(),
        new(MethodPage, before).first(),
        new(CaseStudyPage, before).first(),
    ):
        assert agent_client.get(page.url).status_code == 200, page.url
    assert open_call.is_open
    wall = agent_client.get(open_call.url)
    assert wall.status_code == 200
    assert (
        wall.context["page_obj"].paginator.count == Idea.objects.filter(call=open_call, state__in=PUBLIC_STATES).count()
    )
    assert agent_client.get(public_idea.get_absolute_url()).status_code == 200


def test_the_command_runs_twice_with_force(db):
    call_command("generate_network", "--scale", "0.01", "--no-index", stdout=io.StringIO())
    call_command("generate_network", "--scale", "0.01", "--no-index", "--force", stdout=io.StringIO())

    assert Idea.objects.filter(title__endswith="(50)").count() == 2
    assert Page.find_problems() == ([], [], [], [], [])


def test_every_benchmarked_page_answers_on_a_generated_network(generated, client_as):
    from bench.pages import PAGES
    from home import roles

    clients = {"agent": client_as(roles.AGENTS), "admin": client_as(roles.ADMINISTRATORS)}
    for client in clients.values():
        client.raise_request_exception = False  # report every failing page, not only the first
    answers = {}
    for bench_page in PAGES:
        path = bench_page.url()
        answers[bench_page.name] = clients[bench_page.role].get(path).status_code if path else None

    assert {name: status for name, status in answers.items() if status != 200} == {}
