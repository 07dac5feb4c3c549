"""The idea pool across every call, and adopting an idea for one's département."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.search.backends import get_search_backend

from home.forms import Textarea
from network.models import Organisation

from . import rules
from .models import POOL_STATES, Idea, IdeaTheme
from .pool import AdoptionRefused, adopt, pool_queryset
from .wall_views import discussion

POOL_PAGE_SIZE = 30
MAX_SEARCH_RESULTS = 300


class PoolFilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Mots-clés"), required=False, max_length=200)
    departement = forms.ModelChoiceField(
        label=gettext_lazy("Département d'origine"),
        required=False,
        queryset=Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT),
        empty_label=gettext_lazy("Tous"),
    )
    theme = forms.ModelChoiceField(
        label=gettext_lazy("Thème"), required=False, queryset=IdeaTheme.objects.all(), empty_label=gettext_lazy("Tous")
    )


class AdoptionForm(forms.Form):
    departement = forms.ModelChoiceField(
        label=gettext_lazy("Pour le département"),
        queryset=Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT),
        error_messages={"required": gettext_lazy("Choisissez le département qui adopte l'idée.")},
    )
    note = forms.CharField(
        label=gettext_lazy("Ce que votre département en fera (facultatif)"),
        required=False,
        max_length=2000,
        widget=Textarea(attrs={"rows": 3}),
    )


def pool(request):
    form = PoolFilterForm(request.GET or None)
    filters = {"state__in": POOL_STATES}
    query = ""
    if form.is_valid():
        if form.cleaned_data["departement"]:
            filters["departement_id"] = form.cleaned_data["departement"].pk
        if form.cleaned_data["theme"]:
            filters["theme_id"] = form.cleaned_data["theme"].pk
        query = form.cleaned_data["q"].strip()
    # Pool states are public: every member of the network may read them.
    ideas = pool_queryset(Idea.objects.filter(**filters))
    if query:
        found = get_search_backend().search(query, Idea.objects.filter(**filters), operator="and")
        ranked = [idea.pk for idea in found[:MAX_SEARCH_RESULTS]]
        by_pk = ideas.in_bulk(ranked)
        items = [by_pk[pk] for pk in ranked if pk in by_pk]
    else:
        items = ideas.order_by("title")
    page_obj = Paginator(items, POOL_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "ideas/pool/pool.html",
        {"form": form, "page_obj": page_obj, "ideas": page_obj.object_list, "query": query},
    )


@require_POST
def adopt_view(request, pk):
    if not rules.is_coordinator(request.user):
        raise PermissionDenied
    idea = get_object_or_404(Idea.objects.visible_to(request.user).select_related("call"), pk=pk)
    form = AdoptionForm(request.POST)
    if form.is_valid():
        try:
            adoption = adopt(request.user, idea, form.cleaned_data["departement"], form.cleaned_data["note"])
        except AdoptionRefused as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("« %(title)s » est adoptée par %(departement)s ; ses auteurs sont prévenus.")
                % {"title": idea.title, "departement": adoption.departement},
            )
            return redirect("ideas:discussion", idea.pk)
    # As for a comment left empty: the page again, with the errors and the note
    # as it was typed.
    return discussion(request, idea.pk, adoption_form=form)
