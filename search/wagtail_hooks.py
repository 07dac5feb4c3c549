"""Admin: what people search for, most frequent first, and what finds nothing."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from home.exports import ReadableExportMixin

from .models import SearchQueryStat


class SearchQueryStatFilterSet(WagtailFilterSet):
    outcome = django_filters.ChoiceFilter(
        label=_("Résultat"),
        choices=[("aucun", _("Sans résultat la dernière fois")), ("trouve", _("Avec des résultats"))],
        method="filter_outcome",
        empty_label=_("Toutes"),
    )

    class Meta:
        model = SearchQueryStat
        fields = []

    def filter_outcome(self, queryset, name, value):
        if value == "aucun":
            return queryset.filter(last_result_count=0)
        if value == "trouve":
            return queryset.filter(last_result_count__gt=0)
        return queryset


class SearchQueryStatIndexView(ReadableExportMixin, IndexView):
    """The statistics, whose export gives the last search in local time, as the
    listing does, and never hands a spreadsheet a query typed as a formula."""


class SearchQueryStatViewSet(ModelViewSet):
    model = SearchQueryStat
    index_view_class = SearchQueryStatIndexView
    icon = "search"
    menu_label = _("Recherches")
    menu_order = 900
    add_to_admin_menu = True
    url_prefix = "recherches"
    list_display = ["query_string", "hits", "zero_result_hits", "last_result_count", "last_searched_at"]
    filterset_class = SearchQueryStatFilterSet
    search_fields = ["query_string"]
    list_export = ["query_string", "hits", "zero_result_hits", "last_result_count", "last_searched_at"]
    export_filename = "recherches"
    copy_view_enabled = False
    # Recorded by the search page; editors read them, nobody types them.
    form_fields = ["query_string"]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(default_ordering="-hits", **kwargs)


search_query_stats = SearchQueryStatViewSet("search_query_stats")


@hooks.register("register_admin_viewset")
def register_search_query_stats():
    return search_query_stats


class ZeroResultMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("portal_search.view_searchquerystat")


@hooks.register("register_reports_menu_item")
def register_zero_result_report():
    return ZeroResultMenuItem(
        _("Recherches sans résultat"),
        search_query_stats.menu_url + "?outcome=aucun&ordering=-zero_result_hits",
        name="zero-result-searches",
        icon_name="search",
        order=1310,
    )
