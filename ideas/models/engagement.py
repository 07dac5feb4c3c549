"""What agents do on the idea wall: support ideas, comment, report comments."""

from django.conf import settings
from django.db import models
from django.db.models import Count, F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from .ideas import Idea


class IdeaSupport(models.Model):
    """« Je soutiens » : one per agent and idea (the constraint settles concurrent clicks)."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="supports")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="idea_supports")
    created_at = models.DateTimeField(_("le"), default=timezone.now)

    class Meta:
        verbose_name = _("soutien")
        verbose_name_plural = _("soutiens")
        constraints = [models.UniqueConstraint(fields=["idea", "user"], name="ideas_one_support_per_agent")]

    def __str__(self):
        return f"{self.user} → {self.idea}"


# Idea.support_count follows its supports whichever way they come and go (a click,
# a withdrawal, a deleted account): one atomic UPDATE each, no lost increment.
def support_added(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        Idea.objects.filter(pk=instance.idea_id).update(support_count=F("support_count") + 1)


def support_removed(sender, instance, **kwargs):
    Idea.objects.filter(pk=instance.idea_id, support_count__gt=0).update(support_count=F("support_count") - 1)


post_save.connect(support_added, sender=IdeaSupport, dispatch_uid="ideas_support_added")
post_delete.connect(support_removed, sender=IdeaSupport, dispatch_uid="ideas_support_removed")


def recount_supports(ideas=None):
    """Recount from the supports themselves (after a bulk_create, which sends no
    signal), in one UPDATE over `ideas` (a queryset; every idea by default)."""
    supports = IdeaSupport.objects.filter(idea=OuterRef("pk")).order_by().values("idea")
    queryset = Idea.objects.all() if ideas is None else ideas
    return queryset.update(support_count=Coalesce(Subquery(supports.annotate(n=Count("pk")).values("n")[:1]), Value(0)))


class IdeaCommentQuerySet(models.QuerySet):
    def shown(self):
        return self.filter(hidden_at__isnull=True)

    def visible_to(self, user):
        """Hidden comments stay readable by moderators only."""
        from ideas.rules import is_moderator

        return self if is_moderator(user) else self.shown()


class IdeaComment(models.Model):
    idea = models.ForeignKey(Idea, verbose_name=_("idée"), on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="idea_comments",
    )
    text = models.TextField(_("commentaire"), max_length=2000)
    created_at = models.DateTimeField(_("écrit le"), default=timezone.now)
    hidden_at = models.DateTimeField(_("masqué le"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("masqué par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = IdeaCommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("commentaire")
        verbose_name_plural = _("commentaires")

    def __str__(self):
        return Truncator(self.text).chars(60)

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    def site_link(self):
        from django.urls import reverse
        from django.utils.html import format_html

        url = reverse("ideas:discussion", args=[self.idea_id]) + f"#commentaire-{self.pk}"
        return format_html('<a href="{}">{}</a>', url, _("Masquer ou rétablir sur le site"))

    site_link.short_description = _("Modération")

    def reports_total(self):
        """The number of reports (annotated by the admin listing, counted otherwise)."""
        count = getattr(self, "report_count", None)
        return self.reports.count() if count is None else count

    reports_total.short_description = _("Signalements")


class CommentReport(models.Model):
    """Anyone may report a comment once; moderators decide whether to hide it."""

    comment = models.ForeignKey(
        IdeaComment, verbose_name=_("commentaire"), on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("signalé par"), on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("motif"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("signalé le"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("signalement")
        verbose_name_plural = _("signalements")
        constraints = [models.UniqueConstraint(fields=["comment", "reporter"], name="ideas_one_report_per_person")]

    def __str__(self):
        return f"{self.reporter} : {self.comment}"
