"""The idea wall's rules: supporting, commenting, reporting and hiding comments."""

from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from . import rules
from .models import (
    LAUREATE_AND_LATER,
    PUBLIC_STATES,
    CommentReport,
    Idea,
    IdeaComment,
    IdeaSupport,
    IdeaTeamMember,
)

COMMENT_HIDDEN = "ideas.comment_hidden"
COMMENT_SHOWN = "ideas.comment_shown"


class EngagementRefused(Exception):
    pass


WALL_CARD_FIELDS = [
    "call_id",
    "title",
    "state",
    "summary",
    "support_count",
    "departement__name",
    "theme__name",
    "created_by__first_name",
    "created_by__last_name",
    "created_by__email",
]


def wall_ideas(call, user):
    """The call's public ideas with their counts and the user's own support, in a
    constant number of queries; only the columns a card shows (the idea's long
    texts and the author's account stay in the database)."""

    def count(model, **filters):
        rows = model.objects.filter(idea=OuterRef("pk"), **filters).order_by().values("idea")
        return Coalesce(Subquery(rows.annotate(n=Count("pk")).values("n")[:1], output_field=IntegerField()), Value(0))

    return (
        Idea.objects.filter(call=call, state__in=PUBLIC_STATES)
        .select_related("departement", "theme", "created_by")
        .only(*WALL_CARD_FIELDS)
        .annotate(
            comment_count=count(IdeaComment, hidden_at__isnull=True),
            supported=Exists(IdeaSupport.objects.filter(idea=OuterRef("pk"), user_id=user.pk)),
        )
    )


def team_names(ideas):
    """{idea pk: [names]}: each idea's author then team members, by full name or
    address, in one query (modelcluster's prefetch builds a queryset per idea)."""
    names = {idea.pk: [] for idea in ideas}
    for idea in ideas:
        if idea.created_by:
            names[idea.pk].append(idea.created_by.get_full_name() or idea.created_by.email)
    members = (
        IdeaTeamMember.objects.filter(idea__in=list(names))
        .order_by("pk")
        .values_list("idea_id", "email", "user__first_name", "user__last_name")
    )
    for idea_id, email, first_name, last_name in members:
        names[idea_id].append(f"{first_name or ''} {last_name or ''}".strip() or email)
    return names


def is_highlighted(idea):
    return idea.state in LAUREATE_AND_LATER


def support(user, idea):
    """Add the user's support; a second one (double click, two tabs) changes nothing."""
    if not idea.is_public:
        raise EngagementRefused(_("Cette idée ne peut pas encore être soutenue."))
    try:
        with transaction.atomic():
            return IdeaSupport.objects.get_or_create(idea=idea, user=user)[1]
    except IntegrityError:
        return False


def withdraw_support(user, idea):
    return IdeaSupport.objects.filter(idea=idea, user=user).delete()[0] > 0


def add_comment(user, idea, text):
    text = (text or "").strip()
    if not text:
        raise EngagementRefused(_("Le commentaire est vide."))
    if not idea.is_public:
        raise EngagementRefused(_("Cette idée ne peut pas encore être commentée."))
    return IdeaComment.objects.create(idea=idea, author=user, text=text)


def report(user, comment, reason=""):
    """Report a comment (once per person); the moderators hear of its first report.
    Returns True when it is a new report."""
    if comment.author_id is not None and comment.author_id == user.pk:
        raise EngagementRefused(_("Vous ne pouvez pas signaler votre propre commentaire."))
    try:
        with transaction.atomic():
            created = CommentReport.objects.get_or_create(
                comment=comment, reporter=user, defaults={"reason": (reason or "").strip()[:300]}
            )[1]
    except IntegrityError:
        return False
    if created and comment.reports.count() == 1:
        alert_moderators(comment, reason)
    return created


def alert_moderators(comment, reason):
    from django.urls import reverse

    from . import notifications
    from .models import ModerationAlertPreference

    context = {
        **notifications.idea_context(comment.idea),
        "comment": comment,
        "reason": (reason or "").strip(),
        "comment_url": notifications.absolute(reverse("ideas:discussion", args=[comment.idea_id]))
        + f"#commentaire-{comment.pk}",
    }
    recipients = notifications.moderators(ModerationAlertPreference.Mode.IMMEDIATE)
    return notifications.send("comment_reported", recipients, context)


def set_hidden(user, comment, hidden):
    """Hide (or show again) a comment: moderators only, recorded in Wagtail's log."""
    if not rules.is_moderator(user):
        raise EngagementRefused(_("Seuls les modérateurs peuvent masquer un commentaire."))
    if hidden:
        comment.hidden_at, comment.hidden_by = timezone.now(), user
    else:
        comment.hidden_at, comment.hidden_by = None, None
    comment.save(update_fields=["hidden_at", "hidden_by"])
    log(comment, COMMENT_HIDDEN if hidden else COMMENT_SHOWN, user=user, data={"idea": comment.idea_id})
    return comment
