"""Moderation screens in the Wagtail admin: the full idea on one screen (with
its history, internal notes and the transitions the user may make), and the
actions it posts to."""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import DeleteView, EditView, HistoryView, InspectView, UsageView

from home.exports import readable

from . import rules, workflow
from .forms import NoteForm, TransitionForm
from .models import Idea, IdeaNote, IdeaState


def listed_ideas():
    """The ideas the admin works on: every idea but the drafts, which stay with
    their authors until they submit them."""
    return Idea.objects.exclude(state=IdeaState.DRAFT)


class ListedIdeaMixin:
    """Edit and delete find their idea among the listed ones (Django's
    SingleObjectMixin): a draft's number gives a 404, as in the listing."""

    def get_queryset(self):
        return listed_ideas()


class IdeaEditView(ListedIdeaMixin, EditView):
    pass


class IdeaDeleteView(ListedIdeaMixin, DeleteView):
    pass


class IdeaHistoryView(HistoryView):
    def get_base_object_queryset(self):
        return listed_ideas()


class IdeaUsageView(UsageView):
    def get_base_object_queryset(self):
        return listed_ideas()


class ListedIdeasChoice:
    """The idea chooser (a follow-up's idea) offers and accepts the listed ideas
    only: Wagtail's reads every idea, drafts included."""

    def get_object_list(self):
        return listed_ideas()


class IdeaChooseView(ListedIdeasChoice, ChooseView):
    pass


class IdeaChooseResultsView(ListedIdeasChoice, ChooseResultsView):
    pass


class IdeaChosenView(SnippetChosenView):
    def get_object(self, pk):
        return listed_ideas().get(pk=pk)


class IdeaChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return listed_ideas().filter(pk__in=pks)


class IdeaChooserViewSet(SnippetChooserViewSet):
    choose_view_class = IdeaChooseView
    choose_results_view_class = IdeaChooseResultsView
    chosen_view_class = IdeaChosenView
    chosen_multiple_view_class = IdeaChosenMultipleView


class ReadableFields:
    """Inspect views' fields as the listings show them: times in the portal's
    time zone (Wagtail's were in UTC), « Oui » / « Non » instead of True and
    False, a dash where nothing was recorded instead of « None »."""

    def get_field_display_value(self, field_name, field):
        if isinstance(field, (models.DateTimeField, models.BooleanField, models.ForeignKey)):
            value = getattr(self.object, field_name)
            shown = readable(value)
            if shown is not value:
                return shown
        return super().get_field_display_value(field_name, field)


class IdeaCommentInspectView(ReadableFields, InspectView):
    pass


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Viewing only, whatever the model permissions say: for records that
    change elsewhere (a comment is hidden from the idea's page, with a log entry)."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action == "view"])


class IdeaInspectView(ReadableFields, InspectView):
    template_name = "ideas/admin/idea_inspect.html"

    def get_object(self, queryset=None):
        queryset = (
            Idea.objects.visible_to(self.request.user)
            .select_related("call", "departement", "theme", "created_by")
            .prefetch_related("team_members", "attachments")
        )
        return get_object_or_404(queryset, pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        idea = self.object
        user = self.request.user
        targets = rules.allowed_targets(user, idea)
        staff = rules.is_staff_for_ideas(user)
        unsaved = self.request.session.pop(UNSAVED_TRANSITION % idea.pk, None) or {}
        context.update(
            {
                "idea": idea,
                "timeline": workflow.timeline(idea),
                "transition_form": TransitionForm(targets=targets, initial=unsaved)
                if targets and not rules.is_author(user, idea)
                else None,
                "decides_elsewhere": staff and rules.is_author(user, idea),
                "unsaved_comment": unsaved.get("comment", ""),
                "notes": list(idea.notes.select_related("author")) if staff else None,
                "note_form": NoteForm() if staff else None,
            }
        )
        return context


UNSAVED_TRANSITION = "ideas-unsaved-transition-%s"


def keep_unsaved_transition(request, idea):
    request.session[UNSAVED_TRANSITION % idea.pk] = {
        "target": request.POST.get("target", "")[:50],
        "comment": request.POST.get("comment", "")[:10_000],
    }


@require_POST
def transition_view(request, pk):
    idea = get_object_or_404(Idea.objects.visible_to(request.user), pk=pk)
    form = TransitionForm(request.POST, targets=rules.allowed_targets(request.user, idea))
    if not form.is_valid() and "target" not in form.errors:
        # The comment itself (too long): say what the field says.
        keep_unsaved_transition(request, idea)
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
        return redirect("wagtailsnippets_ideas_idea:inspect", idea.pk)
    if not form.is_valid():
        # Most often another moderator decided first: say so, and keep what
        # was typed for the inspect screen's form.
        keep_unsaved_transition(request, idea)
        messages.error(
            request,
            _(
                "« %(title)s » est maintenant « %(state)s » : ce changement d'état n'est plus possible "
                "(une autre personne a pu décider entre-temps). Votre commentaire est gardé ci-dessous."
            )
            % {"title": idea.title, "state": idea.state_label},
        )
        return redirect("wagtailsnippets_ideas_idea:inspect", idea.pk)
    try:
        workflow.transition(idea, form.cleaned_data["target"], request.user, form.cleaned_data["comment"])
    except rules.TransitionRefused as error:
        keep_unsaved_transition(request, idea)
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("« %(title)s » est maintenant « %(state)s ».") % {"title": idea.title, "state": idea.state_label}
        )
    return redirect("wagtailsnippets_ideas_idea:inspect", idea.pk)


@require_POST
def add_note_view(request, pk):
    if not rules.is_staff_for_ideas(request.user):
        raise PermissionDenied
    idea = get_object_or_404(Idea.objects.visible_to(request.user), pk=pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        IdeaNote.objects.create(idea=idea, author=request.user, text=form.cleaned_data["text"])
        messages.success(request, _("Note interne ajoutée."))
    else:
        messages.error(request, " ".join(form.errors["text"]))
    return redirect("wagtailsnippets_ideas_idea:inspect", idea.pk)
