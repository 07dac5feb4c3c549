"""Admin of the self-diagnosis (registered from toolbox/wagtail_hooks.py): editors
maintain the questionnaire; administrators see the sessions (not their scores)."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.exports import ReadableSnippetIndexView

from .models.diagnosis import DiagnosisCompetency, DiagnosisSession


class DiagnosisCompetencyViewSet(SnippetViewSet):
    model = DiagnosisCompetency
    index_view_class = ReadableSnippetIndexView
    icon = "list-ol"
    menu_label = _("Questionnaire")
    list_display = ["name", Column("subpractice_count", label=_("Sous-pratiques"))]
    search_fields = ["name", "description"]
    # A handful of rows, listed with an annotation the search backends cannot count: plain ORM search.
    search_backend_name = None
    list_export = ["name", "description", "subpractice_count"]
    export_headings = {"subpractice_count": _("Sous-pratiques")}
    export_filename = "autodiagnostic-competences"

    def get_queryset(self, request):
        # Meta.ordering does not apply to an aggregating query: questionnaire order, explicitly.
        return DiagnosisCompetency.objects.annotate(subpractice_count=Count("subpractices")).order_by("sort_order")


class DiagnosisSessionViewSet(SnippetViewSet):
    model = DiagnosisSession
    index_view_class = ReadableSnippetIndexView
    icon = "date"
    menu_label = _("Séances")
    list_display = ["title", "organisation", "held_on", "status", "created_by"]
    list_filter = ["status", "organisation", "held_on"]
    search_fields = ["title"]
    list_export = ["title", "organisation", "held_on", "participants", "status", "completed_at"]
    export_filename = "autodiagnostic-seances"
    copy_view_enabled = False

    def get_queryset(self, request):
        return DiagnosisSession.objects.select_related("organisation", "created_by")


class DiagnosisViewSetGroup(SnippetViewSetGroup):
    items = (DiagnosisCompetencyViewSet, DiagnosisSessionViewSet)
    menu_icon = "tasks"
    menu_label = _("Autodiagnostic")
    menu_order = 310


register_snippet(DiagnosisViewSetGroup)
