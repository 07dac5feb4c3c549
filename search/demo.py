"""Demo search promotions: what editors put first for common queries."""

from django.apps import apps
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

# (query, page model label, page slug, description)
PROMOTIONS = [
    (
        "appel à idées",
        "ideas.IdeaCallIndexPage",
        "appels-a-idees",
        "Tous les appels à idées du réseau, ouverts et passés : déposez la vôtre.",
    ),
    (
        "méthode",
        "toolbox.ToolboxIndexPage",
        "boite-a-outils",
        "La boîte à outils : des méthodes testées dans les départements pour animer un atelier ou concevoir un service.",
    ),
    (
        "forum",
        "home.NewsPage",
        "forum-interdepartemental-amiens-2019",
        "Le premier forum interdépartemental, à Amiens : quinze projets d'agents pitchés devant un jury.",
    ),
]


def load(stdout=None):
    for query_string, model_label, slug, description in PROMOTIONS:
        try:
            model = apps.get_model(model_label)
        except LookupError:
            continue
        page = model.objects.live().filter(slug=slug).first()
        if page is None:
            continue
        SearchPromotion.objects.get_or_create(
            query=Query.get(query_string), page=page, defaults={"description": description, "sort_order": 0}
        )
