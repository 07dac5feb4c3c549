from django.apps import apps
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from home.models import BasePage

from .tags import TaggedTeamOffer


class InnovationTeamPage(BasePage):
    """An innovation team, lab or mission of an organisation of the network.

    Its members are the profiles that name it (`members`); its case studies are
    those of its organisation, read from the case studies, never entered here."""

    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="teams",
    )
    mission = RichTextField(_("mission"), blank=True, features=["bold", "italic", "link", "ul"])
    offers = ClusterTaggableManager(
        verbose_name=_("ce que l'équipe propose"),
        through=TaggedTeamOffer,
        blank=True,
        related_name="offering_teams",
        help_text=_("Par exemple : coaching, formation, animation d'ateliers, accompagnement de projets."),
    )
    methods = ParentalManyToManyField(
        "toolbox.MethodPage",
        verbose_name=_("méthodes pratiquées"),
        blank=True,
        related_name="practising_teams",
    )
    contact_name = models.CharField(_("nom du contact"), max_length=150, blank=True)
    contact_email = models.EmailField(_("courriel de contact"), blank=True)
    contact_phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    location = models.CharField(_("lieu"), max_length=200, blank=True, help_text=_("Ville ou adresse de l'équipe."))
    year_created = models.PositiveSmallIntegerField(
        _("année de création"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("organisation"),
        FieldPanel("mission"),
        FieldPanel("offers"),
        FieldPanel("methods"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        MultiFieldPanel([FieldPanel("location"), FieldPanel("year_created")], heading=_("Repères")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("mission"),
        index.SearchField("location"),
        index.FilterField("organisation"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.RelatedFields("offers", [index.SearchField("name")]),
    ]
    parent_page_types = ["network.NetworkIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("équipe d'innovation")
        verbose_name_plural = _("équipes d'innovation")

    @property
    def case_studies(self):
        """The live case studies naming the team's organisation."""
        case_study_model = apps.get_model("network", "CaseStudyPage")
        if self.organisation_id is None:
            return case_study_model.objects.none()
        return case_study_model.objects.live().filter(organisations=self.organisation_id).order_by("title")

    def listed_members(self):
        """The listed profiles naming the team; none for a team being created
        (previewed before its first save), which nobody can name yet."""
        if self.pk is None:
            return apps.get_model("network", "PersonProfile").objects.none()
        return self.members.listed().for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["members"] = self.listed_members()
        # `filter(live=True)`, not `live()`: in a preview the methods are the
        # form's, an in-memory FakeQuerySet that knows filter() but not live().
        context["methods"] = self.methods.filter(live=True).order_by("title")
        context["case_studies"] = self.case_studies
        return context
