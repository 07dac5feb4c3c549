"""Who may move an idea to which state: plain functions, tested one by one.

Moderators decide recevabilité; coordinators pre-select, decide and follow the
laureates; authors (the submitter and the team) submit, resubmit and withdraw
before a decision. Superusers act as both moderators and coordinators."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from home import roles
from home.roles import in_group

from .models import CallState, IdeaState

S = IdeaState

AUTHORS = "authors"
MODERATORS = "moderators"
COORDINATORS = "coordinators"

# (from, to) -> who may do it.
TRANSITIONS = {
    (S.DRAFT, S.SUBMITTED): AUTHORS,
    (S.TO_COMPLETE, S.SUBMITTED): AUTHORS,
    (S.SUBMITTED, S.ADMISSIBLE): MODERATORS,
    (S.SUBMITTED, S.INADMISSIBLE): MODERATORS,
    (S.SUBMITTED, S.TO_COMPLETE): MODERATORS,
    (S.ADMISSIBLE, S.PRESELECTED): COORDINATORS,
    (S.ADMISSIBLE, S.NOT_SELECTED): COORDINATORS,
    (S.PRESELECTED, S.LAUREATE): COORDINATORS,
    (S.PRESELECTED, S.NOT_SELECTED): COORDINATORS,
    (S.LAUREATE, S.PRE_INCUBATION): COORDINATORS,
    (S.LAUREATE, S.ABANDONED): COORDINATORS,
    (S.PRE_INCUBATION, S.INCUBATION): COORDINATORS,
    (S.PRE_INCUBATION, S.ABANDONED): COORDINATORS,
    (S.INCUBATION, S.DEPLOYED): COORDINATORS,
    (S.INCUBATION, S.ABANDONED): COORDINATORS,
}
# Authors may withdraw their idea until a decision is taken on it. A draft is
# not withdrawn but deleted (views.delete_draft): withdrawn, it would be listed
# to moderators and coordinators, who never see drafts.
WITHDRAWABLE_STATES = [S.SUBMITTED, S.TO_COMPLETE, S.ADMISSIBLE, S.PRESELECTED]
for _state in WITHDRAWABLE_STATES:
    TRANSITIONS[(_state, S.WITHDRAWN)] = AUTHORS

# Transitions that need a comment: the reason of a refusal, what to complete.
COMMENT_REQUIRED = {S.INADMISSIBLE, S.TO_COMPLETE}


class TransitionRefused(Exception):
    """A transition the rules forbid; its message is shown to the person."""


def is_moderator(user):
    return in_group(user, roles.MODERATORS)


def is_coordinator(user):
    return in_group(user, roles.COORDINATORS)


def is_staff_for_ideas(user):
    """Moderators and coordinators: they see every idea and its internal notes."""
    return is_moderator(user) or is_coordinator(user)


def is_author(user, idea):
    if not user.is_authenticated:
        return False
    if idea.created_by_id == user.pk:
        return True
    email = (user.email or "").lower()
    return any(
        member.user_id == user.pk or (email and member.email.lower() == email) for member in idea.team_members.all()
    )


def plays(user, idea, who):
    if who == AUTHORS:
        return is_author(user, idea)
    # Nobody decides on their own idea (conflict of interest, as for the jury):
    # another moderator or coordinator does.
    if who == MODERATORS:
        return is_moderator(user) and not is_author(user, idea)
    if who == COORDINATORS:
        return is_coordinator(user) and not is_author(user, idea)
    return False


def submission_refusal(idea, now=None):
    """Why the idea can't be submitted to its call right now (None when it can)."""
    state = idea.call.state_at(now or timezone.now())
    if idea.state == S.TO_COMPLETE:
        # Returned by a moderator: the authors answer even after the closing date,
        # until the results are out.
        if state == CallState.RESULTS:
            return _("Les résultats de cet appel sont publiés : l'idée ne peut plus être soumise.")
        return None
    if state == CallState.UPCOMING:
        return _("Cet appel n'est pas encore ouvert : vous pourrez soumettre votre idée à partir du %(date)s.") % {
            "date": date_format(timezone.localtime(idea.call.opens_at), "DATETIME_FORMAT")
        }
    if state != CallState.OPEN:
        return _("Cet appel est clos depuis le %(date)s : l'idée ne peut plus être soumise.") % {
            "date": date_format(timezone.localtime(idea.call.closes_at), "DATETIME_FORMAT")
        }
    return None


def can_transition(user, idea, target):
    who = TRANSITIONS.get((idea.state, target))
    return who is not None and plays(user, idea, who)


def allowed_targets(user, idea):
    """The states this user may move the idea to, in the order of the workflow."""
    return [target for (source, target), who in TRANSITIONS.items() if source == idea.state and plays(user, idea, who)]


def check_transition(user, idea, target, comment=""):
    """Raise TransitionRefused with a French message when the transition is not allowed."""
    if (idea.state, target) not in TRANSITIONS:
        raise TransitionRefused(
            _("Une idée « %(source)s » ne peut pas passer à l'état « %(target)s ».")
            % {"source": idea.state_label, "target": IdeaState(target).label}
        )
    if not can_transition(user, idea, target):
        raise TransitionRefused(_("Vous n'avez pas le droit de faire passer cette idée à cet état."))
    if target in COMMENT_REQUIRED and not (comment or "").strip():
        raise TransitionRefused(
            _("Un motif est obligatoire pour déclarer une idée irrecevable.")
            if target == S.INADMISSIBLE
            else _("Un commentaire est obligatoire pour renvoyer une idée à ses auteurs.")
        )
    if target == S.SUBMITTED:
        refusal = submission_refusal(idea)
        if refusal:
            raise TransitionRefused(refusal)
