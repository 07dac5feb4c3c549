"""The interactive tools and the user's workspace. Every saved item is private to
its owner (404 for anyone else) unless shared by link, read-only."""

from django.contrib import messages
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import pitch as pitch_rules
from . import world_cafe
from .forms import PersonaFormSet, PersonaSetForm, PitchForm, WorldCafePlanForm
from .models import PersonaSet, Pitch, WorldCafePlan
from .models.workspace import TOOL_MODELS


def _own(model, request, pk):
    return get_object_or_404(model, pk=pk, owner=request.user)


def _tool_model(tool):
    try:
        return TOOL_MODELS[tool]
    except KeyError:
        raise Http404 from None


def workspace(request):
    pitches = Pitch.objects.filter(owner=request.user)
    persona_sets = PersonaSet.objects.filter(owner=request.user).annotate(persona_count=Count("personas"))
    plans = WorldCafePlan.objects.filter(owner=request.user)
    return render(
        request,
        "toolbox/workspace.html",
        {
            "sections": [
                {
                    "tool": "pitch",
                    "title": _("Mes pitchs"),
                    "items": pitches,
                    "new_url": reverse("toolbox:pitch_new"),
                    "new_label": _("Préparer un pitch"),
                },
                {
                    "tool": "persona",
                    "title": _("Mes personas"),
                    "items": persona_sets,
                    "new_url": reverse("toolbox:persona_new"),
                    "new_label": _("Créer des personas"),
                },
                {
                    "tool": "world_cafe",
                    "title": _("Mes world cafés"),
                    "items": plans,
                    "new_url": reverse("toolbox:world_cafe_new"),
                    "new_label": _("Planifier un world café"),
                },
            ]
        },
    )


def _pitch_estimate_from(form, instance):
    """The estimate of what is on screen: the submitted text when there is one
    (even when the form has errors, so nothing typed is lost), else the saved pitch."""
    if form.is_bound:
        data = form.data
        try:
            wpm = int(data.get("words_per_minute") or pitch_rules.DEFAULT_WORDS_PER_MINUTE)
        except ValueError:
            wpm = pitch_rules.DEFAULT_WORDS_PER_MINUTE
        wpm = min(max(wpm, pitch_rules.MIN_WORDS_PER_MINUTE), pitch_rules.MAX_WORDS_PER_MINUTE)
        return pitch_rules.estimate(data.get("drama"), data.get("solution"), data.get("implementation"), wpm)
    if instance is not None:
        return instance.estimate()
    return pitch_rules.estimate("", "", "")


def open_call_links(pitch):
    """Links that start an idea submission from the pitch, one per open call.
    Empty until the ideas app provides its submission URL."""
    from ideas.models import IdeaCallPage

    now = timezone.now()
    calls = IdeaCallPage.objects.live().filter(opens_at__lte=now, closes_at__gte=now).order_by("closes_at")
    links = []
    for call in calls:
        try:
            url = reverse("ideas:submit", args=[call.pk])
        except NoReverseMatch:
            return []
        links.append({"call": call, "url": f"{url}?pitch={pitch.pk}"})
    return links


def pitch_edit(request, pk=None):
    instance = _own(Pitch, request, pk) if pk else None
    if request.method == "POST":
        form = PitchForm(request.POST, instance=instance)
        if request.POST.get("action") != "estimate" and form.is_valid():
            pitch = form.save(commit=False)
            if instance is None:
                pitch.owner = request.user
            pitch.save()
            messages.success(request, _("Pitch enregistré dans votre espace."))
            return redirect(pitch)
    else:
        form = PitchForm(instance=instance)
    return render(
        request,
        "toolbox/pitch_form.html",
        {
            "form": form,
            "item": instance,
            "estimate": _pitch_estimate_from(form, instance),
            "pitch_limit_seconds": pitch_rules.PITCH_LIMIT_SECONDS,
            "questions_seconds": pitch_rules.QUESTIONS_SECONDS,
            "open_calls": open_call_links(instance) if instance else [],
        },
    )


def persona_edit(request, pk=None):
    instance = _own(PersonaSet, request, pk) if pk else None
    if request.method == "POST":
        form = PersonaSetForm(request.POST, instance=instance)
        formset = PersonaFormSet(request.POST, instance=instance or PersonaSet(), prefix="personas")
        if form.is_valid() and formset.is_valid():
            persona_set = form.save(commit=False)
            if instance is None:
                persona_set.owner = request.user
            persona_set.save()
            formset.instance = persona_set
            personas = formset.save(commit=False)
            for persona in formset.deleted_objects:
                persona.delete()
            start = persona_set.personas.count()
            for offset, persona in enumerate(personas):
                if persona.pk is None:
                    persona.sort_order = start + offset
                persona.save()
            messages.success(request, _("Personas enregistrées dans votre espace."))
            return redirect(persona_set)
    else:
        form = PersonaSetForm(instance=instance)
        formset = PersonaFormSet(instance=instance or PersonaSet(), prefix="personas")
    return render(
        request,
        "toolbox/persona_form.html",
        {"form": form, "formset": formset, "item": instance, "personas": instance.personas.all() if instance else []},
    )


def world_cafe_edit(request, pk=None):
    instance = _own(WorldCafePlan, request, pk) if pk else None
    plan = instance.plan() if instance else None
    if request.method == "POST":
        form = WorldCafePlanForm(request.POST, instance=instance)
        if form.is_valid():
            data = form.cleaned_data
            plan = world_cafe.plan(
                data["participants"],
                data["table_size"],
                data["total_minutes"],
                data["harvest_minutes"],
                data["questions"],
                data["hosts"],
            )
            if request.POST.get("action") != "estimate":
                saved = form.save(commit=False)
                if instance is None:
                    saved.owner = request.user
                saved.save()
                messages.success(request, _("Plan de world café enregistré dans votre espace."))
                return redirect(saved)
    else:
        form = WorldCafePlanForm(instance=instance)
        if plan is None:
            defaults = WorldCafePlan()
            plan = defaults.plan()
    return render(request, "toolbox/world_cafe_form.html", {"form": form, "item": instance, "plan": plan})


@require_POST
def duplicate(request, tool, pk):
    original = _own(_tool_model(tool), request, pk)
    copy = original.duplicate(request.user)
    messages.success(request, _("Copie créée : vous travaillez maintenant sur « %(title)s ».") % {"title": copy.title})
    return redirect(copy)


def delete(request, tool, pk):
    item = _own(_tool_model(tool), request, pk)
    if request.method == "POST":
        item.delete()
        messages.success(request, _("« %(title)s » a été supprimé de votre espace.") % {"title": item.title})
        return redirect("toolbox:workspace")
    return render(request, "toolbox/confirm_delete.html", {"item": item})


@require_POST
def share(request, tool, pk):
    item = _own(_tool_model(tool), request, pk)
    if request.POST.get("action") == "stop":
        item.stop_sharing()
        messages.success(request, _("Le lien de partage ne fonctionne plus."))
    else:
        item.share()
        messages.success(
            request, _("Lien de partage créé : vos collègues connectés peuvent consulter ce travail, sans le modifier.")
        )
    return redirect(item)


def _shared_item(tool, token):
    return get_object_or_404(_tool_model(tool), share_token=token)


def shared(request, tool, token):
    item = _shared_item(tool, token)
    context = {"item": item, "is_owner": item.owner_id == request.user.pk}
    if tool == "pitch":
        context["estimate"] = item.estimate()
        context["open_calls"] = open_call_links(item)
    elif tool == "persona":
        context["personas"] = item.personas.all()
    else:
        context["plan"] = item.plan()
    return render(request, f"toolbox/shared_{tool}.html", context)


@require_POST
def duplicate_shared(request, tool, token):
    copy = _shared_item(tool, token).duplicate(request.user)
    messages.success(request, _("Une copie est maintenant dans votre espace."))
    return redirect(copy)
