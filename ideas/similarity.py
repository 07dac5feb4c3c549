"""« Est-ce que ça existe déjà ? » : neighbours of a text (a new idea's title and
problem) among the public ideas, the case studies and the toolbox methods, found
by the search backend."""

import re

from django.apps import apps
from wagtail.search.backends import get_search_backend

from .models import PUBLIC_STATES, Idea

MAX_TERMS = 30
MIN_LENGTH = 4
# Frequent French words that would make every idea look alike.
STOP_WORDS = {
    "avec",
    "pour",
    "dans",
    "sans",
    "sous",
    "plus",
    "moins",
    "mieux",
    "très",
    "tout",
    "tous",
    "toute",
    "toutes",
    "leur",
    "leurs",
    "nous",
    "vous",
    "elles",
    "sont",
    "être",
    "avoir",
    "faire",
    "fait",
    "cette",
    "ceux",
    "celle",
    "celles",
    "comme",
    "mais",
    "donc",
    "aussi",
    "encore",
    "entre",
    "depuis",
    "chez",
    "quand",
    "alors",
    "ainsi",
    "parce",
    "déjà",
    "même",
    "autre",
    "autres",
    "peut",
    "peuvent",
    "doit",
    "doivent",
    "souvent",
    "trop",
    "bien",
    "aujourd'hui",
}


def query_from(*texts):
    """The words worth searching for: long enough, without duplicates, at most MAX_TERMS."""
    words, seen = [], set()
    for word in re.findall(r"[\w’'-]+", " ".join(t or "" for t in texts).lower()):
        word = word.strip("'’-")
        if len(word) >= MIN_LENGTH and word not in seen and word not in STOP_WORDS:
            seen.add(word)
            words.append(word)
    return " ".join(words[:MAX_TERMS])


def search(queryset, query, limit):
    if not query:
        return []
    try:
        return list(get_search_backend().search(query, queryset, operator="or")[:limit])
    except Exception:  # a backend refusing a filter must not break the form
        return []


def similar_ideas(query, exclude_pk=None, exclude_departement_id=None, limit=5):
    queryset = Idea.objects.filter(state__in=PUBLIC_STATES).select_related("departement", "call")
    # Fetch a few more, then drop what the backend cannot filter on (the id).
    found = search(queryset, query, limit * 4 + 1)
    exclude_pk = int(exclude_pk) if exclude_pk else None
    found = [idea for idea in found if idea.pk != exclude_pk]
    if exclude_departement_id:
        found = [idea for idea in found if idea.departement_id != exclude_departement_id]
    return found[:limit]


def page_model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def similar_pages(app_label, model_name, query, limit=3):
    model = page_model(app_label, model_name)
    if model is None:
        return []
    return search(model.objects.live(), query, limit)


def merged(*lists, limit):
    """Concatenate ranked lists, each item once, keeping the first rank it had."""
    seen, items = set(), []
    for item in (item for found in lists for item in found):
        if item.pk not in seen:
            seen.add(item.pk)
            items.append(item)
    return items[:limit]


def neighbours(title, problem="", exclude_pk=None, limit=5):
    """What resembles a new idea; the title's words, more telling than the
    problem's, rank first."""
    query = query_from(title, problem)
    title_query = query_from(title)
    ideas = merged(
        similar_ideas(title_query, exclude_pk=exclude_pk, limit=limit) if title_query != query else [],
        similar_ideas(query, exclude_pk=exclude_pk, limit=limit),
        limit=limit,
    )
    return {
        "query": query,
        "ideas": ideas,
        "case_studies": similar_pages("network", "CaseStudyPage", query),
        "methods": similar_pages("toolbox", "MethodPage", query),
    }


def convergence(idea, limit=5):
    """The ideas of other départements closest to this one."""
    query = query_from(idea.title, idea.summary, idea.problem)
    return similar_ideas(query, exclude_pk=idea.pk, exclude_departement_id=idea.departement_id, limit=limit)
