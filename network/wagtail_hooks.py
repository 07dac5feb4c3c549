from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from home.exports import ReadableExportMixin, ReadableSnippetIndexView

from .admin_filters import PersonProfileFilterSet
from .models import NetworkTag, Organisation, PersonProfile, PersonProfileText

# The listings of the network's snippets search their `search_fields` with a
# plain database lookup (`search_backend_name = None`), as the ideas' does: the
# search backend, given these fields, failed on SQLite ("no such column"), and a
# lookup finds what was just saved, whatever the backend and its indexing.


class YesNoColumn(BooleanColumn):
    """A tick or a cross, as Wagtail shows booleans, that a screen reader reads
    as « Oui » or « Non » (Wagtail's reads "True" or "False")."""

    cell_template_name = "network/admin/yes_no_cell.html"


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    index_view_class = ReadableSnippetIndexView
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 200
    list_display = ["name", "kind", "departement_number", "region"]
    list_filter = ["kind", "region"]
    search_fields = ["name", "region"]
    search_backend_name = None
    list_export = ["name", "kind", "departement_number", "region", "website"]
    export_filename = "organisations"


class PersonProfileIndexView(ReadableExportMixin, IndexView):
    def search_queryset(self, queryset):
        """The profiles whose name, job title or bio (the viewset's search_fields)
        contain every word, looked up in the directory's substring index
        (PersonProfileText) rather than by reading every profile."""
        if not self.is_searching:
            return queryset
        for word in self.search_query.split():
            texts = PersonProfileText.objects.filter(text__icontains=word).order_by()
            queryset = queryset.filter(pk__in=texts.values("profile_id"))
        return queryset

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("organisation", "team", "user")
        if self.is_export:
            # People who opted out of the directory are never exported.
            queryset = queryset.listed().prefetch_related("skills", "offers", "requests")
        return queryset


class PersonProfileViewSet(SnippetViewSet):
    model = PersonProfile
    index_view_class = PersonProfileIndexView
    icon = "user"
    menu_label = _("Profils")
    menu_order = 210
    list_display = [
        "display_name",
        "organisation",
        "job_title",
        YesNoColumn("listed", label=capfirst(PersonProfile._meta.get_field("listed").verbose_name), sort_key="listed"),
        "updated_at",
    ]
    filterset_class = PersonProfileFilterSet
    search_fields = ["display_name", "job_title", "bio"]
    search_backend_name = None
    list_export = [
        "display_name",
        "job_title",
        "organisation",
        "departement_number",
        "team",
        "contact_email",
        "phone",
        "skill_names",
        "offer_names",
        "request_names",
        "updated_at",
    ]
    export_headings = {
        "display_name": _("Nom"),
        "job_title": _("Fonction"),
        "organisation": _("Organisation"),
        "departement_number": _("Département"),
        "team": _("Équipe"),
        "contact_email": _("Courriel"),
        "phone": _("Téléphone"),
        "skill_names": _("Compétences"),
        "offer_names": _("Je peux aider sur"),
        "request_names": _("Je cherche"),
        "updated_at": _("Mis à jour le"),
    }
    export_filename = "annuaire"


class NetworkTagViewSet(SnippetViewSet):
    model = NetworkTag
    index_view_class = ReadableSnippetIndexView
    icon = "tag"
    menu_label = _("Mots-clés")
    menu_order = 220
    list_display = ["name", "slug"]
    search_fields = ["name"]
    list_export = ["name", "slug"]


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, PersonProfileViewSet, NetworkTagViewSet)
    menu_icon = "group"
    menu_label = _("Réseau")
    menu_name = "network"
    menu_order = 200


register_snippet(NetworkViewSetGroup)


# Case studies: the policy-area taxonomy editors manage, and a flat listing of
# every case study with filters and an export.
from wagtail import hooks  # noqa: E402
from wagtail.admin.views.pages.listing import IndexView as PageIndexView  # noqa: E402
from wagtail.admin.viewsets.pages import PageListingViewSet  # noqa: E402

from .models import CaseStudyPage, PolicyArea  # noqa: E402


class PolicyAreaViewSet(SnippetViewSet):
    model = PolicyArea
    index_view_class = ReadableSnippetIndexView
    icon = "tag"
    menu_label = _("Domaines d'action publique")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    search_backend_name = None
    list_export = ["name", "slug", "description"]
    export_filename = "domaines-d-action-publique"


class CaseStudyIndexView(ReadableExportMixin, PageIndexView):
    """The case studies' listing, whose export reads as the listing (stage and
    type by their labels, « Oui » / « Non » for published)."""


class CaseStudyListingViewSet(PageListingViewSet):
    model = CaseStudyPage
    index_view_class = CaseStudyIndexView
    icon = "doc-full"
    menu_label = _("Retours d'expérience")
    menu_order = 205
    add_to_admin_menu = True
    name = "case_studies"
    list_filter = ["stage", "policy_area", "year", "innovation_type", "departement_number", "live"]
    list_export = ["title", "departement_number", "year", "policy_area", "innovation_type", "stage", "live"]
    export_filename = "retours-d-experience"


register_snippet(PolicyAreaViewSet)


@hooks.register("register_admin_viewset")
def register_case_study_listing():
    return CaseStudyListingViewSet()
