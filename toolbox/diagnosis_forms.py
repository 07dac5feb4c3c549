from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.forms import Textarea
from network.models import Organisation, PersonProfile

from .models.diagnosis import EVIDENCE_MAX_LENGTH, DiagnosisSession, check_evidence

DRAFT = "draft"
COMPLETE = "complete"
LEVEL_MISSING = _("Choisissez un niveau : toutes les sous-pratiques sont estimées avant de terminer le diagnostic.")


class SessionForm(forms.ModelForm):
    """Opens a session for the user's organisation (any organisation when their profile names none)."""

    class Meta:
        model = DiagnosisSession
        fields = ["organisation", "title", "held_on", "participants"]
        widgets = {"held_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        own = PersonProfile.objects.filter(user=user).values_list("organisation_id", flat=True).first()
        field = self.fields["organisation"]
        if own is not None:
            field.queryset = Organisation.objects.filter(pk=own)
            field.initial = own
            field.empty_label = None
            field.help_text = _("L'organisation de votre profil.")
        else:
            field.queryset = Organisation.objects.order_by("name")
            field.help_text = _("Votre profil ne précise pas d'organisation : choisissez celle qui se diagnostique.")


class QuestionnaireForm(forms.Form):
    """One level (1 to 5, or none yet) and the facts that prove it, per sub-practice."""

    def __init__(self, *args, competencies, ratings, **kwargs):
        super().__init__(*args, **kwargs)
        self.competencies = competencies
        self.subpractices = [sp for competency in competencies for sp in competency.subpractices.all()]
        for subpractice in self.subpractices:
            rating = ratings.get(subpractice.pk)
            self.fields[self.level_name(subpractice)] = forms.TypedChoiceField(
                label=_("Niveau atteint : %(title)s") % {"title": subpractice.title},
                choices=[("", gettext("Pas encore estimé"))]
                + [(n, f"{n}. {descriptor}") for n, descriptor in subpractice.levels],
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
                initial=rating.level if rating else "",
            )
            self.fields[self.evidence_name(subpractice)] = forms.CharField(
                label=_("Faits qui prouvent ce niveau : %(title)s") % {"title": subpractice.short_title},
                help_text=_("Des exemples concrets et vérifiables, sur lesquels le groupe s'accorde."),
                required=False,
                max_length=EVIDENCE_MAX_LENGTH,
                widget=Textarea(attrs={"rows": 3}),
                initial=rating.evidence if rating else "",
            )

    @staticmethod
    def level_name(subpractice):
        return f"level_{subpractice.pk}"

    @staticmethod
    def evidence_name(subpractice):
        return f"evidence_{subpractice.pk}"

    @property
    def completing(self):
        return self.data.get("action") == COMPLETE

    def sections(self):
        """The bound fields grouped as the questionnaire is: competency → sub-practices."""
        return [
            (
                competency,
                [(sp, self[self.level_name(sp)], self[self.evidence_name(sp)]) for sp in competency.subpractices.all()],
            )
            for competency in self.competencies
        ]

    def clean(self):
        cleaned = super().clean()
        if not self.completing:
            # A draft keeps whatever the group has answered; the rules apply when it is completed.
            return cleaned
        for subpractice in self.subpractices:
            level = cleaned.get(self.level_name(subpractice))
            evidence = cleaned.get(self.evidence_name(subpractice), "")
            try:
                check_evidence(level, evidence)
            except ValidationError as error:
                self.add_error(self.evidence_name(subpractice), error)
            if level is None and self.level_name(subpractice) not in self.errors:
                self.add_error(self.level_name(subpractice), LEVEL_MISSING)
        return cleaned

    def answers(self):
        """sub-practice id → (level, evidence), for what the group has typed."""
        return {
            sp.pk: (self.cleaned_data.get(self.level_name(sp)), self.cleaned_data.get(self.evidence_name(sp), ""))
            for sp in self.subpractices
        }

    def levels_without_evidence(self):
        return sum(1 for level, evidence in self.answers().values() if level is not None and not evidence.strip())
