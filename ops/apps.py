from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Running the portal: security middleware, backup and restore, the network
    generator and the benchmark's query counter. No models."""

    name = "ops"
    verbose_name = _("exploitation")

    def ready(self):
        from django.core import serializers

        from .serializers import FORMAT

        serializers.register_serializer(FORMAT, "ops.serializers")
