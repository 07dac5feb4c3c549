"""The idea wall on a call page, and each idea's discussion: supports, comments,
reports and hiding."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from home.forms import Textarea
from home.row_urls import pk_url_builder
from network.models import Organisation

from . import engagement, rules
from .choices import LabelledModelChoiceField
from .engagement import EngagementRefused
from .models import PUBLIC_STATES, CallState, Idea, IdeaComment, IdeaState, IdeaTheme

WALL_PAGE_SIZE = 30


class WallFilterForm(forms.Form):
    etat = forms.ChoiceField(label=gettext_lazy("État"), required=False)
    departement = LabelledModelChoiceField(
        label=gettext_lazy("Département"), required=False, queryset=Organisation.objects.none(), label_field="name"
    )
    theme = LabelledModelChoiceField(
        label=gettext_lazy("Thème"), required=False, queryset=IdeaTheme.objects.all(), label_field="name"
    )

    def __init__(self, *args, call=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["etat"].choices = [("", _("Tous"))] + [(s.value, s.label) for s in IdeaState if s in PUBLIC_STATES]
        self.fields["departement"].queryset = Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT)
        self.fields["departement"].empty_label = _("Tous")
        self.fields["theme"].empty_label = _("Tous")

    def apply(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data["etat"]:
            queryset = queryset.filter(state=data["etat"])
        if data["departement"]:
            queryset = queryset.filter(departement=data["departement"])
        if data["theme"]:
            queryset = queryset.filter(theme=data["theme"])
        return queryset


def wall_context(request, call):
    form = WallFilterForm(request.GET or None, call=call)
    ideas = form.apply(engagement.wall_ideas(call, request.user))
    results_out = call.state == CallState.RESULTS
    # Laureates first once the results are out.
    ideas = ideas.order_by(*laureates_first()) if results_out else ideas.order_by("-support_count", "title")
    page_obj = Paginator(ideas, WALL_PAGE_SIZE).get_page(request.GET.get("page"))
    page_obj.object_list = with_card_details(list(page_obj.object_list))
    return {
        "call": call,
        "filter_form": form,
        "page_obj": page_obj,
        "ideas": page_obj.object_list,
        "results_out": results_out,
        "request": request,
    }


def with_card_details(ideas):
    """What each card shows beyond the idea's fields, computed here rather than
    by the template engine, whose lookups cost more than the queries on a page
    of 30 cards."""
    discussion_url = pk_url_builder("ideas:discussion")
    support_url = pk_url_builder("ideas:support")
    names = engagement.team_names(ideas)
    for idea in ideas:
        idea.discussion_url = discussion_url(idea.pk)
        idea.support_url = support_url(idea.pk)
        idea.team_names = ", ".join(names[idea.pk])
        idea.support_label = ngettext("%(counter)s soutien", "%(counter)s soutiens", idea.support_count) % {
            "counter": idea.support_count
        }
        idea.comment_label = ngettext("%(counter)s commentaire", "%(counter)s commentaires", idea.comment_count) % {
            "counter": idea.comment_count
        }
    return ideas


def laureates_first():
    from django.db.models import Case, IntegerField, Value, When

    from .models import LAUREATE_AND_LATER

    return [
        Case(When(state__in=LAUREATE_AND_LATER, then=Value(0)), default=Value(1), output_field=IntegerField()),
        "-support_count",
        "title",
    ]


def public_idea(request, pk):
    return get_object_or_404(
        Idea.objects.visible_to(request.user).filter(state__in=PUBLIC_STATES).select_related("call", "departement"),
        pk=pk,
    )


def back(request, fallback):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(fallback)


@require_POST
def support_view(request, pk):
    idea = public_idea(request, pk)
    if request.POST.get("action") == "withdraw":
        engagement.withdraw_support(request.user, idea)
        messages.success(request, _("Vous ne soutenez plus « %(title)s ».") % {"title": idea.title})
    else:
        engagement.support(request.user, idea)
        messages.success(request, _("Vous soutenez « %(title)s ».") % {"title": idea.title})
    return back(request, idea.call.url + f"#idee-{idea.pk}")


class CommentForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Votre commentaire"),
        max_length=2000,
        widget=Textarea(attrs={"rows": 4}),
        error_messages={"required": gettext_lazy("Le commentaire est vide.")},
    )


def discussion(request, pk, comment_form=None, adoption_form=None):
    """The idea's page of discussion; with a posted form that did not validate
    (a comment or an adoption), that form with its errors, as typed."""
    idea = public_idea(request, pk)
    comments = (
        IdeaComment.objects.visible_to(request.user)
        .filter(idea=idea)
        .select_related("author", "hidden_by")
        .prefetch_related(Prefetch("reports"))
    )
    from .pool import adoption_context

    comments = list(comments)
    for comment in comments:
        # From the reports already read for the moderators' count: no query more.
        comment.reported_by_me = any(report.reporter_id == request.user.pk for report in comment.reports.all())
    context = {
        "idea": idea,
        "supports": idea.supports.count(),
        "supported": idea.supports.filter(user=request.user).exists(),
        "comments": comments,
        "comment_form": comment_form or CommentForm(),
        "is_moderator": rules.is_moderator(request.user),
        "highlighted": engagement.is_highlighted(idea),
        **adoption_context(request, idea, adoption_form),
    }
    invalid = comment_form is not None or adoption_form is not None
    return render(request, "ideas/wall/discussion.html", context, status=400 if invalid else 200)


@require_POST
def comment_view(request, pk):
    idea = public_idea(request, pk)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return discussion(request, pk, comment_form=form)
    try:
        engagement.add_comment(request.user, idea, form.cleaned_data["text"])
    except EngagementRefused as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Votre commentaire est publié."))
    return redirect("ideas:discussion", idea.pk)


def visible_comment(request, pk):
    comment = get_object_or_404(IdeaComment.objects.visible_to(request.user).select_related("idea"), pk=pk)
    public_idea(request, comment.idea_id)
    return comment


@require_POST
def report_view(request, pk):
    comment = visible_comment(request, pk)
    try:
        engagement.report(request.user, comment, request.POST.get("reason", ""))
    except EngagementRefused as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Merci : le commentaire est signalé aux modérateurs."))
    # Back to the comment, not to the top of the page.
    return redirect(reverse("ideas:discussion", args=[comment.idea_id]) + f"#commentaire-{comment.pk}")


@require_POST
def hide_view(request, pk):
    if not rules.is_moderator(request.user):
        raise PermissionDenied
    comment = visible_comment(request, pk)
    hidden = request.POST.get("action") != "show"
    engagement.set_hidden(request.user, comment, hidden)
    messages.success(request, _("Commentaire masqué.") if hidden else _("Commentaire de nouveau visible."))
    return redirect("ideas:discussion", comment.idea_id)
