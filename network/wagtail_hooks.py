from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "kind", "departement_number", "region"]
    list_filter = ["kind", "region"]
    search_fields = ["name", "region"]
    list_export = ["name", "kind", "departement_number", "region", "website"]
    export_filename = "organisations"


register_snippet(OrganisationViewSet)


# Case studies: the policy-area taxonomy editors manage, and a flat listing of
# every case study with filters and an export.
from wagtail import hooks  # noqa: E402
from wagtail.admin.viewsets.pages import PageListingViewSet  # noqa: E402

from .models import CaseStudyPage, PolicyArea  # noqa: E402


class PolicyAreaViewSet(SnippetViewSet):
    model = PolicyArea
    icon = "tag"
    menu_label = _("Domaines d'action publique")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    list_export = ["name", "slug", "description"]
    export_filename = "domaines-d-action-publique"


class CaseStudyListingViewSet(PageListingViewSet):
    model = CaseStudyPage
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
