"""Editors maintain the questionnaire in the Wagtail admin; sessions stay out of their reach."""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home import roles
from tests.factories.toolbox import MethodPageFactory
from toolbox.models import ToolboxIndexPage
from toolbox.models.diagnosis import DiagnosisCompetency, DiagnosisSession

pytestmark = pytest.mark.django_db


def subpractice_data(subpractice, **changes):
    data = {
        "id": subpractice.pk,
        "title": subpractice.title,
        "short_title": subpractice.short_title,
        "question": subpractice.question,
        "ORDER": subpractice.sort_order,
    }
    data.update({f"level_{n}": text for n, text in subpractice.levels})
    data.update(changes)
    return data


def test_editors_have_the_questionnaire_permissions_from_the_migration(demo_user):
    editor = demo_user(roles.EDITORS)
    for action in ["add", "change", "delete"]:
        assert editor.has_perm(f"toolbox.{action}_diagnosiscompetency")
        assert editor.has_perm(f"toolbox.{action}_diagnosissubpractice")
    assert not editor.has_perm("toolbox.view_diagnosissession")
    assert not demo_user(roles.AGENTS).has_perm("toolbox.change_diagnosiscompetency")


def test_an_editor_lists_and_edits_a_competency_its_levels_and_methods(client_as):
    client = client_as(roles.EDITORS)
    listing = client.get(reverse("wagtailsnippets_toolbox_diagnosiscompetency:list"))
    assert listing.status_code == 200
    names = [competency.name for competency in listing.context["object_list"]]
    assert names[0] == "Stratégie"  # questionnaire order
    assert names[-1] == "Capitalisation des connaissances"

    competency = DiagnosisCompetency.objects.get(name="Stratégie")
    edit_url = reverse("wagtailsnippets_toolbox_diagnosiscompetency:edit", args=[competency.pk])
    assert client.get(edit_url).status_code == 200
    method = MethodPageFactory(parent=ToolboxIndexPage.objects.get(), title="Débat mouvant")
    children = list(competency.subpractices.all())
    items = [subpractice_data(sp) for sp in children]
    items[0] = subpractice_data(children[0], level_5="L'ambition est revue chaque année avec les agents.")
    data = nested_form_data(
        {
            "name": "Stratégie d'innovation",
            "description": competency.description,
            "subpractices": inline_formset(items, initial=len(items), min=1),
        }
    )
    # Multiple values are posted as a list under one key (nested_form_data would number them).
    for index, subpractice in enumerate(children):
        data[f"subpractices-{index}-methods"] = [m.pk for m in subpractice.methods.all()]
    data["subpractices-0-methods"] = [method.pk]
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    competency.refresh_from_db()
    first = competency.subpractices.get(pk=children[0].pk)
    assert competency.name == "Stratégie d'innovation"
    assert first.level_5 == "L'ambition est revue chaque année avec les agents."
    assert list(first.methods.all()) == [method]
    assert list(method.diagnosis_subpractices.all()) == [first]


def test_agents_cannot_reach_the_questionnaire_admin(agent_client):
    response = agent_client.get(reverse("wagtailsnippets_toolbox_diagnosiscompetency:list"))
    assert response.status_code in {302, 403}


def test_administrators_list_sessions_without_their_scores(client_as):
    response = client_as(roles.ADMINISTRATORS).get(reverse("wagtailsnippets_toolbox_diagnosissession:list"))
    assert response.status_code == 200
    assert "Direction générale adjointe des solidarités" in response.content.decode()


def test_admin_listings_search_and_filter(client_as):
    client = client_as(roles.ADMINISTRATORS)
    sessions = client.get(reverse("wagtailsnippets_toolbox_diagnosissession:list"), {"q": "routes", "status": "draft"})
    assert sessions.status_code == 200
    assert [s.title for s in sessions.context["object_list"]] == ["Direction des routes"]
    competencies = client.get(reverse("wagtailsnippets_toolbox_diagnosiscompetency:list"), {"q": "Idéation"})
    assert [c.name for c in competencies.context["object_list"]] == ["Idéation"]


def test_a_method_page_can_list_the_subpractices_it_helps():
    from django.template.loader import render_to_string

    method = MethodPageFactory(parent=ToolboxIndexPage.objects.get(), title="World café")
    subpractice = DiagnosisCompetency.objects.get(name="Idéation").subpractices.first()
    subpractice.methods.add(method)
    subpractice.save()
    html = render_to_string("toolbox/diagnosis/method_subpractices.html", {"page": method})
    assert subpractice.title.replace("'", "&#x27;") in html
    assert reverse("toolbox:diagnosis_index") in html


def test_the_admin_cannot_mark_an_unfinished_session_completed(client_as):
    session = DiagnosisSession.objects.get(title="Direction des routes")
    assert not session.is_completed
    client = client_as(roles.ADMINISTRATORS)
    url = reverse("wagtailsnippets_toolbox_diagnosissession:edit", args=[session.pk])
    form = client.get(url).context["form"]
    assert "status" not in form.fields or form.fields["status"].disabled
    response = client.post(
        url,
        {
            "organisation": session.organisation_id,
            "title": "Direction des routes, séance 2",
            "held_on": session.held_on.isoformat(),
            "participants": "12",
            "status": DiagnosisSession.Status.COMPLETED,
            "completed_at": "2026-11-20 10:00",
        },
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.title == "Direction des routes, séance 2"
    assert session.status == DiagnosisSession.Status.DRAFT
    assert session.completed_at is None


def test_the_admin_shows_a_dash_for_a_session_not_yet_completed(client_as):
    session = DiagnosisSession.objects.get(title="Direction des routes")
    html = (
        client_as(roles.ADMINISTRATORS)
        .get(reverse("wagtailsnippets_toolbox_diagnosissession:edit", args=[session.pk]))
        .content.decode()
    )
    outputs = [
        " ".join(text.split()) for text in re.findall(r'class="w-field__textoutput"[^>]*>(.*?)</div>', html, re.S)
    ]
    assert outputs == ["Brouillon", "—"]
