"""What the site-wide search looks into, in the order of its type filter.

Each type names its model by label: a model that does not exist yet (another
part of the portal not installed or not built) or is not indexed is skipped,
so more types appear without code change. Ideas and people are shown only
through their app's visibility rule (`Idea.objects.visible_to(user)`,
`PersonProfile.objects.listed()`); without it, none are shown.
"""

from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search.index import class_is_indexed

from home.restrictions import hidden_sections, without_sections
from search.backends.ranked import visible_through


def live_pages(model, user):
    """The live pages outside the sections the user may not read; the search
    checks them on the page table alone (visible_through)."""
    sections = hidden_sections(user)
    return visible_through(
        without_sections(model.objects.live(), sections),
        ("live_pages", sections),
        without_sections(Page.objects.live(), sections),
    )


def visible_ideas(model, user):
    manager = model.objects
    if not hasattr(manager, "visible_to"):
        return None
    return manager.visible_to(user)


def listed_people(model, user):
    manager = model.objects
    if not hasattr(manager, "listed"):
        return None
    return manager.listed()


def all_objects(model, user):
    return model.objects.all()


def object_url(obj, request=None):
    """A page's URL, or the object's get_absolute_url()."""
    if hasattr(obj, "get_url"):
        return obj.get_url(request) or ""
    if hasattr(obj, "get_absolute_url"):
        return obj.get_absolute_url()
    return ""


@dataclass(frozen=True)
class SearchType:
    key: str  # the value of the `type` GET parameter
    label: str  # plural, for the filter
    singular: str  # on each result
    model_label: str
    restrict: object = live_pages  # (model, user) -> what the user may find, or None for nothing
    url: object = object_url  # (object, request) -> its URL
    # Multiplies the backend's score when types are merged (see search.results).
    weight: float = 1.0

    @property
    def model(self):
        """The model, or None when it does not exist or is not indexed."""
        try:
            model = apps.get_model(self.model_label)
        except LookupError:
            return None
        return model if class_is_indexed(model) else None

    def queryset(self, user):
        """What `user` may find of this type, or None when nothing."""
        model = self.model
        if model is None:
            return None
        return self.restrict(model, user)


SEARCH_TYPES = [
    # The network's documented know-how outweighs a proposal or a profile that
    # uses the same words: methods and case studies count double.
    SearchType("methodes", _("Méthodes"), _("Méthode"), "toolbox.MethodPage", weight=2.0),
    SearchType("retours", _("Retours d'expérience"), _("Retour d'expérience"), "network.CaseStudyPage", weight=2.0),
    SearchType("appels", _("Appels à idées"), _("Appel à idées"), "ideas.IdeaCallPage"),
    SearchType("idees", _("Idées"), _("Idée"), "ideas.Idea", visible_ideas),
    SearchType("equipes", _("Équipes"), _("Équipe"), "network.InnovationTeamPage"),
    SearchType("personnes", _("Personnes"), _("Personne"), "network.PersonProfile", listed_people),
    SearchType("actualites", _("Actualités"), _("Actualité"), "home.NewsPage"),
    SearchType("pages", _("Pages"), _("Page"), "home.StandardPage"),
]


def available_types(user):
    """(type, queryset) for each type `user` may search."""
    available = []
    for search_type in SEARCH_TYPES:
        queryset = search_type.queryset(user)
        if queryset is not None:
            available.append((search_type, queryset))
    return available


def type_for(key):
    return next((search_type for search_type in SEARCH_TYPES if search_type.key == key), None)
