from django.utils.translation import gettext_lazy as _

from home.models import BasePage


class ToolboxIndexPage(BasePage):
    max_count = 1
    subpage_types = ["toolbox.MethodPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["methods"] = MethodPage.objects.child_of(self).live().order_by("title")
        return context

    class Meta:
        verbose_name = _("boîte à outils")
        verbose_name_plural = _("boîtes à outils")


class MethodPage(BasePage):
    parent_page_types = ["toolbox.ToolboxIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("méthode")
        verbose_name_plural = _("méthodes")
