from django.utils.translation import gettext_lazy as _

from home.models import BasePage


class NetworkIndexPage(BasePage):
    """The entry to the network directory: organisations, teams and people."""

    max_count = 1
    subpage_types = []

    class Meta:
        verbose_name = _("annuaire du réseau")
        verbose_name_plural = _("annuaires du réseau")
