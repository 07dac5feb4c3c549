"""Demo toolbox (facts from ../shared/seeds/)."""

from home.demo import ensure_page, home_page

from .models import ToolboxIndexPage


def load(stdout=None):
    index = ensure_page(
        home_page(),
        ToolboxIndexPage,
        "boite-a-outils",
        title="Boîte à outils",
        summary="Des méthodes éprouvées dans le réseau pour comprendre, imaginer, prototyper et tester avec les usagers.",
        show_in_menus=True,
    )
    return {"toolbox": index}
