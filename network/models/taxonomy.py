from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class PolicyArea(index.Indexed, models.Model):
    """A public-policy domain (solidarités, collèges, environnement…) that case
    studies are filed under. Editors manage the list in the admin."""

    name = models.CharField(_("nom"), max_length=100, unique=True)
    slug = models.SlugField(
        _("identifiant dans l'adresse"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Rempli à partir du nom si vous le laissez vide."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("domaine d'action publique")
        verbose_name_plural = _("domaines d'action publique")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)
