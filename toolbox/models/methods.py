from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.models import BasePage
from home.restrictions import readable
from home.tree import children_of

from ..blocks import StepsBlock, TipsBlock
from .diagnosis import DiagnosisCompetency

METHODS_PER_PAGE = 12


class InnovationPhase(models.Model):
    """One of the five phases of an innovation project. A fixed vocabulary
    (rows created by a migration) so that the index can filter on it."""

    class Code(models.TextChoices):
        UNDERSTAND = "comprendre", _("Comprendre")
        IMAGINE = "imaginer", _("Imaginer")
        PROTOTYPE = "prototyper", _("Prototyper")
        TEST = "tester", _("Tester")
        DEPLOY = "deployer", _("Déployer")

    code = models.CharField(_("code"), max_length=20, choices=Code.choices, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("phase d'innovation")
        verbose_name_plural = _("phases d'innovation")

    def __str__(self):
        return str(self.get_code_display())


class Difficulty(models.TextChoices):
    EASY = "facile", _("Facile")
    INTERMEDIATE = "intermediaire", _("Intermédiaire")
    ADVANCED = "avancee", _("Avancée")


class CompanionTool(models.TextChoices):
    PITCH = "pitch", _("Préparer un pitch")
    PERSONA = "persona", _("Créer des personas")
    WORLD_CAFE = "world_cafe", _("Planifier un world café")


class ToolboxIndexPage(BasePage):
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["toolbox.MethodPage"]

    def get_context(self, request, *args, **kwargs):
        from ..filters import MethodFilters

        context = super().get_context(request, *args, **kwargs)
        methods = children_of(readable(MethodPage.objects.live(), request), self)
        method_filters = MethodFilters(request.GET)
        counts = method_filters.counts(methods)
        results = method_filters.apply(methods).prefetch_related("phases").order_by("title")
        paginator = Paginator(results, METHODS_PER_PAGE)
        paginator.count = counts["total"]  # already counted with the facets: one query fewer
        page_obj = paginator.get_page(request.GET.get("page"))
        context.update(
            {
                "filters": method_filters.facets(methods, counts),
                "active_filters": method_filters.active,
                "page_obj": page_obj,
                "methods": page_obj.object_list,
                "result_count": paginator.count,
                # Editors change the questionnaire in the admin: the tools' card counts it.
                "diagnosis_size": DiagnosisCompetency.objects.aggregate(
                    competencies=Count("pk", distinct=True), subpractices=Count("subpractices")
                ),
            }
        )
        return context

    class Meta:
        verbose_name = _("boîte à outils")
        verbose_name_plural = _("boîtes à outils")


class MethodPage(BasePage):
    purpose = models.TextField(_("à quoi ça sert"), blank=True)
    phases = ParentalManyToManyField(
        InnovationPhase, verbose_name=_("phases d'innovation"), blank=True, related_name="methods"
    )
    duration_minutes = models.PositiveIntegerField(
        _("durée (minutes)"), default=60, help_text=_("La durée totale d'une séance, en minutes.")
    )
    participants_min = models.PositiveSmallIntegerField(_("participants (minimum)"), default=1)
    participants_max = models.PositiveSmallIntegerField(_("participants (maximum)"), default=12)
    difficulty = models.CharField(_("difficulté"), max_length=20, choices=Difficulty.choices, default=Difficulty.EASY)
    facilitator_needed = models.BooleanField(_("animateur ou animatrice nécessaire"), default=False)
    materials = models.TextField(_("matériel"), blank=True, help_text=_("Un élément par ligne."))
    steps = StreamField(StepsBlock(), blank=True, verbose_name=_("étapes"))
    tips = StreamField(TipsBlock(), blank=True, verbose_name=_("conseils et pièges à éviter"))
    remote_variant = models.TextField(
        _("variante à distance"), blank=True, help_text=_("Comment mener la méthode en visioconférence.")
    )
    companion_tool = models.CharField(
        _("outil interactif associé"),
        max_length=20,
        choices=CompanionTool.choices,
        blank=True,
        help_text=_("L'outil du portail qui aide à préparer cette méthode, proposé sur la page."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("purpose"),
        MultiFieldPanel(
            [
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("difficulty")]),
                FieldRowPanel([FieldPanel("participants_min"), FieldPanel("participants_max")]),
                FieldPanel("facilitator_needed"),
            ],
            heading=_("En bref"),
        ),
        FieldPanel("materials"),
        FieldPanel("steps"),
        FieldPanel("tips"),
        FieldPanel("remote_variant"),
        FieldPanel("companion_tool"),
        InlinePanel("template_documents", heading=_("Modèles à télécharger"), label=_("Modèle")),
        InlinePanel("related_method_links", heading=_("Méthodes liées"), label=_("Méthode liée")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("materials"),
        index.SearchField("steps"),
        index.SearchField("tips"),
        index.SearchField("remote_variant"),
        index.FilterField("duration_minutes"),
        index.FilterField("participants_min"),
        index.FilterField("participants_max"),
        index.FilterField("difficulty"),
        index.FilterField("facilitator_needed"),
        index.RelatedFields("phases", [index.FilterField("code")]),
    ]
    parent_page_types = ["toolbox.ToolboxIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("méthode")
        verbose_name_plural = _("méthodes")

    def clean(self):
        super().clean()
        if self.participants_min and self.participants_max and self.participants_min > self.participants_max:
            raise ValidationError(
                {"participants_max": _("Le maximum de participants doit être supérieur ou égal au minimum.")}
            )

    @property
    def materials_list(self):
        return [line.strip(" -•\t") for line in self.materials.splitlines() if line.strip(" -•\t")]

    @property
    def steps_duration_minutes(self):
        return sum(step.value.get("duration_minutes") or 0 for step in self.steps)

    @property
    def companion_tool_url(self):
        return reverse(f"toolbox:{self.companion_tool}_new") if self.companion_tool else ""

    def downloadable_templates(self):
        return self.template_documents.select_related("document")

    def related_methods(self):
        """Methods linked from this page or linking to it: each link is entered once."""
        # The links from this page through its own manager (a preview shows the
        # links being edited); the links to it as a subquery of the same query.
        linked_ids = set(self.related_method_links.values_list("method_id", flat=True))
        linking = RelatedMethod.objects.filter(method=self).values("page_id")
        return (
            MethodPage.objects.live()
            .filter(Q(pk__in=linked_ids) | Q(pk__in=linking))
            .exclude(pk=self.pk)
            .order_by("title")
        )

    def _reverse_links(self, accessor, live_pages=True):
        # The network app adds these links from its side; until its models
        # declare them, the method page simply shows nothing.
        manager = getattr(self, accessor, None)
        if manager is None:
            return []
        queryset = manager.all()
        if live_pages:
            queryset = queryset.live()
        return list(queryset.order_by("title" if live_pages else "pk"))

    def used_in_case_studies(self):
        return self._reverse_links("case_studies")

    def teams_practising(self):
        return self._reverse_links("practising_teams")

    def people_facilitating(self):
        # Only people who chose to be listed in the directory.
        manager = getattr(self, "facilitators", None)
        if manager is None:
            return []
        return list(manager.listed().order_by("display_name"))


class MethodDocument(Orderable):
    """A downloadable template (canvas, card deck, checklist) of a method."""

    page = ParentalKey(MethodPage, on_delete=models.CASCADE, related_name="template_documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(_("libellé"), max_length=200, blank=True, help_text=_("Par défaut, le titre du document."))

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("modèle à télécharger")
        verbose_name_plural = _("modèles à télécharger")

    @property
    def display_label(self):
        return self.label or self.document.title


class RelatedMethod(Orderable):
    page = ParentalKey(MethodPage, on_delete=models.CASCADE, related_name="related_method_links")
    method = models.ForeignKey(MethodPage, verbose_name=_("méthode"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("method", "toolbox.MethodPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("méthode liée")
        verbose_name_plural = _("méthodes liées")
