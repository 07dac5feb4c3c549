"""Pages to search for, created in the demo's sections (indexed on save)."""

import pytest

from home.models import NewsIndexPage
from ideas.models import IdeaCallIndexPage
from network.models import CaseStudyIndexPage
from tests.factories.home import NewsPageFactory
from tests.factories.ideas import IdeaCallPageFactory
from tests.factories.network import CaseStudyPageFactory
from tests.factories.toolbox import MethodPageFactory
from toolbox.models import ToolboxIndexPage

# (factory, index model, title, summary): facts from the seeds, in our words.
SEARCHABLE_PAGES = {
    "world-cafe": (
        MethodPageFactory,
        ToolboxIndexPage,
        "World café",
        "Faire dialoguer de nombreux participants par petites tables qui tournent, pour croiser les points de vue.",
    ),
    "personas": (
        MethodPageFactory,
        ToolboxIndexPage,
        "Personas",
        "Décrire des usagers fictifs mais réalistes pour concevoir un service avec leurs besoins en tête.",
    ),
    "cantines": (
        CaseStudyPageFactory,
        CaseStudyIndexPage,
        "Des cantines de collège en circuits courts",
        "Deux chefs de cuisine de la Somme font dialoguer les 48 cantines scolaires : achats groupés auprès "
        "des producteurs locaux, viande et légumes bio, gaspillage alimentaire divisé.",
    ),
    "bon-contact": (
        CaseStudyPageFactory,
        CaseStudyIndexPage,
        "Le bon contact pour les allocataires du RSA",
        "Dans le Nord, une équipe de travailleurs sociaux simplifie le premier rendez-vous des allocataires.",
    ),
    "appel-2020": (
        IdeaCallPageFactory,
        IdeaCallIndexPage,
        "Appel à idées des agents 2020",
        "Proposez une idée pour améliorer un service rendu aux habitants, hors du cadre hiérarchique.",
    ),
    "seminaire": (
        NewsPageFactory,
        NewsIndexPage,
        "Séminaire des équipes d'innovation à Lille",
        "Les laboratoires d'innovation des départements partagent leurs retours sur l'année.",
    ),
}


@pytest.fixture
def searchable_pages(db):
    """These pages, with exactly this text: the demo already has some of them
    (same slug), which are given this text rather than created twice."""
    pages = {}
    for key, (factory, index_model, title, summary) in SEARCHABLE_PAGES.items():
        parent = index_model.objects.get()
        existing = parent.get_children().filter(slug=key).first()
        if existing is None:
            pages[key] = factory(parent=parent, title=title, summary=summary, slug=key)
        else:
            page = existing.specific
            page.title, page.summary = title, summary
            page.save()
            pages[key] = page
    return pages
