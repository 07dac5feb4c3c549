from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from home.models import BasePage

from .organisations import Organisation


class CaseStudyIndexPage(BasePage):
    max_count = 1
    subpage_types = ["network.CaseStudyPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["case_studies"] = CaseStudyPage.objects.child_of(self).live().order_by("title")
        return context

    class Meta:
        verbose_name = _("index des retours d'expérience")
        verbose_name_plural = _("index des retours d'expérience")


class CaseStudyPage(BasePage):
    organisations = models.ManyToManyField(Organisation, verbose_name=_("organisations"), blank=True, related_name="+")

    content_panels = BasePage.content_panels + [FieldPanel("organisations")]
    parent_page_types = ["network.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("retour d'expérience")
        verbose_name_plural = _("retours d'expérience")
