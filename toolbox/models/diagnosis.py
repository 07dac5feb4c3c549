"""The self-diagnosis of the capacity to innovate: the questionnaire that editors
maintain (competencies → sub-practices → five level descriptors) and the sessions
in which a group rates its organisation, every rating backed by facts."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from home.panels import ReadOnlyFieldPanel

LEVELS = range(1, 6)
EVIDENCE_MAX_LENGTH = 2000
EVIDENCE_REQUIRED = _(
    "Indiquez les faits qui prouvent ce niveau : une estimation sans faits n'est pas validée. "
    "Effacez le niveau si le groupe n'est pas encore d'accord."
)


def check_evidence(level, evidence):
    """A level is only valid with the facts that back it (the rule that forces the discussion)."""
    if level is not None and not (evidence or "").strip():
        raise ValidationError(EVIDENCE_REQUIRED, code="evidence_required")


class DiagnosisCompetency(index.Indexed, Orderable, ClusterableModel):
    """One of the competencies that make the capacity to innovate (strategy, ideation…)."""

    name = models.CharField(_("nom"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        InlinePanel("subpractices", heading=_("Sous-pratiques"), label=_("Sous-pratique"), min_num=1),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("compétence de l'autodiagnostic")
        verbose_name_plural = _("compétences de l'autodiagnostic")

    def __str__(self):
        return self.name


class DiagnosisSubPractice(Orderable, ClusterableModel):
    """A practice rated on a five-level scale, each level described in words."""

    competency = ParentalKey(DiagnosisCompetency, on_delete=models.CASCADE, related_name="subpractices")
    title = models.CharField(_("intitulé"), max_length=200)
    short_title = models.CharField(
        _("intitulé court"), max_length=40, help_text=_("Repris sur les axes des graphiques.")
    )
    question = models.TextField(_("question posée au groupe"), blank=True)
    level_1 = models.TextField(_("niveau 1"))
    level_2 = models.TextField(_("niveau 2"))
    level_3 = models.TextField(_("niveau 3"))
    level_4 = models.TextField(_("niveau 4"))
    level_5 = models.TextField(_("niveau 5"))
    methods = ParentalManyToManyField(
        "toolbox.MethodPage",
        verbose_name=_("méthodes qui aident à progresser"),
        related_name="diagnosis_subpractices",
        blank=True,
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("short_title"),
        FieldPanel("question"),
        MultiFieldPanel(
            [FieldPanel(f"level_{n}") for n in LEVELS],
            heading=_("Les cinq niveaux, du plus faible au plus fort"),
        ),
        FieldPanel("methods"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("sous-pratique")
        verbose_name_plural = _("sous-pratiques")

    def __str__(self):
        return self.title

    @property
    def levels(self):
        return [(n, getattr(self, f"level_{n}")) for n in LEVELS]


class DiagnosisSessionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Sessions the user created, and those of the organisation on their profile."""
        if not user.is_authenticated:
            return self.none()
        from network.models import PersonProfile

        own_organisation = PersonProfile.objects.filter(user=user, organisation__isnull=False).values("organisation_id")
        return self.filter(models.Q(created_by=user) | models.Q(organisation_id__in=own_organisation))

    def completed(self):
        return self.filter(status=DiagnosisSession.Status.COMPLETED)


class DiagnosisSession(models.Model):
    """A group's sitting: one rating per sub-practice for its organisation."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Brouillon")
        COMPLETED = "completed", _("Terminé")

    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="diagnosis_sessions",
    )
    title = models.CharField(_("intitulé"), max_length=200, help_text=_("Par exemple : direction de l'autonomie."))
    held_on = models.DateField(_("date de la séance"), default=timezone.localdate)
    participants = models.PositiveSmallIntegerField(
        _("nombre de participants"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
    )
    status = models.CharField(_("état"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("créé par"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="diagnosis_sessions",
    )
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    completed_at = models.DateTimeField(_("terminé le"), null=True, blank=True)

    objects = DiagnosisSessionQuerySet.as_manager()

    # The state changes only through complete(), on the session's page, which
    # checks every level and its facts: the admin shows it without a control.
    panels = [
        FieldPanel("organisation"),
        FieldPanel("title"),
        FieldPanel("held_on"),
        FieldPanel("participants"),
        ReadOnlyFieldPanel("status"),
        ReadOnlyFieldPanel("completed_at"),
    ]

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("séance d'autodiagnostic")
        verbose_name_plural = _("séances d'autodiagnostic")

    def __str__(self):
        return f"{self.organisation} — {self.title} ({self.held_on:%d/%m/%Y})"

    @property
    def is_completed(self):
        return self.status == self.Status.COMPLETED

    def save_answers(self, answers):
        """Store the group's answers (sub-practice id → (level, evidence)) in two
        queries; an answer left wholly blank removes the stored one. A level may
        wait for its facts until the session is completed."""
        kept = []
        blank = []
        for subpractice_id, (level, evidence) in answers.items():
            evidence = (evidence or "").strip()
            if level is None and not evidence:
                blank.append(subpractice_id)
            else:
                kept.append(
                    DiagnosisRating(session=self, subpractice_id=subpractice_id, level=level, evidence=evidence)
                )
        if blank:
            self.ratings.filter(subpractice_id__in=blank).delete()
        DiagnosisRating.objects.bulk_create(
            kept,
            update_conflicts=True,
            unique_fields=["session", "subpractice"],
            update_fields=["level", "evidence"],
        )

    def unrated_subpractices(self):
        rated = self.ratings.filter(level__isnull=False).values("subpractice_id")
        return DiagnosisSubPractice.objects.exclude(pk__in=rated)

    def ratings_without_evidence(self):
        return self.ratings.filter(level__isnull=False, evidence="")

    def complete(self):
        """Close the session once every sub-practice of the questionnaire has a level, each backed by facts."""
        if self.unrated_subpractices().exists():
            raise ValidationError(
                _("Toutes les sous-pratiques doivent être estimées pour terminer le diagnostic."), code="incomplete"
            )
        if self.ratings_without_evidence().exists():
            raise ValidationError(EVIDENCE_REQUIRED, code="evidence_required")
        self.status = self.Status.COMPLETED
        self.completed_at = timezone.now()
        self.save(update_fields=["status", "completed_at"])


class DiagnosisRating(models.Model):
    """The level a group gives one sub-practice, and the facts that prove it."""

    session = models.ForeignKey(DiagnosisSession, on_delete=models.CASCADE, related_name="ratings")
    subpractice = models.ForeignKey(DiagnosisSubPractice, on_delete=models.CASCADE, related_name="ratings")
    level = models.PositiveSmallIntegerField(
        _("niveau"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    evidence = models.TextField(_("faits qui le prouvent"), blank=True, max_length=EVIDENCE_MAX_LENGTH)

    class Meta:
        verbose_name = _("estimation")
        verbose_name_plural = _("estimations")
        constraints = [
            models.UniqueConstraint(fields=["session", "subpractice"], name="diagnosis_one_rating_per_subpractice"),
            models.CheckConstraint(
                condition=models.Q(level__isnull=True) | models.Q(level__gte=1, level__lte=5),
                name="diagnosis_level_between_1_and_5",
            ),
        ]

    def __str__(self):
        return f"{self.subpractice}: {self.level or '—'}"

    def clean(self):
        # A draft keeps a level whose facts the group has yet to write down.
        if self.session_id and self.session.is_completed:
            check_evidence(self.level, self.evidence)
