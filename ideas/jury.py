"""The jury's rules: who scores what, who sees which scores, order of passage
and publishing the results through the workflow."""

from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from . import rules, scoring, workflow
from .models import CallJuror, CallState, CriterionScore, Idea, IdeaState, JuryEvaluation

RESULTS_PUBLISHED_ACTION = "ideas.results_published"
UNDECIDED_STATES = [IdeaState.SUBMITTED, IdeaState.TO_COMPLETE, IdeaState.ADMISSIBLE]


class ScoreRefused(Exception):
    """A score the rules forbid; its message is shown to the juror. `code` says
    which rule ("already_scored" for a juror who has sent theirs)."""

    def __init__(self, message, code=None):
        super().__init__(message)
        self.code = code


def is_juror(user, call):
    return user.is_authenticated and CallJuror.objects.filter(call=call, user=user).exists()


def seen_by_jury():
    """The ideas a jury sees: the pre-selected ones, and those already scored
    (still listed once the results moved them on)."""
    return (
        Idea.objects.filter(Q(state=IdeaState.PRESELECTED) | Q(jury_evaluations__isnull=False))
        .distinct()
        .select_related("departement")
        .prefetch_related("team_members")
    )


def jury_ideas(call):
    """The ideas the jury of `call` sees."""
    return seen_by_jury().filter(call=call)


def passage_order(call):
    """The order teams pitch in on the jury day: département by département, then by title."""
    return sorted(
        jury_ideas(call), key=lambda idea: ((idea.departement.name if idea.departement else "~"), idea.title.lower())
    )


def has_scored(user, idea):
    return JuryEvaluation.objects.filter(idea=idea, juror=user).exists()


def check_may_score(user, idea):
    if not is_juror(user, idea.call):
        raise ScoreRefused(_("Vous ne faites pas partie du jury de cet appel."))
    if rules.is_author(user, idea):
        raise ScoreRefused(
            _("Vous faites partie de l'équipe de cette idée : vous ne pouvez pas la noter (conflit d'intérêts).")
        )
    if idea.state != IdeaState.PRESELECTED:
        raise ScoreRefused(_("Seules les idées présélectionnées sont notées par le jury."))
    if has_scored(user, idea):
        raise ScoreRefused(_("Vous avez déjà envoyé votre évaluation de cette idée."), code="already_scored")


def may_see_scores(user, idea):
    """Coordinators see every score; a juror sees the others' once theirs is sent."""
    return rules.is_coordinator(user) or (is_juror(user, idea.call) and has_scored(user, idea))


def submit_evaluation(user, idea, values, comment=""):
    """Record a juror's scores ({criterion id: 1..5}) on every criterion of the call."""
    check_may_score(user, idea)
    criteria = scoring.criteria_of(idea.call)
    missing = [c.name for c in criteria if values.get(c.id) is None]
    if missing:
        raise ScoreRefused(_("Notez chaque critère : %(names)s.") % {"names": ", ".join(missing)})
    for c in criteria:
        if not scoring.SCORE_MIN <= int(values[c.id]) <= scoring.SCORE_MAX:
            raise ScoreRefused(_("Les notes vont de 1 à 5."))
    try:
        with transaction.atomic():
            evaluation = JuryEvaluation.objects.create(idea=idea, juror=user, comment=(comment or "").strip())
            CriterionScore.objects.bulk_create(
                CriterionScore(evaluation=evaluation, criterion_id=c.id, criterion_name=c.name, value=int(values[c.id]))
                for c in criteria
            )
    except IntegrityError as error:
        raise ScoreRefused(_("Vous avez déjà envoyé votre évaluation de cette idée."), code="already_scored") from error
    return evaluation


def evaluations_of(ideas):
    return (
        JuryEvaluation.objects.filter(idea__in=ideas)
        .select_related("juror")
        .prefetch_related(Prefetch("scores", queryset=CriterionScore.objects.all()))
    )


def ranking(call):
    ideas = list(jury_ideas(call))
    return scoring.results(ideas, evaluations_of(ideas), scoring.criteria_of(call))


def checked_laureates(laureate_pks, pending_pks):
    """The ids ticked as lauréates, as numbers; refused, before anything is
    published, unless each one is a pre-selected idea of the call."""
    try:
        laureates = {int(pk) for pk in laureate_pks}
    except (TypeError, ValueError) as error:
        raise rules.TransitionRefused(
            _("La liste des lauréates contient un numéro d'idée invalide : rien n'a été publié.")
        ) from error
    unknown = sorted(laureates - pending_pks)
    if unknown:
        raise rules.TransitionRefused(
            _(
                "Ces lauréates ne sont pas des idées présélectionnées de cet appel : n° %(numbers)s. Rien n'a été publié."
            )
            % {"numbers": ", ".join(str(pk) for pk in unknown)}
        )
    return laureates


@transaction.atomic
def publish_results(call, laureate_pks, user):
    """Each pre-selected idea becomes lauréate or non retenue through the workflow
    (logged and emailed), and the call page shows its results from now on."""
    if not rules.is_coordinator(user):
        raise rules.TransitionRefused(_("Seuls les coordinateurs publient les résultats."))
    if call.is_open or call.state == CallState.UPCOMING:
        raise rules.TransitionRefused(
            _("L'appel reçoit des idées jusqu'au %(date)s : ses résultats se publient après sa clôture.")
            % {"date": date_format(timezone.localtime(call.closes_at), "DATETIME_FORMAT")}
        )
    pending = list(Idea.objects.filter(call=call, state=IdeaState.PRESELECTED).select_related("call"))
    laureate_pks = checked_laureates(laureate_pks, {idea.pk for idea in pending})
    decided = []
    for idea in pending:
        target = IdeaState.LAUREATE if idea.pk in laureate_pks else IdeaState.NOT_SELECTED
        workflow.transition(idea, target, user, _("Résultats du jury"))
        decided.append(idea)
    # Written on the live page alone, not by publishing a new revision: one
    # made from the live page dropped the draft an editor had saved on the call.
    call.results_published_at = timezone.now()
    call.save(update_fields=["results_published_at"], clean=False)
    # The revisions carry it too: publishing that draft later, or going back to
    # the live revision, would otherwise take the results off the call page.
    stamp = call.serializable_data()["results_published_at"]
    for revision in {call.latest_revision, call.live_revision} - {None}:
        revision.content["results_published_at"] = stamp
        revision.save(update_fields=["content"])
    log(call, RESULTS_PUBLISHED_ACTION, user=user, data={"laureates": sorted(laureate_pks)})
    return decided


def undecided_count(call):
    """Ideas of the call still waiting for admissibility or pre-selection: the
    results leave them as they are."""
    return Idea.objects.filter(call=call, state__in=UNDECIDED_STATES).count()
