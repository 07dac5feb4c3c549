from django.conf import settings
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


class Idea(models.Model):
    """An idea submitted by agents to a call."""

    call = models.ForeignKey(IdeaCallPage, verbose_name=_("appel"), on_delete=models.PROTECT, related_name="ideas")
    title = models.CharField(_("titre"), max_length=200)
    summary = models.TextField(_("résumé"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("déposée par"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="created_ideas",
    )
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("idée")
        verbose_name_plural = _("idées")

    def __str__(self):
        return self.title
