"""The user's saved work in the interactive tools. Private to its owner; an owner
may share one item by link, read-only, with colleagues."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .. import pitch as pitch_rules
from .. import world_cafe


class SavedWork(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("propriétaire"), on_delete=models.CASCADE)
    title = models.CharField(_("titre"), max_length=200)
    share_token = models.UUIDField(_("jeton de partage"), null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    # The URL names and the label of each tool, for the workspace listing.
    tool = ""
    tool_label = ""

    class Meta:
        abstract = True
        ordering = ["-updated_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(f"toolbox:{self.tool}_edit", args=[self.pk])

    @property
    def is_shared(self):
        return self.share_token is not None

    def share(self):
        if self.share_token is None:
            self.share_token = uuid.uuid4()
            self.save(update_fields=["share_token", "updated_at"])
        return self.share_token

    def stop_sharing(self):
        self.share_token = None
        self.save(update_fields=["share_token", "updated_at"])

    def action_url(self, action):
        return reverse(f"toolbox:{self.tool}_{action}", args=[self.pk])

    @property
    def duplicate_url(self):
        return self.action_url("duplicate")

    @property
    def delete_url(self):
        return self.action_url("delete")

    @property
    def share_url(self):
        return self.action_url("share")

    @property
    def shared_url(self):
        if self.share_token is None:
            return ""
        return reverse("toolbox:shared", args=[self.tool, self.share_token])

    def copy_fields(self):
        return {
            field.name: getattr(self, field.name)
            for field in self._meta.concrete_fields
            if field.name not in {"id", "owner", "title", "share_token", "created_at", "updated_at"}
        }

    @transaction.atomic
    def duplicate(self, owner):
        """A private copy for `owner` (its author, or a colleague it was shared with)."""
        copy = type(self).objects.create(
            owner=owner, title=gettext("%(title)s (copie)") % {"title": self.title}, **self.copy_fields()
        )
        self.copy_children(copy)
        return copy

    def copy_children(self, copy):
        pass


class Pitch(SavedWork):
    drama = models.TextField(_("le drame (pourquoi)"), blank=True)
    solution = models.TextField(_("la solution (quoi)"), blank=True)
    implementation = models.TextField(_("la mise en œuvre (comment)"), blank=True)
    words_per_minute = models.PositiveSmallIntegerField(
        _("débit (mots par minute)"),
        default=pitch_rules.DEFAULT_WORDS_PER_MINUTE,
        validators=[
            MinValueValidator(pitch_rules.MIN_WORDS_PER_MINUTE),
            MaxValueValidator(pitch_rules.MAX_WORDS_PER_MINUTE),
        ],
    )

    tool = "pitch"
    tool_label = _("Pitch")

    class Meta(SavedWork.Meta):
        verbose_name = _("pitch")
        verbose_name_plural = _("pitchs")

    def estimate(self):
        return pitch_rules.estimate(self.drama, self.solution, self.implementation, self.words_per_minute)


class PersonaSet(SavedWork):
    """The personas of one workshop."""

    context = models.TextField(_("contexte de l'atelier"), blank=True)

    tool = "persona"
    tool_label = _("Personas")

    class Meta(SavedWork.Meta):
        verbose_name = _("jeu de personas")
        verbose_name_plural = _("jeux de personas")

    def copy_children(self, copy):
        Persona.objects.bulk_create(
            Persona(persona_set=copy, **persona.copy_fields()) for persona in self.personas.all()
        )


class Persona(models.Model):
    persona_set = models.ForeignKey(PersonaSet, on_delete=models.CASCADE, related_name="personas")
    name = models.CharField(_("prénom ou surnom"), max_length=100)
    age_range = models.CharField(_("tranche d'âge"), max_length=50, blank=True, help_text=_("Par exemple : 35-45 ans."))
    situation = models.TextField(_("situation"), blank=True)
    needs = models.TextField(_("besoins"), blank=True)
    frustrations = models.TextField(_("frustrations"), blank=True)
    goals = models.TextField(_("objectifs"), blank=True)
    quote = models.CharField(
        _("citation"), max_length=300, blank=True, help_text=_("Une phrase qu'elle ou il pourrait dire.")
    )
    channels = models.CharField(
        _("canaux utilisés"), max_length=300, blank=True, help_text=_("Guichet, téléphone, site, courrier…")
    )
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("persona")
        verbose_name_plural = _("personas")

    def __str__(self):
        return self.name

    def copy_fields(self):
        return {
            field.name: getattr(self, field.name)
            for field in self._meta.concrete_fields
            if field.name not in {"id", "persona_set"}
        }


class WorldCafePlan(SavedWork):
    participants = models.PositiveSmallIntegerField(
        _("nombre de participants"), default=20, validators=[MinValueValidator(2), MaxValueValidator(500)]
    )
    table_size = models.PositiveSmallIntegerField(
        _("personnes par table"),
        default=world_cafe.DEFAULT_TABLE_SIZE,
        validators=[MinValueValidator(2), MaxValueValidator(12)],
    )
    total_minutes = models.PositiveSmallIntegerField(
        _("durée de la séance (minutes)"), default=90, validators=[MinValueValidator(20), MaxValueValidator(480)]
    )
    harvest_minutes = models.PositiveSmallIntegerField(
        _("durée de la récolte (minutes)"), default=15, validators=[MaxValueValidator(120)]
    )
    questions = models.TextField(_("questions, une par tour"), blank=True, help_text=_("Une question par ligne."))
    hosts = models.TextField(_("hôtes de table"), blank=True, help_text=_("Un nom par ligne, dans l'ordre des tables."))
    harvest = models.TextField(
        _("récolte"), blank=True, help_text=_("Comment les idées des tables seront partagées et conservées.")
    )

    tool = "world_cafe"
    tool_label = _("World café")

    class Meta(SavedWork.Meta):
        verbose_name = _("plan de world café")
        verbose_name_plural = _("plans de world café")

    def plan(self):
        return world_cafe.plan(
            self.participants, self.table_size, self.total_minutes, self.harvest_minutes, self.questions, self.hosts
        )


TOOL_MODELS = {model.tool: model for model in (Pitch, PersonaSet, WorldCafePlan)}
