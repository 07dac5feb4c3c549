from django import forms
from django.db.models import Count, Prefetch
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from home.exports import ReadableExportMixin, ReadableSnippetIndexView

from . import admin_views, rules
from .bulk_actions import ListedIdeasDeleteBulkAction, TransitionBulkAction
from .filters import IdeaFilterSet
from .models import Idea, IdeaCallPage, IdeaState, IdeaTheme, ModerationAlertPreference
from .workflow import TEAM_LEFT_ACTION, TRANSITION_ACTION

LISTED_FIELDS = [
    "title",
    "reference",
    "state",
    "submitted_at",
    "call",
    "departement__name",
    "theme__name",
]
CALL_BODY_FIELDS = ["summary", "intro", "eligibility", "key_dates", "criteria", "search_description", "seo_title"]


class IdeaIndexView(ReadableExportMixin, IndexView):
    def get_edit_url(self, instance):
        # The title opens the full idea (inspect), where moderation happens; editing is one click further.
        return self.get_inspect_url(instance)

    def get_list_buttons(self, instance):
        # No "more" menu on each row: drawing it was a third of the listing's time,
        # and everything in it is one click away (the title opens the idea, whose
        # header offers editing and deletion; copying an agent's idea has no use).
        # Several ideas change state at once through the bulk actions.
        return []

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.is_export:
            return queryset
        # The columns on screen, nothing more: each datetime read from SQLite is
        # parsed in Python, and the call is a whole page. The calls' titles come
        # in a second query: joined, SQLite sorted every idea of every call
        # instead of reading the newest through the submitted_at index.
        return (
            queryset.select_related(None)
            .select_related("departement", "theme")
            .prefetch_related(Prefetch("call", queryset=IdeaCallPage.objects.only("title")))
            .only(*LISTED_FIELDS)
        )


class IdeaViewSet(SnippetViewSet):
    model = Idea
    icon = "pick"
    menu_label = _("Idées")
    add_to_admin_menu = False
    inspect_view_enabled = True
    # Copying an agent's idea has no use.
    copy_view_enabled = False
    index_view_class = IdeaIndexView
    inspect_view_class = admin_views.IdeaInspectView
    edit_view_class = admin_views.IdeaEditView
    delete_view_class = admin_views.IdeaDeleteView
    history_view_class = admin_views.IdeaHistoryView
    usage_view_class = admin_views.IdeaUsageView
    chooser_viewset_class = admin_views.IdeaChooserViewSet
    filterset_class = IdeaFilterSet
    # The state through its enum: the field's get_state_display() hashed every lazy
    # label of the choices on each row.
    list_display = [
        "title",
        "reference",
        Column(
            "state",
            label=capfirst(Idea._meta.get_field("state").verbose_name),
            accessor="state_label",
            sort_key="state",
        ),
        "call",
        "departement",
        "theme",
        "submitted_at",
    ]
    # Wagtail's default page size: each row is drawn through several templates.
    list_per_page = 20
    search_fields = ["title", "summary", "problem", "solution", "reference", "service"]
    # A plain database lookup on these columns: it finds an idea by its reference
    # at once, whatever the search backend and its indexing delay.
    search_backend_name = None
    list_export = [
        "reference",
        "title",
        "state",
        "call",
        "departement",
        "service",
        "theme",
        "created_by",
        "submitted_at",
        "summary",
        "problem",
        "solution",
        "implementation",
        "public_concerned",
        "expected_benefits",
        "resources_needed",
        "existing_solutions",
    ]
    export_headings = {"created_by": _("Déposée par")}
    export_filename = "idees"
    ordering = ["-submitted_at"]

    def get_queryset(self, request):
        # Drafts stay with their authors; moderation starts at submission. The
        # listing and the export show the call by its title: its rich text and
        # streams stay in the database.
        return admin_views.listed_ideas().for_listing().defer(*(f"call__{name}" for name in CALL_BODY_FIELDS))


class IdeaThemeViewSet(SnippetViewSet):
    model = IdeaTheme
    index_view_class = ReadableSnippetIndexView
    icon = "tag"
    menu_label = _("Thèmes")
    list_display = ["name"]
    search_fields = ["name"]
    list_export = ["name"]
    export_filename = "themes-des-idees"


class IdeasGroup(SnippetViewSetGroup):
    items = (IdeaViewSet, IdeaThemeViewSet)
    menu_icon = "pick"
    menu_label = _("Idées")
    menu_name = "idees"
    menu_order = 150


register_snippet(IdeasGroup)


hooks.register("register_bulk_action", TransitionBulkAction)
# After wagtail.snippets' registration of its deletion, which this one replaces for ideas.
hooks.register("register_bulk_action", ListedIdeasDeleteBulkAction, order=1)


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [
        path("idees/<int:pk>/transition/", admin_views.transition_view, name="ideas_transition"),
        path("idees/<int:pk>/note/", admin_views.add_note_view, name="ideas_add_note"),
    ]


@hooks.register("register_log_actions")
def register_idea_log_actions(actions):
    @actions.register_action(TRANSITION_ACTION)
    class TransitionLogFormatter:
        label = _("Changement d'état")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            labels = dict(IdeaState.choices)
            message = _("État : « %(from)s » → « %(to)s »") % {
                "from": labels.get(data.get("from"), data.get("from")),
                "to": labels.get(data.get("to"), data.get("to")),
            }
            return message

        def format_comment(self, log_entry):
            return (log_entry.data or {}).get("comment", "")


class IdeaCountsPanel(Component):
    """Ideas per state on the admin dashboard, each linking to the filtered listing."""

    name = "idea_counts"
    order = 50
    template_name = "ideas/admin/idea_counts_panel.html"

    def get_context_data(self, parent_context):
        # COUNT(*), not COUNT(id): the state index then answers alone (an
        # index-only scan), without reading every idea's row.
        counts = dict(
            Idea.objects.exclude(state=IdeaState.DRAFT)
            .values_list("state")
            .annotate(n=Count("*"))
            .values_list("state", "n")
        )
        listing = reverse("wagtailsnippets_ideas_idea:list")
        rows = [
            {"label": label, "count": counts.get(value, 0), "url": f"{listing}?state={value}"}
            for value, label in IdeaState.choices
            if value != IdeaState.DRAFT
        ]
        return {"rows": rows, "total": sum(counts.values()), "listing_url": listing}


@hooks.register("construct_homepage_panels")
def add_idea_counts_panel(request, panels):
    if rules.is_staff_for_ideas(request.user):
        panels.append(IdeaCountsPanel())


class AlertPreferenceForm(forms.ModelForm):
    class Meta:
        model = ModerationAlertPreference
        fields = ["mode"]
        widgets = {"mode": forms.RadioSelect}


class AlertPreferencePanel(BaseSettingsPanel):
    name = "idea_alerts"
    title = _("Alertes sur les nouvelles idées")
    tab = notifications_tab
    order = 150
    form_class = AlertPreferenceForm

    def is_active(self):
        return rules.is_moderator(self.user)

    def get_form(self):
        instance = ModerationAlertPreference.objects.filter(user=self.user).first() or ModerationAlertPreference(
            user=self.user
        )
        data = self.request.POST if self.request.method == "POST" else None
        return self.form_class(data, instance=instance, prefix=self.name)


@hooks.register("register_account_settings_panel")
def register_alert_preference_panel(request, user, profile):
    return AlertPreferencePanel(request, user, profile)


# --- Selection: jurors, follow-up of the laureates, comments, adoptions -------------
from .engagement import COMMENT_HIDDEN, COMMENT_SHOWN  # noqa: E402
from .followup import days_late, overdue_milestones  # noqa: E402
from .jury import RESULTS_PUBLISHED_ACTION  # noqa: E402
from .models import CallJuror, IdeaAdoption, IdeaComment, LaureateFollowUp  # noqa: E402


class CallJurorViewSet(SnippetViewSet):
    model = CallJuror
    index_view_class = ReadableSnippetIndexView
    icon = "group"
    menu_label = _("Jurés des appels")
    list_display = ["user", "call", "named_at"]
    list_filter = ["call"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    list_export = ["call", "user", "named_at"]
    export_filename = "jures"


class LaureateFollowUpViewSet(SnippetViewSet):
    model = LaureateFollowUp
    index_view_class = ReadableSnippetIndexView
    icon = "date"
    menu_label = _("Suivi des lauréats")
    list_display = ["idea", "pre_incubation_start", "pre_incubation_end", "incubation_start", "incubation_end", "coach"]
    list_filter = ["idea__state", "idea__call"]
    search_fields = ["idea__title", "time_granted"]
    list_export = [
        "idea",
        "pre_incubation_start",
        "pre_incubation_end",
        "incubation_start",
        "incubation_end",
        "time_granted",
        "budget",
        "coach",
    ]
    export_filename = "suivi-laureats"

    def get_queryset(self, request):
        return LaureateFollowUp.objects.select_related("idea", "coach")


# An agent's words are not rewritten in the admin: moderators hide a comment
# on the idea's page, and that is logged.
register_permission_policy(IdeaComment, admin_views.ReadOnlyPermissionPolicy(IdeaComment))


class IdeaCommentViewSet(SnippetViewSet):
    """Comments, the reported ones first. Hiding happens on the idea's page
    (recorded in the log), so the admin only reads them."""

    model = IdeaComment
    index_view_class = ReadableSnippetIndexView
    icon = "comment"
    menu_label = _("Commentaires")
    list_display = ["text", "idea", "author", "reports_total", "created_at", "hidden_at", "hidden_by", "site_link"]
    list_filter = ["hidden_at", "idea__call"]
    search_fields = ["text"]
    list_export = ["idea", "author", "text", "reports_total", "created_at", "hidden_at", "hidden_by"]
    export_headings = {"reports_total": _("Signalements")}
    export_filename = "commentaires"
    inspect_view_enabled = True
    inspect_view_class = admin_views.IdeaCommentInspectView
    ordering = ["-report_count", "-created_at"]

    def get_queryset(self, request):
        return IdeaComment.objects.select_related("idea", "author", "hidden_by").annotate(report_count=Count("reports"))


class IdeaAdoptionViewSet(SnippetViewSet):
    model = IdeaAdoption
    index_view_class = ReadableSnippetIndexView
    icon = "success"
    menu_label = _("Adoptions")
    list_display = ["idea", "departement", "adopted_by", "adopted_at"]
    list_filter = ["departement"]
    search_fields = ["idea__title", "note"]
    list_export = ["idea", "departement", "adopted_by", "adopted_at", "note"]
    export_filename = "adoptions"

    def get_queryset(self, request):
        return IdeaAdoption.objects.select_related("idea", "departement", "adopted_by")


class SelectionGroup(SnippetViewSetGroup):
    items = (CallJurorViewSet, LaureateFollowUpViewSet, IdeaCommentViewSet, IdeaAdoptionViewSet)
    menu_icon = "trophy"
    menu_label = _("Sélection et suivi")
    menu_name = "selection"
    menu_order = 151


register_snippet(SelectionGroup)


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    actions.register_action(RESULTS_PUBLISHED_ACTION, _("Résultats publiés"), _("Résultats du jury publiés"))
    actions.register_action(TEAM_LEFT_ACTION, _("Équipe quittée"), _("Un membre a quitté l'équipe"))
    actions.register_action(COMMENT_HIDDEN, _("Commentaire masqué"), _("Commentaire masqué par un modérateur"))
    actions.register_action(COMMENT_SHOWN, _("Commentaire rendu visible"), _("Commentaire de nouveau visible"))


class OverdueMilestonesPanel(Component):
    """The laureates' milestones past their due date, for the coordinators."""

    name = "overdue_milestones"
    order = 60
    template_name = "ideas/admin/overdue_milestones_panel.html"

    def get_context_data(self, parent_context):
        milestones = list(overdue_milestones()[:20])
        for milestone in milestones:
            milestone.days_late = days_late(milestone)
        return {"milestones": milestones}


@hooks.register("construct_homepage_panels")
def add_overdue_milestones_panel(request, panels):
    if rules.is_coordinator(request.user):
        panels.append(OverdueMilestonesPanel())
