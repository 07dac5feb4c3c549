"""The pages `make bench` measures: the one list to extend as features land.

`path` is a URL, or a function run against the bench database (Django is set
up) that returns one, or None when the content does not exist (the page is
then reported as missing). `role` is whose session requests it: "agent"
(agent@somme.fr) or "admin" (admin@valdoise.fr)."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class BenchPage:
    name: str
    path: str | Callable[[], str | None]
    role: str = "agent"
    in_load_mix: bool = True

    def url(self):
        """The page's path in the database Django is set up for, or None when absent."""
        return self.path() if callable(self.path) else self.path


def first_live_url(model_label, **filters):
    """The URL of the first live page of a type, e.g. "home.NewsPage"."""

    def resolve():
        from django.apps import apps

        page = apps.get_model(model_label).objects.live().filter(**filters).order_by("pk").first()
        return page.url if page else None

    return resolve


def open_call_with_most_ideas():
    """The open call whose idea wall is the longest (the generator puts a
    fifth of its ideas on its first call, which is open)."""
    from django.db.models import Count, Q
    from django.utils import timezone

    from ideas.models import IdeaCallPage

    now = timezone.now()
    call = (
        IdeaCallPage.objects.live()
        .filter(opens_at__lte=now, closes_at__gte=now)
        .filter(Q(results_published_at__isnull=True) | Q(results_published_at__gt=now))
        .annotate(idea_count=Count("ideas"))
        .order_by("-idea_count", "pk")
        .first()
    )
    return call.url if call else None


def listed_profile():
    """A profile every agent may read: the last listed one (a generated agent)."""
    from network.models import PersonProfile

    profile = PersonProfile.objects.filter(listed=True).order_by("-pk").first()
    return f"/membres/{profile.pk}/" if profile else None


def case_study_index_with_facet():
    """The case-study index with one facet selected (stage « expérimentation »)."""
    resolve = first_live_url("network.CaseStudyIndexPage")
    url = resolve()
    return f"{url}?stade=experimentation" if url else None


def largest_case_study():
    """The case study with the most methods and organisations: the fullest page."""
    from django.db.models import Count

    from network.models import CaseStudyPage

    page = (
        CaseStudyPage.objects.live()
        .annotate(links=Count("methods", distinct=True) + Count("organisations", distinct=True))
        .order_by("-links", "pk")
        .first()
    )
    return page.url if page else None


# The floor: a minimal view through the same stack (one `SELECT 1`).
FLOOR = BenchPage("plancher (/sante/)", "/sante/", role="anonymous", in_load_mix=False)

PAGES = [
    BenchPage("accueil", "/"),
    BenchPage("boîte à outils", first_live_url("toolbox.ToolboxIndexPage")),
    BenchPage("une méthode", first_live_url("toolbox.MethodPage")),
    BenchPage("appels à idées", first_live_url("ideas.IdeaCallIndexPage")),
    BenchPage("appel ouvert et son mur d'idées", open_call_with_most_ideas),
    BenchPage("admin : modération des idées", "/admin/snippets/ideas/idea/", role="admin"),
    BenchPage("annuaire", first_live_url("network.NetworkIndexPage")),
    BenchPage("annuaire : recherche « martin »", "/membres/?q=martin"),
    BenchPage("un profil", listed_profile),
    BenchPage("retours d'expérience", first_live_url("network.CaseStudyIndexPage")),
    BenchPage("retours d'expérience : facette « stade »", case_study_index_with_facet),
    BenchPage("un retour d'expérience", largest_case_study),
    BenchPage("actualités", first_live_url("home.NewsIndexPage")),
    BenchPage("une actualité", first_live_url("home.NewsPage", slug="forum-interdepartemental-amiens-2019")),
    BenchPage("recherche « forum »", "/recherche/?q=forum"),
    BenchPage("recherche « innovation »", "/recherche/?q=innovation"),
    BenchPage("recherche « départements »", "/recherche/?q=d%C3%A9partements"),
    BenchPage("suggestions « innov »", "/recherche/suggestions/?q=innov"),
    BenchPage("admin : tableau de bord", "/admin/", role="admin"),
]
