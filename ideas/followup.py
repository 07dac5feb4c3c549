"""Following up the laureates: what is late, for the coordinators' dashboard,
and the follow-up as its team reads it on the idea's page."""

from django.utils import timezone

from .models import LAUREATE_AND_LATER, LaureateFollowUp, Milestone


def overdue_milestones(today=None):
    """Open milestones past their due date, oldest first, with their idea."""
    return (
        Milestone.objects.overdue(today or timezone.localdate())
        .select_related("followup__idea__departement")
        .order_by("due_date", "pk")
    )


def days_late(milestone, today=None):
    return ((today or timezone.localdate()) - milestone.due_date).days


def followup_for(idea, user, *, is_author, is_staff):
    """The laureate's follow-up (dates, means, coach, milestones) for the idea's
    page, or None: its team, the staff of the ideas and its coach read it; the
    rest of the network sees the idea without it."""
    if idea.state not in LAUREATE_AND_LATER:
        return None
    followup = LaureateFollowUp.objects.select_related("coach").prefetch_related("milestones").filter(idea=idea).first()
    if followup is None:
        return None
    coached = followup.coach is not None and followup.coach.user_id == user.pk
    if not (is_author or is_staff or coached):
        return None
    today = timezone.localdate()
    for milestone in followup.milestones.all():
        milestone.overdue = milestone.is_overdue(today)
    followup.coach_visible = followup.coach is not None and followup.coach.visible_to(user)
    return followup
