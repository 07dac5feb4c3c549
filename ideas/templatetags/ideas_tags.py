from django import template
from django.utils import timezone

from ideas.models import IdeaCallPage

register = template.Library()


def open_calls_queryset(now=None):
    """Calls open at `now`, closing soonest first (one query)."""
    now = now or timezone.now()
    return (
        IdeaCallPage.objects.live()
        .filter(opens_at__lte=now, closes_at__gte=now)
        .exclude(results_published_at__lte=now)
        .order_by("closes_at")
    )


@register.inclusion_tag("ideas/open_calls.html")
def open_calls(limit=6):
    """`{% open_calls %}`: the open idea calls, as cards (for the home page)."""
    return {"calls": list(open_calls_queryset()[:limit])}
