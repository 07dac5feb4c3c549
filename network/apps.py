from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Réseau")

    def ready(self):
        from . import case_studies_facets_cache, signals  # noqa: F401

        case_studies_facets_cache.connect()
