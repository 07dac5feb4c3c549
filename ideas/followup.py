"""Following up the laureates: what is late, for the coordinators' dashboard."""

from django.utils import timezone

from .models import Milestone


def overdue_milestones(today=None):
    """Open milestones past their due date, oldest first, with their idea."""
    return (
        Milestone.objects.overdue(today or timezone.localdate())
        .select_related("followup__idea__departement")
        .order_by("due_date", "pk")
    )


def days_late(milestone, today=None):
    return ((today or timezone.localdate()) - milestone.due_date).days
