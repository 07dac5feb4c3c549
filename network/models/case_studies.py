from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.search import index

from home.blocks import KeyFiguresBlock
from home.models import BasePage

from .taxonomy import DEPARTEMENT_CHOICES, departement_label

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class CaseStudyIndexPage(RoutablePageMixin, BasePage):
    """The case studies, searchable and filterable; its feed and CSV export
    follow the same filters so that any view can be shared or subscribed to."""

    max_count = 1
    subpage_types = ["network.CaseStudyPage"]

    def get_context(self, request, *args, **kwargs):
        from network.case_studies_search import SORTS, CaseStudySearch

        context = super().get_context(request, *args, **kwargs)
        context["search"] = CaseStudySearch(self, request.GET, request.user).run(page_number=request.GET.get("page"))
        context["sorts"] = SORTS
        return context

    @path("flux/", name="feed")
    def feed(self, request):
        from network.case_studies_feeds import CaseStudyRssFeed

        return CaseStudyRssFeed(self)(request)

    @path("flux/atom/", name="atom_feed")
    def atom_feed(self, request):
        from network.case_studies_feeds import CaseStudyAtomFeed

        return CaseStudyAtomFeed(self)(request)

    @path("export/", name="export")
    def export(self, request):
        from network.case_studies_feeds import export_csv

        return export_csv(self, request)

    class Meta:
        verbose_name = _("index des retours d'expérience")
        verbose_name_plural = _("index des retours d'expérience")


class CaseStudyTag(TaggedItemBase):
    content_object = ParentalKey("network.CaseStudyPage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("mot-clé d'un retour d'expérience")
        verbose_name_plural = _("mots-clés des retours d'expérience")


class CaseStudyPage(BasePage):
    """What a collectivité tried, how, with whom, and what came of it."""

    class Stage(models.TextChoices):
        IDEA = "idee", _("Idée")
        EXPERIMENT = "experimentation", _("Expérimentation")
        DEPLOYMENT = "deploiement", _("Déploiement")
        SPREADING = "essaimage", _("Essaimage")
        ABANDONED = "abandonne", _("Abandonné")

    class InnovationType(models.TextChoices):
        SERVICE = "service", _("Service aux usagers")
        ORGANISATION = "organisation", _("Organisation interne")
        DIGITAL = "numerique", _("Numérique")
        PARTICIPATION = "participation", _("Participation citoyenne")
        SOCIAL = "sociale", _("Innovation sociale")
        PUBLIC_POLICY = "politique", _("Politique publique")

    organisations = ParentalManyToManyField(
        "network.Organisation",
        verbose_name=_("organisations"),
        blank=True,
        related_name="case_studies",
        help_text=_("Les collectivités qui ont mené le projet."),
    )
    departement_number = models.CharField(
        _("département"),
        max_length=3,
        blank=True,
        choices=DEPARTEMENT_CHOICES,
        help_text=_("Le département où le projet a eu lieu."),
    )
    territory = models.CharField(
        _("territoire"),
        max_length=200,
        blank=True,
        help_text=_("Par exemple : 8 communes, 30 000 habitants, à la frontière du Luxembourg."),
    )
    year = models.PositiveSmallIntegerField(
        _("année"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1980), MaxValueValidator(2100)],
        help_text=_("L'année où le projet a commencé."),
    )
    policy_area = models.ForeignKey(
        "network.PolicyArea",
        verbose_name=_("domaine d'action publique"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
    )
    innovation_type = models.CharField(
        _("type d'innovation"), max_length=20, choices=InnovationType.choices, blank=True
    )
    stage = models.CharField(_("stade"), max_length=20, choices=Stage.choices, default=Stage.EXPERIMENT)
    methods = ParentalManyToManyField(
        "toolbox.MethodPage",
        verbose_name=_("méthodes utilisées"),
        related_name="case_studies",
        blank=True,
    )
    partners = models.TextField(
        _("partenaires"), blank=True, help_text=_("Un partenaire par ligne (associations, entreprises, État…).")
    )
    problem = RichTextField(_("le problème"), features=RICH_TEXT_FEATURES, blank=True)
    approach = RichTextField(_("la démarche"), features=RICH_TEXT_FEATURES, blank=True)
    results = StreamField(
        [
            ("key_figures", KeyFiguresBlock()),
            ("paragraph", blocks.RichTextBlock(label=_("Paragraphe"), features=RICH_TEXT_FEATURES)),
        ],
        blank=True,
        verbose_name=_("résultats"),
    )
    what_worked = RichTextField(_("ce qui a marché"), features=RICH_TEXT_FEATURES, blank=True)
    what_did_not_work = RichTextField(_("ce qui n'a pas marché"), features=RICH_TEXT_FEATURES, blank=True)
    next_steps = RichTextField(_("et maintenant"), features=RICH_TEXT_FEATURES, blank=True)
    contacts = ParentalManyToManyField(
        "network.PersonProfile",
        verbose_name=_("contacts"),
        related_name="case_studies",
        blank=True,
        help_text=_("Les personnes à appeler pour en savoir plus."),
    )
    source_idea = models.ForeignKey(
        "ideas.Idea",
        verbose_name=_("idée d'origine"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
        help_text=_("L'idée d'un appel à idées dont le projet est issu."),
    )
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))], blank=True, verbose_name=_("documents")
    )
    images = StreamField([("image", ImageBlock(label=_("Image")))], blank=True, verbose_name=_("images"))
    tags = ClusterTaggableManager(through=CaseStudyTag, blank=True, verbose_name=_("mots-clés"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("departement_number"), FieldPanel("year")]),
                FieldPanel("territory"),
            ],
            heading=_("Qui, où, quand"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("policy_area"),
                FieldRowPanel([FieldPanel("innovation_type"), FieldPanel("stage")]),
                FieldPanel("methods", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Classement"),
        ),
        FieldPanel("problem"),
        FieldPanel("approach"),
        FieldPanel("results"),
        FieldPanel("what_worked"),
        FieldPanel("what_did_not_work"),
        FieldPanel("next_steps"),
    ]
    people_panels = [
        FieldPanel("partners"),
        FieldPanel("contacts"),
        FieldPanel("source_idea"),
    ]
    media_panels = [FieldPanel("documents"), FieldPanel("images")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(people_panels, heading=_("Partenaires et contacts")),
            ObjectList(media_panels, heading=_("Documents et images")),
            ObjectList(BasePage.promote_panels, heading=_("Promotion")),
            ObjectList(BasePage.settings_panels, heading=_("Paramètres")),
        ]
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("territory"),
        index.SearchField("partners"),
        index.SearchField("problem"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("what_worked"),
        index.SearchField("what_did_not_work"),
        index.SearchField("next_steps"),
        index.RelatedFields("organisations", [index.SearchField("name")]),
        index.RelatedFields("policy_area", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("methods", [index.SearchField("title")]),
        index.FilterField("departement_number"),
        index.FilterField("year"),
        index.FilterField("policy_area"),
        index.FilterField("stage"),
        index.FilterField("innovation_type"),
    ]

    parent_page_types = ["network.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("retour d'expérience")
        verbose_name_plural = _("retours d'expérience")

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The search index is updated on post_save, before modelcluster writes
        # the tags and other parental relations: index again once they are
        # written, or a new case study is not found by its tags.
        if self.live and kwargs.get("update_fields") is None:
            from modelsearch.tasks import insert_or_update_object_task

            insert_or_update_object_task.enqueue(self._meta.app_label, self._meta.model_name, str(self.pk))

    @property
    def departement_label(self):
        return departement_label(self.departement_number)

    def live_methods(self):
        return [method for method in self.methods.all() if method.live]

    def partner_list(self):
        return [line.strip() for line in self.partners.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        from network.case_studies import related_case_studies

        context = super().get_context(request, *args, **kwargs)
        context["related_case_studies"] = related_case_studies(self)
        return context
