from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.models import BasePage
from home.restrictions import readable
from home.tree import children_of
from ideas.blocks import CriterionBlock, KeyDatesBlock


class IdeaTheme(index.Indexed, models.Model):
    """A theme ideas are filed under (solidarités, collèges…), shared by every call."""

    name = models.CharField(_("nom"), max_length=120, unique=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")

    def __str__(self):
        return self.name


class CallState(models.TextChoices):
    UPCOMING = "upcoming", _("À venir")
    OPEN = "open", _("Ouvert")
    CLOSED = "closed", _("Clos")
    RESULTS = "results", _("Résultats publiés")


class IdeaCallIndexPage(BasePage):
    max_count = 1
    subpage_types = ["ideas.IdeaCallPage"]

    other_calls_per_page = 20

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        # The children by path range (an index range; child_of's LIKE reads every page of the
        # site on SQLite). The cards show dates and summaries: rich text and streams stay behind.
        calls = children_of(readable(IdeaCallPage.objects.live(), request), self).defer(
            "intro", "eligibility", "key_dates", "criteria"
        )
        is_open = models.Q(opens_at__lte=now, closes_at__gte=now) & ~models.Q(results_published_at__lte=now)
        # A few calls are open at once; the past ones pile up year after year: paged.
        context["open_calls"] = list(calls.filter(is_open).order_by("-opens_at"))
        others = calls.exclude(is_open).order_by("-opens_at", "pk")
        context["page_obj"] = Paginator(others, self.other_calls_per_page).get_page(request.GET.get("page"))
        context["other_calls"] = context["page_obj"].object_list
        return context

    class Meta:
        verbose_name = _("index des appels à idées")
        verbose_name_plural = _("index des appels à idées")


class IdeaCallPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    organisers = ParentalManyToManyField(
        "network.Organisation",
        verbose_name=_("départements organisateurs"),
        blank=True,
        related_name="idea_calls",
        limit_choices_to={"kind": "departement"},
        help_text=_("Un appel peut être interdépartemental."),
    )
    eligibility = RichTextField(_("qui peut participer"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    themes = ParentalManyToManyField(IdeaTheme, verbose_name=_("thèmes"), blank=True, related_name="calls")
    opens_at = models.DateTimeField(_("ouverture"), default=timezone.now, help_text=_("Heure de Paris."))
    closes_at = models.DateTimeField(_("clôture"), default=timezone.now, help_text=_("Heure de Paris."))
    results_published_at = models.DateTimeField(
        _("publication des résultats"),
        null=True,
        blank=True,
        help_text=_("À partir de cette date, l'appel apparaît comme « résultats publiés »."),
    )
    key_dates = StreamField(KeyDatesBlock(), blank=True, verbose_name=_("dates clés"))
    criteria = StreamField([("criterion", CriterionBlock())], blank=True, verbose_name=_("critères d'évaluation"))
    max_team_size = models.PositiveSmallIntegerField(
        _("taille maximale d'une équipe"), default=3, help_text=_("Porteur ou porteuse compris.")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        # Boxes to tick, as elsewhere in the admin, rather than a list needing Ctrl+click.
        FieldPanel("organisers", widget=forms.CheckboxSelectMultiple),
        FieldPanel("eligibility"),
        FieldPanel("themes"),
        MultiFieldPanel(
            [FieldPanel("opens_at"), FieldPanel("closes_at"), FieldPanel("results_published_at")],
            heading=_("Dates de l'appel"),
        ),
        FieldPanel("key_dates"),
        FieldPanel("criteria"),
        FieldPanel("max_team_size"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("eligibility"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    parent_page_types = ["ideas.IdeaCallIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("appel à idées")
        verbose_name_plural = _("appels à idées")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("La clôture doit suivre l'ouverture.")})

    def state_at(self, moment):
        if self.results_published_at and moment >= self.results_published_at:
            return CallState.RESULTS
        if moment < self.opens_at:
            return CallState.UPCOMING
        if moment <= self.closes_at:
            return CallState.OPEN
        return CallState.CLOSED

    @property
    def state(self):
        return self.state_at(timezone.now())

    @property
    def is_open(self):
        return self.state == CallState.OPEN

    @property
    def state_label(self):
        return CallState(self.state).label

    def get_context(self, request, *args, **kwargs):
        from .ideas import LAUREATE_AND_LATER

        context = super().get_context(request, *args, **kwargs)
        if self.state == CallState.RESULTS:
            context["laureates"] = (
                self.ideas.filter(state__in=LAUREATE_AND_LATER).select_related("departement").order_by("title")
            )
        return context

    @property
    def total_weight(self):
        return sum(block.value["weight"] for block in self.criteria)
