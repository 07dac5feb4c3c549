from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from .blocks import ContentStreamBlock, HomeSectionsBlock, ProgrammeBlock
from .kept import Kept, rebuilt, row
from .restrictions import readable
from .tree import children_in_own_order, children_of


class BasePage(Page):
    """What every page of the portal has: a short summary used in listings,
    search results and the meta description."""

    summary = models.TextField(
        _("résumé"),
        blank=True,
        help_text=_("Deux ou trois phrases, reprises dans les listes et les résultats de recherche."),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    content_panels = Page.content_panels + [FieldPanel("summary")]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Wagtail's routing, with one query instead of two for a child of a page
        that allows a single type of child (news, methods, teams, case studies,
        calls): the child is read from its own model, so it is already specific.
        A child of another type (moved in before the rule) is routed as Wagtail does."""
        child_models = self.specific_class.allowed_subpage_models() if path_components else []
        if len(child_models) == 1:
            model = child_models[0]
            subpage = children_of(model.objects.all(), self).filter(slug=path_components[0]).first()
            if subpage is not None:
                subpage._cached_parent_obj = self
                return subpage.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_view_restrictions(self):
        """Wagtail's, read in one query instead of two (every page view asks): the
        restrictions on this page and its ancestors, an alias's being its source's.
        The ancestors' paths are prefixes of this page's path. The subquery is
        written out: built by the ORM from two nested querysets, the same query
        took 0.66 ms of Python on every page view instead of 0.21 ms."""
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        placeholders = ", ".join(["%s"] * len(paths))
        table = Page._meta.db_table
        sources = RawSQL(  # noqa: S611 - the paths are parameters
            f'SELECT COALESCE("alias_of_id", "id") FROM "{table}" WHERE "path" IN ({placeholders})',  # noqa: S608 - constants
            paths,
        )
        return PageViewRestriction.objects.filter(page_id__in=sources)


class HomePage(BasePage):
    body = StreamField(HomeSectionsBlock(), blank=True, verbose_name=_("sections"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("page d'accueil")
        verbose_name_plural = _("pages d'accueil")


class StandardPage(BasePage):
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("contenu"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("page libre")
        verbose_name_plural = _("pages libres")


NEWS_PER_PAGE = 12


class NewsIndexPage(BasePage):
    subpage_types = ["home.NewsPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        live = readable(NewsPage.objects.live(), request)
        news = children_in_own_order(live, self).order_by("-date", "-pk")
        paginator = Paginator(news, NEWS_PER_PAGE)
        paginator.count = children_of(live, self).count()
        context["news_items"] = paginator.get_page(request.GET.get("page"))
        return context

    class Meta:
        verbose_name = _("index des actualités")
        verbose_name_plural = _("index des actualités")


class NewsPage(BasePage):
    """A news item, or an event when it has a start date."""

    # Indexed: the home page shows the latest news, read in date order and stopped after a few.
    date = models.DateField(_("date de publication"), default=timezone.localdate, db_index=True)
    event_start = models.DateTimeField(_("début de l'événement"), null=True, blank=True)
    event_end = models.DateTimeField(_("fin de l'événement"), null=True, blank=True)
    location = models.CharField(_("lieu"), max_length=200, blank=True)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("contenu"))
    programme = StreamField([("programme", ProgrammeBlock())], blank=True, verbose_name=_("programme"), max_num=1)

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        MultiFieldPanel(
            [FieldPanel("event_start"), FieldPanel("event_end"), FieldPanel("location")],
            heading=_("Événement"),
        ),
        FieldPanel("body"),
        FieldPanel("programme"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("location"),
        index.FilterField("date"),
    ]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    @property
    def is_event(self):
        return self.event_start is not None

    def clean(self):
        super().clean()
        # An end before the start, or at it, is a typo that the page would show
        # as is (« mercredi 10 mars 2027, 14h00 – 10h00 »).
        if self.event_start and self.event_end and self.event_end <= self.event_start:
            raise ValidationError({"event_end": _("La fin doit suivre le début.")})

    class Meta:
        verbose_name = _("actualité ou événement")
        verbose_name_plural = _("actualités et événements")


@register_setting(icon="site")
class NetworkSettings(BaseSiteSetting):
    network_name = models.CharField(_("nom du réseau"), max_length=120, default=_("Réseau d'innovation publique"))
    tagline = models.CharField(
        _("signature"),
        max_length=200,
        blank=True,
        help_text=_("Une ligne sous le nom, dans l'en-tête de chaque page (par exemple les départements du réseau)."),
    )
    contact_email = models.EmailField(
        _("adresse de contact"), blank=True, help_text=_("Affichée dans le pied de page de chaque page.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Affiché à 48 pixels de haut devant le nom : une image large et peu haute convient le mieux."),
    )
    footer_text = models.TextField(
        _("texte du pied de page"),
        blank=True,
        help_text=_("Texte simple ; les retours à la ligne sont gardés."),
    )

    panels = [
        FieldPanel("network_name"),
        FieldPanel("tagline"),
        FieldPanel("contact_email"),
        FieldPanel("logo"),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("paramètres du réseau")

    @classmethod
    def for_site(cls, site):
        """Wagtail's, kept per process (home/kept.py): every page shows the
        network's name and footer, and these settings change seldom; any write
        renews the token (home/signals.py)."""
        if site is None:
            return super().for_site(site)
        return rebuilt(_kept_network_settings.get(site.pk, lambda: row(super(NetworkSettings, cls).for_site(site))))


NETWORK_SETTINGS_VERSION = "network-settings"
_kept_network_settings = Kept(NETWORK_SETTINGS_VERSION, size=16)


class CacheVersion(models.Model):
    """A token per kind of cached value, changed by every write that value
    depends on (e.g. home/admin_sidebar.py). It lives in the database, not in
    the cache, because the default cache is per worker."""

    name = models.CharField(max_length=50, primary_key=True)
    token = models.CharField(max_length=32)

    class Meta:
        default_permissions = ()

    def __str__(self):
        return f"{self.name}: {self.token}"
