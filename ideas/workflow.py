"""Moving an idea through its states: check the rules, record the transition in
Wagtail's log (so the admin history and the authors' timeline show it) and tell
the authors by email."""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from . import notifications
from .models import IdeaState
from .rules import check_transition

TRANSITION_ACTION = "ideas.transition"
TEAM_LEFT_ACTION = "ideas.team_left"


@transaction.atomic
def transition(idea, target, user, comment=""):
    """Move the idea to `target` on behalf of `user`; raise rules.TransitionRefused if not allowed."""
    check_transition(user, idea, target, comment)
    source = idea.state
    now = timezone.now()
    idea.state = target
    idea.state_changed_at = now
    if target == IdeaState.SUBMITTED and idea.submitted_at is None:
        idea.submitted_at = now
    if target == IdeaState.SUBMITTED:
        idea.assign_reference()
    idea.save()
    log(
        idea,
        TRANSITION_ACTION,
        user=user,
        data={"from": source, "to": target, "comment": (comment or "").strip()},
    )
    first_submission = target == IdeaState.SUBMITTED and source == IdeaState.DRAFT
    notifications.transition_done(idea, source, target, user, comment, first_submission)
    return idea


def step(entry):
    """One transition of the log, as the timelines show it."""
    data = entry.data or {}
    source, target = data.get("from"), data.get("to")
    return {
        "timestamp": entry.timestamp,
        "user": entry.user,
        "from": source,
        "to": target,
        "from_label": IdeaState(source).label if source in IdeaState.values else "",
        "to_label": IdeaState(target).label if target in IdeaState.values else target,
        "comment": data.get("comment", ""),
    }


def timeline(idea):
    """The idea's transitions, oldest first."""
    entries = (
        ModelLogEntry.objects.for_instance(idea)
        .filter(action=TRANSITION_ACTION)
        .select_related("user")
        .order_by("timestamp", "pk")
    )
    return [step(entry) for entry in entries]
