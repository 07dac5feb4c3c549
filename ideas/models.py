from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from home.models import BasePage


class IdeaCallIndexPage(BasePage):
    max_count = 1
    subpage_types = ["ideas.IdeaCallPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["calls"] = IdeaCallPage.objects.child_of(self).live().order_by("-opens_at")
        return context

    class Meta:
        verbose_name = _("index des appels à idées")
        verbose_name_plural = _("index des appels à idées")


class IdeaCallPage(BasePage):
    opens_at = models.DateTimeField(_("ouverture"), default=timezone.now)
    closes_at = models.DateTimeField(_("clôture"), default=timezone.now)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Dates")),
    ]
    parent_page_types = ["ideas.IdeaCallIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("appel à idées")
        verbose_name_plural = _("appels à idées")
