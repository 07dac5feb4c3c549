import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home import roles
from toolbox.models import InnovationPhase, MethodPage, ToolboxIndexPage

pytestmark = pytest.mark.django_db


def test_an_editor_creates_a_method_with_structured_fields_in_the_admin(client_as):
    client = client_as(roles.EDITORS)
    index = ToolboxIndexPage.objects.get()
    add_url = reverse("wagtailadmin_pages:add", args=["toolbox", "methodpage", index.pk])
    assert client.get(add_url).status_code == 200
    phases = InnovationPhase.objects.filter(code__in=["imaginer", "tester"])
    data = nested_form_data(
        {
            "title": "Carte d'empathie",
            "slug": "carte-d-empathie",
            "summary": "Ce que l'usager dit, fait, pense et ressent.",
            "purpose": "Comprendre un usager.",
            "duration_minutes": 45,
            "participants_min": 2,
            "participants_max": 10,
            "difficulty": "facile",
            "materials": "Feutres\nPost-it",
            "steps": streamfield(
                [("step", {"title": "Dessiner la carte", "duration_minutes": 10, "description": "Quatre cases."})]
            ),
            "tips": streamfield([("pitfall", "Inventer au lieu d'observer.")]),
            "remote_variant": "",
            "companion_tool": "persona",
            "template_documents": inline_formset([]),
            "related_method_links": inline_formset([{"method": MethodPage.objects.get(slug="personas").pk}]),
        }
    )
    data["phases"] = [str(phase.pk) for phase in phases]
    data["action-publish"] = "publish"
    response = client.post(add_url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    method = MethodPage.objects.get(slug="carte-d-empathie")
    assert method.live
    assert sorted(method.phases.values_list("code", flat=True)) == ["imaginer", "tester"]
    assert method.steps_duration_minutes == 10
    assert [m.slug for m in method.related_methods()] == ["personas"]
