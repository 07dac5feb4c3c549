from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

RESULTS_PER_PAGE = 10


def search(request):
    query_string = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query_string:
        results = Page.objects.live().specific().search(query_string)
        Query.get(query_string).add_hit()
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"search_query": query_string, "search_results": page})
