from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from home.models import BasePage
from home.restrictions import readable
from home.tree import children_of

from .teams import InnovationTeamPage

# Teams on one page of the directory's entry: the network may hold hundreds.
TEAMS_PER_PAGE = 24


class NetworkIndexPage(BasePage):
    """The entry to the network directory: organisations, teams and people."""

    max_count = 1
    subpage_types = ["network.InnovationTeamPage"]

    class Meta:
        verbose_name = _("annuaire du réseau")
        verbose_name_plural = _("annuaires du réseau")

    def get_context(self, request, *args, **kwargs):
        from ..directory import departements  # the directory's queries live next to its views

        context = super().get_context(request, *args, **kwargs)
        teams = children_of(readable(InnovationTeamPage.objects.live(), request), self)
        teams = teams.select_related("organisation")
        teams = teams.order_by("title", "pk")
        context["teams"] = Paginator(teams, TEAMS_PER_PAGE).get_page(request.GET.get("page"))
        context["departements"] = departements()
        return context
