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


def first_live_url(model_label, **filters):
    """The URL of the first live page of a type, e.g. "home.NewsPage"."""

    def resolve():
        from django.apps import apps

        page = apps.get_model(model_label).objects.live().filter(**filters).order_by("pk").first()
        return page.url if page else None

    return resolve


# The floor: a minimal view through the same stack (one `SELECT 1`).
FLOOR = BenchPage("plancher (/sante/)", "/sante/", role="anonymous", in_load_mix=False)

PAGES = [
    BenchPage("accueil", "/"),
    BenchPage("boîte à outils", first_live_url("toolbox.ToolboxIndexPage")),
    BenchPage("appels à idées", first_live_url("ideas.IdeaCallIndexPage")),
    BenchPage("annuaire", first_live_url("network.NetworkIndexPage")),
    BenchPage("retours d'expérience", first_live_url("network.CaseStudyIndexPage")),
    BenchPage("actualités", first_live_url("home.NewsIndexPage")),
    BenchPage("une actualité", first_live_url("home.NewsPage", slug="forum-interdepartemental-amiens-2019")),
    BenchPage("recherche « forum »", "/recherche/?q=forum"),
    BenchPage("recherche « innovation »", "/recherche/?q=innovation"),
    BenchPage("recherche « départements »", "/recherche/?q=d%C3%A9partements"),
    BenchPage("admin : tableau de bord", "/admin/", role="admin"),
]
