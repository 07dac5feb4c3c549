"""Following up a laureate: pre-incubation and incubation dates, resources, milestones."""

from dateutil.relativedelta import relativedelta
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from .ideas import LAUREATE_AND_LATER, Idea

PRE_INCUBATION_MONTHS = 3


class LaureateFollowUp(ClusterableModel):
    idea = models.OneToOneField(
        Idea,
        verbose_name=_("idée lauréate"),
        on_delete=models.CASCADE,
        related_name="followup",
        limit_choices_to={"state__in": LAUREATE_AND_LATER},
    )
    pre_incubation_start = models.DateField(_("début de la pré-incubation"), null=True, blank=True)
    pre_incubation_end = models.DateField(
        _("fin de la pré-incubation"), null=True, blank=True, help_text=_("Par défaut, trois mois après le début.")
    )
    incubation_start = models.DateField(_("début de l'incubation"), null=True, blank=True)
    incubation_end = models.DateField(_("fin de l'incubation"), null=True, blank=True)
    time_granted = models.CharField(
        _("temps accordé"), max_length=200, blank=True, help_text=_("Par exemple : un jour par semaine.")
    )
    budget = models.DecimalField(
        _("budget (€)"), max_digits=10, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    coach = models.ForeignKey(
        "network.PersonProfile",
        verbose_name=_("coach"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coached_laureates",
    )

    panels = [
        FieldPanel("idea"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pre_incubation_start"), FieldPanel("pre_incubation_end")]),
                FieldRowPanel([FieldPanel("incubation_start"), FieldPanel("incubation_end")]),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [FieldPanel("time_granted"), FieldPanel("budget"), FieldPanel("coach")], heading=_("Moyens accordés")
        ),
        InlinePanel("milestones", heading=_("Jalons"), label=_("Jalon")),
    ]

    class Meta:
        verbose_name = _("suivi d'un lauréat")
        verbose_name_plural = _("suivis des lauréats")

    def __str__(self):
        return str(self.idea)

    def clean(self):
        from django.core.exceptions import ValidationError

        if (
            self.pre_incubation_start
            and self.pre_incubation_end
            and self.pre_incubation_end < self.pre_incubation_start
        ):
            raise ValidationError({"pre_incubation_end": _("La fin doit suivre le début.")})
        if self.incubation_start and self.incubation_end and self.incubation_end < self.incubation_start:
            raise ValidationError({"incubation_end": _("La fin doit suivre le début.")})

    def save(self, *args, **kwargs):
        if self.pre_incubation_start and not self.pre_incubation_end:
            self.pre_incubation_end = self.pre_incubation_start + relativedelta(months=PRE_INCUBATION_MONTHS)
        super().save(*args, **kwargs)


class MilestoneStatus(models.TextChoices):
    PLANNED = "prevu", _("Prévu")
    IN_PROGRESS = "en_cours", _("En cours")
    DONE = "atteint", _("Atteint")
    DROPPED = "abandonne", _("Abandonné")


OPEN_MILESTONE_STATUSES = [MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS]


class MilestoneQuerySet(models.QuerySet):
    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.filter(due_date__lt=today, status__in=OPEN_MILESTONE_STATUSES)


class Milestone(models.Model):
    followup = ParentalKey(LaureateFollowUp, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("jalon"), max_length=200)
    due_date = models.DateField(_("échéance"))
    status = models.CharField(
        _("statut"), max_length=20, choices=MilestoneStatus.choices, default=MilestoneStatus.PLANNED
    )

    objects = MilestoneQuerySet.as_manager()

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("due_date"), FieldPanel("status")])]

    class Meta:
        ordering = ["due_date", "pk"]
        # The dashboard's overdue milestones: read in due-date order, stopped at 20.
        indexes = [models.Index(fields=["due_date"], name="ideas_milestone_due_idx")]
        verbose_name = _("jalon")
        verbose_name_plural = _("jalons")

    def __str__(self):
        return self.title

    def is_overdue(self, today=None):
        return self.status in OPEN_MILESTONE_STATUSES and self.due_date < (today or timezone.localdate())
