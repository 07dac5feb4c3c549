import pytest
from wagtail.documents.models import Document

from toolbox import demo
from toolbox.models import MethodDocument, MethodPage, Persona, PersonaSet, Pitch, RelatedMethod, WorldCafePlan

pytestmark = pytest.mark.django_db

MODELS = [MethodPage, RelatedMethod, MethodDocument, Document, Pitch, PersonaSet, Persona, WorldCafePlan]


def test_loading_the_toolbox_demo_twice_duplicates_nothing():
    before = {model.__name__: model.objects.count() for model in MODELS}
    demo.load()
    assert {model.__name__: model.objects.count() for model in MODELS} == before


def test_demo_agent_finds_one_work_of_each_tool_in_their_space(agent_client):
    content = agent_client.get("/outils/espace/").content.decode()
    assert "Un album de vie pour les enfants confiés" in content
    assert "Atelier accueil des usagers" in content
    assert "World café : la mobilité des agents" in content
