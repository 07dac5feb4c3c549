"""Blocks of an idea call page: its key dates (with the jury day's programme)
and its evaluation criteria."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import ProgrammeBlock


class KeyDateBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Étape"), max_length=120)
    date = blocks.DateBlock(label=_("Date"))
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "date"
        label = _("Date clé")
        description = _("Une étape de l'appel : coaching, résultats…")
        template = "ideas/blocks/key_date.html"
        preview_value = {"label": "Coaching des équipes", "date": "2019-11-28"}


class JuryDayBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    location = blocks.CharBlock(label=_("Lieu"), max_length=200, required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)
    programme = ProgrammeBlock(label=_("Programme"))

    class Meta:
        icon = "group"
        label = _("Journée du jury")
        description = _("Le jour où les équipes présentent leur idée au jury, avec son programme.")
        template = "ideas/blocks/jury_day.html"
        preview_value = {"date": "2019-11-28", "location": "Hôtel du Département, Amiens"}


class KeyDatesBlock(blocks.StreamBlock):
    key_date = KeyDateBlock()
    jury_day = JuryDayBlock()


class CriterionBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Critère"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False)
    weight = blocks.IntegerBlock(label=_("Poids"), min_value=1, max_value=100, default=1)

    class Meta:
        icon = "tick"
        label = _("Critère d'évaluation")
        template = "ideas/blocks/criterion.html"
        preview_value = {"name": "Utilité pour les usagers", "weight": 3}
