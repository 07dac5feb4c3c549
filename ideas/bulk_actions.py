from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from home.ids import object_ids as object_ids_from

from . import rules, workflow
from .admin_views import listed_ideas
from .forms import TransitionForm
from .models import Idea


class ListedIdeasOnly:
    """A bulk action on the listed ideas only: the drafts of a selection or of
    "select all" stay out, titles included."""

    @classmethod
    def ideas(cls):
        return listed_ideas()

    @classmethod
    def get_queryset(cls, model, object_ids):
        # Ids typed in the address (or listed by « select all »): "abc" finds
        # nothing instead of a 500.
        return list(cls.ideas().filter(pk__in=object_ids_from(map(str, object_ids))))

    def get_all_objects_in_listing_query(self, parent_id):
        return listed_ideas().values_list("pk", flat=True)


class TransitionBulkAction(ListedIdeasOnly, SnippetBulkAction):
    """Move many ideas at once; those the rules refuse are left as they are and counted."""

    display_name = _("Changer l'état")
    action_type = "transition"
    aria_label = _("Changer l'état des idées sélectionnées")
    template_name = "ideas/admin/bulk_transition.html"
    action_priority = 10
    form_class = TransitionForm
    models = [Idea]

    @classmethod
    def ideas(cls):
        return listed_ideas().select_related("call").prefetch_related("team_members")

    def check_perm(self, obj):
        return rules.is_staff_for_ideas(self.request.user)

    def get_execution_context(self):
        return {
            "user": self.request.user,
            "target": self.cleaned_form.cleaned_data["target"],
            "comment": self.cleaned_form.cleaned_data["comment"],
        }

    @classmethod
    def execute_action(cls, objects, user=None, target=None, comment="", **kwargs):
        moved = refused = 0
        for idea in objects:
            try:
                workflow.transition(idea, target, user, comment)
                moved += 1
            except rules.TransitionRefused:
                refused += 1
        return moved, refused

    def get_success_message(self, num_parent_objects, num_child_objects):
        message = ngettext(
            "%(count)d idée a changé d'état.", "%(count)d idées ont changé d'état.", num_parent_objects
        ) % {"count": num_parent_objects}
        if num_child_objects:
            message += " " + ngettext(
                "%(count)d idée n'a pas pu y passer (règles du circuit ou motif manquant).",
                "%(count)d idées n'ont pas pu y passer (règles du circuit ou motif manquant).",
                num_child_objects,
            ) % {"count": num_child_objects}
        return message


class ListedIdeasDeleteBulkAction(ListedIdeasOnly, DeleteBulkAction):
    """Wagtail's deletion of many snippets, on the listed ideas only.
    Registered after Wagtail's own, which it replaces for ideas."""

    models = [Idea]
