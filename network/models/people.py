from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class PersonProfile(index.Indexed, models.Model):
    """A member of the network, one per account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("compte"), on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(_("nom"), max_length=150)
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    job_title = models.CharField(_("fonction"), max_length=200, blank=True)

    search_fields = [
        index.SearchField("display_name"),
        index.AutocompleteField("display_name"),
        index.SearchField("job_title"),
    ]

    class Meta:
        ordering = ["display_name"]
        verbose_name = _("profil")
        verbose_name_plural = _("profils")

    def __str__(self):
        return self.display_name

    @classmethod
    def for_user(cls, user):
        """The user's profile, created on first need (one per account)."""
        profile, _created = cls.objects.get_or_create(
            user=user, defaults={"display_name": user.get_full_name() or user.email or user.get_username()}
        )
        return profile
