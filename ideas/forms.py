from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.forms import Textarea
from home.ids import object_ids
from network.models import Organisation

from .attachments import ALLOWED_DESCRIPTION, MAX_PER_IDEA, validate_attachment
from .models import Idea, IdeaState
from .models.ideas import NOTE_MAX_LENGTH

# What a submission needs; a draft needs only a title.
REQUIRED_TO_SUBMIT = ["summary", "problem", "solution", "implementation", "departement", "public_concerned"]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, (list, tuple)) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


def attachments_help():
    # Formatted when shown, in the reader's language: a lazy text formatted here
    # would be translated once, at import.
    return gettext("Facultatif. %(types)s ; 10 Mo au plus par fichier, %(max)s fichiers au plus.") % {
        "types": ALLOWED_DESCRIPTION,
        "max": MAX_PER_IDEA,
    }


class IdeaForm(forms.ModelForm):
    """The submission form, on the pitch structure. Saving a draft needs only a
    title; submitting needs the whole pitch and the consent."""

    team_emails = forms.CharField(
        label=_("Membres de l'équipe"),
        required=False,
        widget=Textarea(attrs={"rows": 3}),
        help_text=_(
            "Les adresses électroniques professionnelles de vos collègues, une par ligne. "
            "Ils verront l'idée dans leur tableau de bord « Mes idées »."
        ),
    )
    new_attachments = MultipleFileField(
        label=_("Pièces jointes"),
        required=False,
        help_text=lazy(attachments_help, str)(),
    )

    class Meta:
        model = Idea
        fields = [
            "title",
            "summary",
            "problem",
            "solution",
            "implementation",
            "theme",
            "departement",
            "service",
            "public_concerned",
            "expected_benefits",
            "resources_needed",
            "existing_solutions",
            "consent",
        ]
        widgets = {field: Textarea(attrs={"rows": 5}) for field in ["problem", "solution", "implementation"]} | {
            field: Textarea(attrs={"rows": 3})
            for field in ["summary", "public_concerned", "expected_benefits", "resources_needed", "existing_solutions"]
        }
        labels = {
            "consent": _(
                "J'accepte que les informations de ce formulaire soient traitées par le réseau pour examiner "
                "et accompagner l'idée (vous pouvez demander leur suppression à tout moment)."
            )
        }

    def __init__(self, *args, call, user, submitting=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.call = call
        self.user = user
        self.submitting = submitting
        self.fields["departement"].queryset = Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT)
        self.fields["departement"].empty_label = _("Choisir un département")
        self.fields["theme"].queryset = call.themes.all()
        self.fields["theme"].empty_label = _("Choisir un thème")
        self.fields["theme"].required = False
        if self.instance.pk:
            self.fields["team_emails"].initial = "\n".join(member.email for member in self.instance.team_members.all())
        if submitting:
            for name in REQUIRED_TO_SUBMIT:
                self.fields[name].required = True
            self.fields["consent"].required = True

    FIELDSETS = [
        (_("Votre idée"), ["title", "summary"]),
        (_("Le pitch"), ["problem", "solution", "implementation"]),
        (
            _("Le contexte"),
            [
                "theme",
                "departement",
                "service",
                "public_concerned",
                "expected_benefits",
                "resources_needed",
                "existing_solutions",
            ],
        ),
        (_("L'équipe et les pièces jointes"), ["team_emails", "new_attachments"]),
    ]

    def fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.FIELDSETS]

    def clean_team_emails(self):
        emails = []
        invalid = []
        for line in self.cleaned_data["team_emails"].replace(",", "\n").replace(";", "\n").splitlines():
            email = line.strip().lower()
            if not email:
                continue
            try:
                validate_email(email)
            except ValidationError:
                invalid.append(email)
                continue
            if email == (self.user.email or "").lower():
                continue  # the author is in the team already
            if email not in emails:
                emails.append(email)
        if invalid:
            # Every address to correct at once, not the first only.
            raise ValidationError(
                [_("« %(email)s » n'est pas une adresse électronique valide.") % {"email": email} for email in invalid]
            )
        if len(emails) + 1 > self.call.max_team_size:
            raise ValidationError(
                _("Une équipe compte au plus %(max)s personnes, vous compris.") % {"max": self.call.max_team_size}
            )
        return emails

    def clean_new_attachments(self):
        files = self.cleaned_data.get("new_attachments") or []
        errors = []
        self.attachment_types = []
        for uploaded in files:
            try:
                self.attachment_types.append((uploaded, validate_attachment(uploaded)))
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        kept = 0
        if self.instance.pk:
            removed = object_ids(self.data.getlist("remove_attachment"))
            kept = self.instance.attachments.exclude(pk__in=removed).count()
        if kept + len(files) > MAX_PER_IDEA:
            raise ValidationError(
                _("Une idée compte au plus %(max)s pièces jointes : elle en aurait %(count)s.")
                % {"max": MAX_PER_IDEA, "count": kept + len(files)}
            )
        return files


class TransitionForm(forms.Form):
    target = forms.ChoiceField(label=_("Nouvel état"), choices=[])
    comment = forms.CharField(
        label=_("Commentaire pour les auteurs"),
        required=False,
        max_length=2000,
        widget=Textarea(attrs={"rows": 3}),
        help_text=_("Obligatoire pour une idée irrecevable (le motif) ou à compléter (ce qui manque)."),
    )

    def __init__(self, *args, targets=None, **kwargs):
        super().__init__(*args, **kwargs)
        targets = targets if targets is not None else IdeaState.values
        self.fields["target"].choices = [(value, IdeaState(value).label) for value in targets]


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Note interne"),
        max_length=NOTE_MAX_LENGTH,
        widget=Textarea(attrs={"rows": 3}),
        error_messages={"required": _("La note est vide.")},
    )
