"""StreamField blocks of the method pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Étape"), max_length=160)
    duration_minutes = blocks.IntegerBlock(label=_("Durée (minutes)"), min_value=1, max_value=600, required=False)
    description = blocks.TextBlock(label=_("Déroulé"), required=False)

    class Meta:
        icon = "time"
        label = _("Étape")
        description = _("Une étape de la méthode, avec sa durée et ce que font les participants.")
        template = "toolbox/blocks/step.html"
        preview_value = {
            "title": "Premier tour de table",
            "duration_minutes": 20,
            "description": "Chaque table échange sur la première question ; l'hôte note les idées sur la nappe.",
        }


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class TipsBlock(blocks.StreamBlock):
    tip = blocks.TextBlock(
        label=_("Conseil"),
        icon="tick",
        template="toolbox/blocks/tip.html",
        description=_("Ce qui aide la méthode à bien fonctionner."),
    )
    pitfall = blocks.TextBlock(
        label=_("Piège à éviter"),
        icon="warning",
        template="toolbox/blocks/pitfall.html",
        description=_("Une erreur fréquente, et comment l'éviter."),
    )
