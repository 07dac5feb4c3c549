from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from .models import NetworkTag, Organisation, PersonProfile


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 200
    list_display = ["name", "kind", "departement_number", "region"]
    list_filter = ["kind", "region"]
    search_fields = ["name", "region"]
    list_export = ["name", "kind", "departement_number", "region", "website"]
    export_filename = "organisations"


class PersonProfileIndexView(IndexView):
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
    list_display = ["display_name", "organisation", "job_title", "listed", "updated_at"]
    list_filter = ["listed", "organisation", "organisation__departement_number", "updated_at"]
    search_fields = ["display_name", "job_title", "bio"]
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
