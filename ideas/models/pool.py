"""The idea pool: a département taking up an idea born elsewhere."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .ideas import Idea, IdeaState

# Ideas any département may take up: the ones not retained, and laureates once deployed.
POOL_STATES = [IdeaState.NOT_SELECTED, IdeaState.DEPLOYED]


class IdeaAdoption(models.Model):
    idea = models.ForeignKey(Idea, verbose_name=_("idée"), on_delete=models.CASCADE, related_name="adoptions")
    departement = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("département"),
        on_delete=models.CASCADE,
        related_name="adopted_ideas",
        limit_choices_to={"kind": "departement"},
    )
    adopted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("adoptée par"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("ce que le département en fera"), blank=True)
    adopted_at = models.DateTimeField(_("adoptée le"), default=timezone.now)

    class Meta:
        ordering = ["-adopted_at"]
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")
        constraints = [
            models.UniqueConstraint(fields=["idea", "departement"], name="ideas_one_adoption_per_departement")
        ]

    def __str__(self):
        return f"{self.idea} — {self.departement}"
