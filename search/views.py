from django.apps import apps
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from search import hits
from search.models import SearchQueryStat
from search.results import is_searchable, promotions, site_search, suggestions

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
SUGGESTION_MIN_LENGTH = 2
# The sections offered when nothing is found (skipped when not installed).
SECTION_MODELS = [
    "toolbox.ToolboxIndexPage",
    "network.CaseStudyIndexPage",
    "ideas.IdeaCallIndexPage",
    "network.NetworkIndexPage",
    "home.NewsIndexPage",
]


def section_pages():
    sections = []
    for label in SECTION_MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        page = model.objects.live().first()
        if page is not None:
            sections.append(page)
    return sections


def query_from(request):
    # NUL bytes cannot reach PostgreSQL (a DataError, hence a 500): drop them.
    return " ".join(request.GET.get("q", "").replace("\x00", "").split())[:MAX_QUERY_LENGTH]


def page_number(request):
    """The page asked for, 1 when it is not a page number (the paginator then shows the first)."""
    number = request.GET.get("page", "")
    return int(number) if number.isdigit() and 0 < int(number) < 10_000 else 1


@require_GET
def search(request):
    query = query_from(request)
    context = {"search_query": query}
    if query and is_searchable(query):
        counts, results = site_search(
            query, request.user, request.GET.get("type"), request, stop=RESULTS_PER_PAGE * page_number(request)
        )
        page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        total = sum(count.count for count in counts)
        first_page = request.GET.get("page") in (None, "", "1")
        if first_page and not any(count.selected for count in counts):
            # One search typed, not a filter or a further page of the same one.
            hits.record(query, total)
        context.update(
            type_counts=counts,
            total=total,
            selected_type=next((count.search_type for count in counts if count.selected), None),
            search_results=page,
            promotions=promotions(query) if page.number == 1 else [],
        )
        if total == 0:
            context.update(sections=section_pages(), popular_queries=SearchQueryStat.popular())
    elif query:
        context.update(total=0, type_counts=[], sections=section_pages(), popular_queries=SearchQueryStat.popular())
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    """Titles and names for search as you type: {"query": ..., "suggestions": [{label, url, type}]}."""
    query = query_from(request)
    found = []
    if len(query) >= SUGGESTION_MIN_LENGTH and is_searchable(query):
        found = suggestions(query, request.user, request=request)
    return JsonResponse({"query": query, "suggestions": found})
