"""The jury's screens: a juror's ideas to score and the scoring form, the
coordinators' ranking, the jury-day projector mode and the deliberation sheet."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from home.forms import Textarea

from . import jury, rules, scoring
from .jury import ScoreRefused
from .models import CallJuror, CallState, IdeaCallPage, IdeaState, JuryEvaluation

PITCH_SECONDS = 3 * 60
QUESTIONS_SECONDS = 5 * 60
SCORE_CHOICES = [(value, str(value)) for value in range(scoring.SCORE_MIN, scoring.SCORE_MAX + 1)]


class ScoreForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Votre commentaire"),
        required=False,
        max_length=2000,
        widget=Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, criteria=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        fields = {}
        for criterion in self.criteria:
            fields[f"criterion_{criterion.id}"] = forms.TypedChoiceField(
                label=_("%(name)s (poids %(weight)s)") % {"name": criterion.name, "weight": criterion.weight},
                choices=SCORE_CHOICES,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Notez ce critère de 1 à 5.")},
            )
        # Criteria first, the comment last.
        self.fields = {**fields, "comment": self.fields["comment"]}

    def values(self):
        return {c.id: self.cleaned_data[f"criterion_{c.id}"] for c in self.criteria}


def require_coordinator(user):
    if not rules.is_coordinator(user):
        raise PermissionDenied


def live_call(pk):
    return get_object_or_404(IdeaCallPage.objects.live(), pk=pk)


def home(request):
    """A juror's calls and ideas; for coordinators, every call with pre-selected ideas."""
    seats = CallJuror.objects.filter(user=request.user).select_related("call")
    scored = set(JuryEvaluation.objects.filter(juror=request.user).values_list("idea_id", flat=True))
    calls = []
    for seat in seats:
        ideas = jury.passage_order(seat.call)
        calls.append(
            {
                "call": seat.call,
                "rows": [
                    {"idea": idea, "scored": idea.pk in scored, "conflict": rules.is_author(request.user, idea)}
                    for idea in ideas
                ],
            }
        )
    coordinated = []
    if rules.is_coordinator(request.user):
        coordinated = list(
            IdeaCallPage.objects.live()
            .filter(Q(ideas__state=IdeaState.PRESELECTED) | Q(jurors__isnull=False))
            .distinct()
            .order_by("-opens_at")
        )
    if not calls and not coordinated:
        raise Http404
    return render(request, "ideas/jury/home.html", {"calls": calls, "coordinated": coordinated})


def score(request, pk):
    # Only the ideas a jury sees: any other idea, a draft above all, stays as
    # private here as on its own page.
    idea = get_object_or_404(jury.seen_by_jury().select_related("call"), pk=pk)
    call = idea.call
    is_coord = rules.is_coordinator(request.user)
    if not (jury.is_juror(request.user, call) or is_coord):
        raise Http404
    criteria = scoring.criteria_of(call)
    refusal = None
    already_scored = False
    try:
        jury.check_may_score(request.user, idea)
    except ScoreRefused as error:
        refusal = str(error)
        already_scored = error.code == "already_scored"
    form = None
    if refusal is None:
        form = ScoreForm(request.POST or None, criteria=criteria)
        if request.method == "POST" and form.is_valid():
            try:
                jury.submit_evaluation(request.user, idea, form.values(), form.cleaned_data["comment"])
            except ScoreRefused as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("Votre évaluation est enregistrée. Voici celles des autres jurés."))
            return redirect("ideas:jury_score", idea.pk)
    elif request.method == "POST":
        # Refused on the server, whatever the page showed.
        return render(
            request, "ideas/jury/score.html", {"idea": idea, "refusal": refusal, "criteria": criteria}, status=403
        )
    # Having scored is where a juror ends up, not a refusal: said plainly, not as
    # a warning beside « Votre évaluation est enregistrée ».
    if already_scored:
        refusal = None
    evaluations = None
    result = None
    if jury.may_see_scores(request.user, idea):
        evaluations = list(jury.evaluations_of([idea]))
        for evaluation in evaluations:
            values = evaluation.values()
            evaluation.rows = [(c, values.get(c.id)) for c in criteria]
            evaluation.weighted = scoring.weighted_average(values, criteria)
        result = scoring.results([idea], evaluations, criteria)[0]
    return render(
        request,
        "ideas/jury/score.html",
        {
            "idea": idea,
            "form": form,
            "refusal": refusal,
            "already_scored": already_scored,
            "criteria": criteria,
            "evaluations": evaluations,
            "result": result,
        },
        status=400 if form is not None and form.is_bound and not form.is_valid() else 200,
    )


def ranking_rows(call):
    criteria = scoring.criteria_of(call)
    results = jury.ranking(call)
    for result in results:
        result.criterion_rows = [(c, result.criterion_means.get(c.id)) for c in criteria]
    return criteria, results


def ranking(request, pk):
    require_coordinator(request.user)
    call = live_call(pk)
    criteria, results = ranking_rows(call)
    jurors = CallJuror.objects.filter(call=call).select_related("user")
    return render(
        request,
        "ideas/jury/ranking.html",
        {"call": call, "criteria": criteria, "results": results, "jurors": jurors},
    )


def jury_day(request, pk):
    """The projector screen: the order of passage, the current team and its timer."""
    require_coordinator(request.user)
    call = live_call(pk)
    order = jury.passage_order(call)
    try:
        current = max(0, min(int(request.GET.get("equipe", 1)) - 1, len(order) - 1))
    except ValueError:
        current = 0
    return render(
        request,
        "ideas/jury/jury_day.html",
        {
            "call": call,
            "order": order,
            "current": order[current] if order else None,
            "position": current + 1,
            "next_position": current + 2 if current + 1 < len(order) else None,
            "pitch_seconds": PITCH_SECONDS,
            "questions_seconds": QUESTIONS_SECONDS,
        },
    )


def deliberation(request, pk):
    require_coordinator(request.user)
    call = live_call(pk)
    criteria, results = ranking_rows(call)
    pending = [r for r in results if r.idea.state == IdeaState.PRESELECTED]
    context = {
        "call": call,
        "criteria": criteria,
        "results": results,
        "pending": pending,
        "call_not_closed": call.is_open or call.state == CallState.UPCOMING,
        "undecided_count": jury.undecided_count(call),
    }
    return render(request, "ideas/jury/deliberation.html", context)


@require_POST
def publish(request, pk):
    require_coordinator(request.user)
    call = live_call(pk)
    try:
        decided = jury.publish_results(call, request.POST.getlist("laureates"), request.user)
    except rules.TransitionRefused as error:
        messages.error(request, str(error))
        return redirect("ideas:jury_deliberation", call.pk)
    messages.success(
        request,
        ngettext(
            "Résultats publiés : %(count)s idée décidée, son équipe est prévenue par courriel.",
            "Résultats publiés : %(count)s idées décidées, les équipes sont prévenues par courriel.",
            len(decided),
        )
        % {"count": len(decided)},
    )
    return redirect(call.url)
