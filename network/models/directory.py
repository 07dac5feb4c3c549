from django.utils.translation import gettext_lazy as _

from home.models import BasePage

from .teams import InnovationTeamPage


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
        context["teams"] = (
            InnovationTeamPage.objects.child_of(self).live().select_related("organisation").order_by("title")
        )
        context["departements"] = departements()
        return context
