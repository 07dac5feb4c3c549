from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Accueil et pages")

    def ready(self):
        from . import admin_sidebar, forms, restrictions, signals, sites  # noqa: F401

        admin_sidebar.install()
        forms.install_admin_textarea()
        restrictions.install()
        sites.install()
