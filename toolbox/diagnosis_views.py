"""The self-diagnosis: list of sessions, opening one, filling the questionnaire, results.

A session is private to its creator and to the members of its organisation:
anyone else gets a 404, as if it did not exist."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from .diagnosis_forms import QuestionnaireForm, SessionForm
from .diagnosis_results import build_results, questionnaire
from .models.diagnosis import DiagnosisSession, DiagnosisSubPractice


def _visible_session(request, pk):
    sessions = DiagnosisSession.objects.visible_to(request.user).select_related("organisation", "created_by")
    return get_object_or_404(sessions, pk=pk)


@require_GET
def diagnosis_index(request):
    sessions = (
        DiagnosisSession.objects.visible_to(request.user)
        .select_related("organisation", "created_by")
        .annotate(rated=Count("ratings", filter=Q(ratings__level__isnull=False)))
        .order_by("-held_on", "-id")  # Meta.ordering does not apply to an aggregating query
    )
    return render(
        request,
        "toolbox/diagnosis/index.html",
        {"sessions": sessions, "subpractice_count": DiagnosisSubPractice.objects.count()},
    )


@require_http_methods(["GET", "POST"])
def diagnosis_create(request):
    form = SessionForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        session = form.save(commit=False)
        session.created_by = request.user
        session.save()
        messages.success(request, _("La séance est ouverte : estimez chaque sous-pratique avec le groupe."))
        return redirect("toolbox:diagnosis_fill", pk=session.pk)
    return render(request, "toolbox/diagnosis/create.html", {"form": form})


@require_http_methods(["GET", "POST"])
def diagnosis_fill(request, pk):
    session = _visible_session(request, pk)
    if session.is_completed:
        messages.info(request, _("Cette séance est terminée : voici ses résultats."))
        return redirect("toolbox:diagnosis_results", pk=session.pk)
    ratings = {rating.subpractice_id: rating for rating in session.ratings.all()}
    form = QuestionnaireForm(request.POST or None, competencies=questionnaire(), ratings=ratings)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            session.save_answers(form.answers())
            if form.completing:
                try:
                    session.complete()
                except ValidationError as error:
                    # The questionnaire changed while the group was filling it in: the answers
                    # are kept as a draft.
                    messages.error(request, error.messages[0])
                    return redirect("toolbox:diagnosis_fill", pk=session.pk)
        if form.completing:
            messages.success(request, _("Diagnostic terminé. Voici vos résultats."))
            return redirect("toolbox:diagnosis_results", pk=session.pk)
        messages.success(request, _("Brouillon enregistré : vous pourrez reprendre plus tard."))
        waiting = form.levels_without_evidence()
        if waiting:
            messages.warning(
                request,
                ngettext(
                    "%(count)d niveau attend encore les faits qui le prouvent : notez-les avant de terminer le "
                    "diagnostic.",
                    "%(count)d niveaux attendent encore les faits qui les prouvent : notez-les avant de terminer le "
                    "diagnostic.",
                    waiting,
                )
                % {"count": waiting},
            )
        return redirect(reverse("toolbox:diagnosis_fill", kwargs={"pk": session.pk}))
    return render(request, "toolbox/diagnosis/fill.html", {"session": session, "form": form})


@require_GET
def diagnosis_results(request, pk):
    session = _visible_session(request, pk)
    if not session.is_completed:
        messages.info(request, _("Les résultats s'affichent quand le diagnostic est terminé."))
        return redirect("toolbox:diagnosis_fill", pk=session.pk)
    return render(request, "toolbox/diagnosis/results.html", {"session": session, **build_results(session)})
