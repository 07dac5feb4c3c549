from django import forms
from django.utils.translation import gettext_lazy as _

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


class PersonaSetForm(forms.ModelForm):
    class Meta:
        model = PersonaSet
        fields = ["title", "context"]
        labels = {"title": _("Nom de l'atelier")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _rows(self, {"context": 3})


class PersonaForm(forms.ModelForm):
    class Meta:
        model = Persona
        fields = ["name", "age_range", "situation", "needs", "frustrations", "goals", "quote", "channels"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _rows(self, {"situation": 3, "needs": 3, "frustrations": 3, "goals": 3})


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
        if total is not None and harvest is not None and harvest >= total:
            self.add_error("harvest_minutes", _("La récolte doit durer moins que la séance entière."))
        return cleaned
