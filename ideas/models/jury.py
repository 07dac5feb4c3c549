"""The jury of a call: who scores, and each juror's evaluation of a pre-selected idea."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .calls import IdeaCallPage
from .ideas import Idea


class CallJuror(models.Model):
    """A juror named by the coordinators for one call."""

    call = models.ForeignKey(IdeaCallPage, verbose_name=_("appel"), on_delete=models.CASCADE, related_name="jurors")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("juré"),
        on_delete=models.CASCADE,
        related_name="jury_seats",
        limit_choices_to={"groups__name": "Jury"},
    )
    named_at = models.DateTimeField(_("nommé le"), default=timezone.now)

    panels = [FieldPanel("call"), FieldPanel("user")]

    class Meta:
        ordering = ["call", "user__last_name"]
        verbose_name = _("juré d'un appel")
        verbose_name_plural = _("jurés des appels")
        constraints = [models.UniqueConstraint(fields=["call", "user"], name="ideas_unique_call_juror")]

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.email} — {self.call}"


class JuryEvaluation(models.Model):
    """One juror's scores on one idea, submitted once: after that, the juror may
    read the others' scores."""

    idea = models.ForeignKey(Idea, verbose_name=_("idée"), on_delete=models.CASCADE, related_name="jury_evaluations")
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("juré"), on_delete=models.CASCADE, related_name="jury_evaluations"
    )
    comment = models.TextField(_("commentaire"), blank=True, max_length=2000)
    submitted_at = models.DateTimeField(_("envoyée le"), default=timezone.now)

    class Meta:
        ordering = ["submitted_at"]
        verbose_name = _("évaluation du jury")
        verbose_name_plural = _("évaluations du jury")
        constraints = [models.UniqueConstraint(fields=["idea", "juror"], name="ideas_unique_jury_evaluation")]

    def __str__(self):
        return f"{self.juror} — {self.idea}"

    def values(self):
        """{criterion id: score} from the prefetched scores."""
        return {score.criterion_id: score.value for score in self.scores.all()}


class CriterionScore(models.Model):
    """A 1–5 score on one of the call's criteria (a StreamField block, named by its id)."""

    evaluation = models.ForeignKey(JuryEvaluation, on_delete=models.CASCADE, related_name="scores")
    criterion_id = models.CharField(_("critère (identifiant)"), max_length=64)
    criterion_name = models.CharField(_("critère"), max_length=120)
    value = models.PositiveSmallIntegerField(_("note"), validators=[MinValueValidator(1), MaxValueValidator(5)])

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "criterion_id"], name="ideas_unique_criterion_score"),
            models.CheckConstraint(condition=models.Q(value__gte=1, value__lte=5), name="ideas_score_1_to_5"),
        ]

    def __str__(self):
        return f"{self.criterion_name} : {self.value}"
