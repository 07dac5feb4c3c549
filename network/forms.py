from django import forms
from django.apps import apps
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from home.forms import Textarea

from .directory import DirectoryQuery
from .models import InnovationTeamPage, Organisation, OrganisationEmailDomain, PersonProfile
from .signup import email_domain

MAX_PHOTO_SIZE = 2 * 1024 * 1024
# Pillow's names of the formats a photo may have: those the site's renditions can be made from.
# MPO is the JPEG of many phone cameras (a JPEG with a second, smaller picture in it).
PHOTO_FORMATS = {"JPEG", "MPO", "PNG", "WEBP"}


def method_queryset():
    return apps.get_model("toolbox", "MethodPage").objects.live().order_by("title")


class TagListField(forms.CharField):
    """Tags typed as a comma-separated list; a tag may hold spaces (« marchés publics »)."""

    def prepare_value(self, value):
        if isinstance(value, str) or value is None:
            return value
        return ", ".join(getattr(tag, "name", tag) for tag in value)

    def clean(self, value):
        value = super().clean(value)
        names = []
        for name in (part.strip() for part in value.split(",")):
            if name and name.lower() not in {n.lower() for n in names}:
                names.append(name[:100])
        return names


class ProfileForm(forms.ModelForm):
    """A member's own profile, edited on the front-end."""

    photo_upload = forms.ImageField(
        label=_("Photo"),
        required=False,
        help_text=_("JPEG, PNG ou WebP, 2 Mo au plus. Laissez vide pour garder la photo actuelle."),
    )
    remove_photo = forms.BooleanField(label=_("Retirer ma photo"), required=False)
    skills = TagListField(
        label=_("Compétences"), required=False, help_text=PersonProfile._meta.get_field("skills").help_text
    )
    offers = TagListField(
        label=_("Je peux aider sur"), required=False, help_text=PersonProfile._meta.get_field("offers").help_text
    )
    requests = TagListField(
        label=_("Je cherche"), required=False, help_text=PersonProfile._meta.get_field("requests").help_text
    )

    class Meta:
        model = PersonProfile
        fields = [
            "display_name",
            "job_title",
            "organisation",
            "team",
            "bio",
            "skills",
            "offers",
            "requests",
            "methods",
            "contact_email",
            "phone",
            "listed",
        ]
        widgets = {"methods": forms.CheckboxSelectMultiple, "bio": Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = self.organisation_choices()
        self.fields["organisation"].empty_label = _("Aucune organisation")
        # The teams of those organisations (and the one on the profile): a profile
        # would otherwise show a team of any département next to its organisation.
        self.fields["team"].queryset = (
            InnovationTeamPage.objects.live()
            .filter(Q(organisation__in=self.fields["organisation"].queryset) | Q(pk=self.instance.team_id))
            .order_by("title")
        )
        self.fields["team"].empty_label = _("Aucune équipe")
        self.fields["methods"].queryset = method_queryset()
        self.fields["methods"].help_text = (
            "" if self.fields["methods"].queryset.exists() else _("La boîte à outils n'a pas encore de méthode.")
        )
        self.fields["contact_email"].help_text = _("Visible des seuls membres connectés.")
        if self.instance.pk:
            for name in ("skills", "offers", "requests"):
                self.initial[name] = list(getattr(self.instance, name).all())
        if not (self.instance.pk and self.instance.photo_id):
            del self.fields["remove_photo"]
        self.order_fields(["display_name", "photo_upload", "remove_photo"])

    def organisation_choices(self):
        """The organisations of the member's email domain, and the one already on the profile
        (an administrator may have set it). The organisation opens that organisation's
        self-diagnosis sessions and adoptions: it is not for the member to claim any other."""
        user = self.instance.user if self.instance.user_id else None
        domain = email_domain(user.email) if user and user.email else None
        own_domain = OrganisationEmailDomain.objects.filter(domain=domain).values("organisation")
        return Organisation.objects.filter(Q(pk__in=own_domain) | Q(pk=self.instance.organisation_id)).order_by("name")

    def clean_photo_upload(self):
        photo = self.cleaned_data.get("photo_upload")
        if not photo:
            return photo
        if photo.size > MAX_PHOTO_SIZE:
            raise forms.ValidationError(_("La photo dépasse 2 Mo : choisissez une image plus légère."))
        # The format Pillow decoded, not the file's name or declared type: a TIFF named
        # .png would be stored, then fail every page that shows it.
        if getattr(getattr(photo, "image", None), "format", None) not in PHOTO_FORMATS:
            raise forms.ValidationError(
                _("La photo doit être une image JPEG, PNG ou WebP : enregistrez-la dans l'un de ces formats."),
                code="invalid_photo_format",
            )
        return photo

    def save(self, commit=True):
        profile = super().save(commit=False)
        upload = self.cleaned_data.get("photo_upload")
        if upload:
            profile.photo = get_image_model().objects.create(
                title=_("Photo de %(name)s") % {"name": profile.display_name}, file=upload
            )
        elif self.cleaned_data.get("remove_photo"):
            profile.photo = None
        # ClusterableModel keeps tags and methods in memory until save() commits them together.
        profile.skills.set(self.cleaned_data["skills"])
        profile.offers.set(self.cleaned_data["offers"])
        profile.requests.set(self.cleaned_data["requests"])
        profile.methods.set(self.cleaned_data["methods"])
        if commit:
            profile.save()
        return profile


class DirectorySearchForm(forms.Form):
    q = forms.CharField(
        label=_("Nom, compétence, méthode ou mot-clé"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    # Bounded: an id past the database's integer range would be an OverflowError (a 500).
    organisation = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1, widget=forms.HiddenInput)
    departement = forms.CharField(required=False, max_length=3, widget=forms.HiddenInput)
    # Tags' slugs keep their accents ("world-café").
    skill = forms.SlugField(required=False, max_length=100, allow_unicode=True, widget=forms.HiddenInput)
    method = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1, widget=forms.HiddenInput)

    def query(self):
        # The valid filters apply even when another is not (a link edited by hand).
        self.is_valid()
        data = self.cleaned_data
        return DirectoryQuery(
            text=(data.get("q") or "").strip(),
            organisation=data.get("organisation"),
            departement=data.get("departement") or "",
            skill=data.get("skill") or "",
            method=data.get("method"),
        )
