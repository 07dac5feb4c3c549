"""Pages submitted for approval go to the editors (home/0008)."""

import pytest
from wagtail.models import Page, Workflow

from home import roles
from network.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def test_the_root_workflow_has_french_names_and_the_editors_review_it():
    workflow = Workflow.objects.get(workflow_pages__page=Page.get_first_root_node())
    assert workflow.name == "Validation éditoriale"
    task = workflow.tasks.get().specific
    assert task.name == "Relecture par l'équipe éditoriale"
    assert [group.name for group in task.groups.all()] == [roles.EDITORS]


def test_an_editor_approves_what_a_coordinator_submitted(demo_user):
    page = CaseStudyPage.objects.live().first()
    coordinator, editor = demo_user(roles.COORDINATORS), demo_user(roles.EDITORS)
    page.title = "Titre proposé par la coordination"
    page.save_revision(user=coordinator)
    workflow = page.get_workflow()
    workflow.start(page, coordinator)
    task = page.current_workflow_task.specific
    assert task.user_can_access_editor(page, editor)
    assert "approve" in [action for action, _label, _modal in task.get_actions(page, editor)]
    page.current_workflow_task_state.task.specific.on_action(page.current_workflow_task_state, editor, "approve")
    page.refresh_from_db()
    assert page.title == "Titre proposé par la coordination"
    assert page.live
