"""Demo idea calls (facts from ../shared/seeds/)."""

from home import roles
from home.demo import ensure_page, home_page
from home.roles import grant_page_permissions

from .models import IdeaCallIndexPage


def load(stdout=None):
    index = ensure_page(
        home_page(),
        IdeaCallIndexPage,
        "appels-a-idees",
        title="Appels à idées",
        summary="Les appels à idées des départements : proposez une idée pour améliorer le service public, hors du cadre hiérarchique habituel.",
        show_in_menus=True,
    )
    grant_page_permissions(index, roles.COORDINATORS)
    return {"calls": index}
