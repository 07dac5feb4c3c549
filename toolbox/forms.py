from django import forms
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from . import world_cafe
from .models import Persona, PersonaSet, Pitch, WorldCafePlan


def _rows(form, rows):
    for name, count in rows.items():
        form.fields[name].widget.attrs["rows"] = count


class PitchForm(forms.ModelForm):
    class Meta:
        model = Pitch
        fields = ["title", "drama", "solution", "implementation", "words_per_minute"]
        help_texts = {
            "title": _("Le nom de votre projet, tel que le jury le lira."),
            "drama": _("Pourquoi : la situation qui pose problème, pour qui, et ce qu'elle coûte."),
            "solution": _("Quoi : ce que vous proposez, concrètement, et ce qui change pour l'usager."),
            "implementation": _("Comment : les étapes, les partenaires, les moyens et un premier test possible."),
            "words_per_minute": _("130 mots par minute est un débit posé ; entre 60 et 250."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _rows(self, {"drama": 6, "solution": 6, "implementation": 6})
        for name in ["drama", "solution", "implementation"]:
            self.fields[name].widget.attrs["data-pitch-part"] = name


# The persona page shows the set's form and a form per persona: one error summary for them all
# (templates/toolbox/persona_form.html), as two would share the id that portal.js focuses.
PERSONA_FIELDS_TEMPLATE = "components/forms/fields.html"


class PersonaSetForm(forms.ModelForm):
    template_name = PERSONA_FIELDS_TEMPLATE

    class Meta:
        model = PersonaSet
        fields = ["title", "context"]
        labels = {"title": _("Nom de l'atelier")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _rows(self, {"context": 3})


class PersonaForm(forms.ModelForm):
    template_name = PERSONA_FIELDS_TEMPLATE

    class Meta:
        model = Persona
        fields = ["name", "age_range", "situation", "needs", "frustrations", "goals", "quote", "channels"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _rows(self, {"situation": 3, "needs": 3, "frustrations": 3, "goals": 3})

    @property
    def heading(self):
        """The persona's name on the page: the legend of its fields, its lines in the error summary."""
        return self.instance.name if self.instance.pk else gettext("Nouvelle persona")


PersonaFormSet = forms.inlineformset_factory(
    PersonaSet, Persona, form=PersonaForm, extra=1, can_delete=True, max_num=12, validate_max=True
)


class WorldCafePlanForm(forms.ModelForm):
    class Meta:
        model = WorldCafePlan
        fields = [
            "title",
            "participants",
            "table_size",
            "total_minutes",
            "harvest_minutes",
            "questions",
            "hosts",
            "harvest",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _rows(self, {"questions": 4, "hosts": 4, "harvest": 3})

    def clean(self):
        cleaned = super().clean()
        total, harvest = cleaned.get("total_minutes"), cleaned.get("harvest_minutes")
        if total is not None and harvest is not None:
            if harvest >= total:
                self.add_error("harvest_minutes", _("La récolte doit durer moins que la séance entière."))
            else:
                self._check_round_length(total, harvest, cleaned.get("questions"))
        return cleaned

    def _check_round_length(self, total, harvest, questions):
        rounds = len(world_cafe.lines(questions)) or world_cafe.DEFAULT_ROUNDS
        minimum = world_cafe.MIN_ROUND_MINUTES
        if world_cafe.round_minutes(total, rounds, harvest) >= minimum:
            return
        fitting = world_cafe.max_rounds(total, harvest)
        if not fitting:
            # Fewer questions would not help: the durations are what to change.
            self.add_error(
                "total_minutes",
                _(
                    "La séance est trop courte : même avec une seule question, le tour durerait moins de "
                    "%(minimum)d minutes une fois la récolte faite. Allongez la séance ou raccourcissez la récolte."
                )
                % {"minimum": minimum},
            )
            return
        self.add_error(
            "questions",
            ngettext(
                "Chaque tour durerait moins de %(minimum)d minutes : %(count)d question au plus tient dans "
                "cette séance (une par tour). Retirez des questions, allongez la séance ou raccourcissez la récolte.",
                "Chaque tour durerait moins de %(minimum)d minutes : %(count)d questions au plus tiennent dans "
                "cette séance (une par tour). Retirez des questions, allongez la séance ou raccourcissez la récolte.",
                fitting,
            )
            % {"minimum": minimum, "count": fitting},
        )
