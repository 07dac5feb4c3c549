from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index


class Organisation(index.Indexed, ClusterableModel):
    """A member of the network: a département or another public body."""

    class Kind(models.TextChoices):
        DEPARTEMENT = "departement", _("Département")
        COMMUNE = "commune", _("Commune")
        INTERCOMMUNALITE = "intercommunalite", _("Intercommunalité")
        REGION = "region", _("Région")
        ETAT = "etat", _("État")
        ASSOCIATION = "association", _("Association")
        OTHER = "autre", _("Autre")

    name = models.CharField(_("nom"), max_length=200, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.DEPARTEMENT)
    departement_number = models.CharField(
        _("numéro de département"),
        max_length=3,
        blank=True,
        validators=[RegexValidator(r"^(\d{2,3}|2[AB])$", _("Un numéro de département : 2 ou 3 chiffres, ou 2A/2B."))],
        help_text=_("Le département où se trouve l'organisation, par exemple 80 pour la Somme."),
    )
    region = models.CharField(_("région"), max_length=100, blank=True)
    website = models.URLField(_("site internet"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        MultiFieldPanel([FieldPanel("departement_number"), FieldPanel("region")], heading=_("Territoire")),
        FieldPanel("website"),
        FieldPanel("logo"),
        InlinePanel(
            "email_domains",
            heading=_("Domaines de messagerie autorisés à l'inscription"),
            label=_("Domaine"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("region"),
        index.FilterField("kind"),
        index.FilterField("departement_number"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class OrganisationEmailDomain(Orderable):
    """An email domain whose owners may create an account (e.g. somme.fr)."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="email_domains")
    domain = models.CharField(
        _("domaine"),
        max_length=190,
        unique=True,
        validators=[
            RegexValidator(
                r"^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$",
                _("Un nom de domaine en minuscules, sans @ : par exemple somme.fr."),
            )
        ],
    )

    panels = [FieldPanel("domain")]

    class Meta(Orderable.Meta):
        verbose_name = _("domaine de messagerie")
        verbose_name_plural = _("domaines de messagerie")

    def save(self, *args, **kwargs):
        self.domain = self.domain.strip().lower()
        super().save(*args, **kwargs)

    def __str__(self):
        return self.domain
