"""The emails of the ideas workflow (French templates in templates/ideas/emails/)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse

from home import roles

from .models import IdeaState, ModerationAlertPreference


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(template, recipients, context):
    """Render templates/ideas/emails/<template>_subject.txt and _body.txt and send them."""
    if not recipients:
        return 0
    subject = " ".join(render_to_string(f"ideas/emails/{template}_subject.txt", context).split())
    body = render_to_string(f"ideas/emails/{template}_body.txt", context)
    return send_mail(subject, body, None, recipients)


def idea_context(idea):
    return {
        "idea": idea,
        "call": idea.call,
        "idea_url": absolute(reverse("ideas:detail", args=[idea.pk])),
        "admin_url": absolute(reverse("wagtailsnippets_ideas_idea:inspect", args=[idea.pk])),
    }


def transition_done(idea, source, target, user, comment, first_submission):
    context = {
        **idea_context(idea),
        "source_label": IdeaState(source).label,
        "target_label": IdeaState(target).label,
        "target": target,
        "comment": comment,
        "actor": user,
        "pool_url": absolute(reverse("ideas:pool")),
    }
    recipients = idea.author_emails()
    if first_submission:
        send("submission_confirmation", recipients, context)
    else:
        send("transition", recipients, context)
    if target == IdeaState.SUBMITTED:
        # A first submission or a completed one: either way it waits for a moderator.
        alert_moderators(idea)


def moderators(mode):
    """Active moderators whose alert preference is `mode` (no preference means an email per idea)."""
    User = get_user_model()
    users = User.objects.filter(is_active=True, groups__name=roles.MODERATORS).exclude(email="")
    if mode == ModerationAlertPreference.Mode.IMMEDIATE:
        users = users.filter(Q(idea_alert_preference__isnull=True) | Q(idea_alert_preference__mode=mode))
    else:
        users = users.filter(idea_alert_preference__mode=mode)
    return sorted(set(users.values_list("email", flat=True)))


def alert_moderators(idea):
    return send("new_submission", moderators(ModerationAlertPreference.Mode.IMMEDIATE), idea_context(idea))


def send_digest(ideas):
    """One email per digest moderator listing the ideas submitted since the last digest."""
    ideas = list(ideas)
    if not ideas:
        return 0
    context = {
        "ideas": [idea_context(idea) for idea in ideas],
        "count": len(ideas),
        "admin_url": absolute(reverse("wagtailsnippets_ideas_idea:list")),
    }
    sent = 0
    for email in moderators(ModerationAlertPreference.Mode.DIGEST):
        sent += send("digest", [email], context)
    return sent
