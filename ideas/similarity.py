"""« Est-ce que ça existe déjà ? » : neighbours of a text (a new idea's title and
problem) among the public ideas, the case studies and the toolbox methods, found
by the search backend."""

import re

from django.apps import apps
from wagtail.search.backends import get_search_backend

from .models import PUBLIC_STATES, Idea

MAX_TERMS = 30
MIN_LENGTH = 4


def query_from(*texts):
    """The words worth searching for: long enough, without duplicates, at most MAX_TERMS."""
    words, seen = [], set()
    for word in re.findall(r"[\w’'-]+", " ".join(t or "" for t in texts).lower()):
        word = word.strip("'’-")
        if len(word) >= MIN_LENGTH and word not in seen:
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
    queryset = Idea.objects.filter(state__in=PUBLIC_STATES)
    if exclude_pk:
        queryset = queryset.exclude(pk=exclude_pk)
    # Fetch a few more, then drop what the backend cannot filter itself.
    found = search(queryset, query, limit * 3)
    found = [idea for idea in found if idea.pk != exclude_pk and idea.state in PUBLIC_STATES]
    if exclude_departement_id:
        found = [idea for idea in found if idea.departement_id and idea.departement_id != exclude_departement_id]
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


def neighbours(title, problem="", exclude_pk=None, limit=5):
    query = query_from(title, problem)
    return {
        "query": query,
        "ideas": similar_ideas(query, exclude_pk=exclude_pk, limit=limit),
        "case_studies": similar_pages("network", "CaseStudyPage", query),
        "methods": similar_pages("toolbox", "MethodPage", query),
    }


def convergence(idea, limit=5):
    """The ideas of other départements closest to this one."""
    query = query_from(idea.title, idea.summary, idea.problem)
    return similar_ideas(query, exclude_pk=idea.pk, exclude_departement_id=idea.departement_id, limit=limit)
