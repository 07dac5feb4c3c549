"""Reminding the owners of profiles nobody updated for a year."""

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import PersonProfile


def profiles_to_remind(now=None):
    """Stale profiles whose owner was not reminded since the profile last changed."""
    return (
        PersonProfile.objects.stale(now)
        .filter(user__is_active=True)
        .exclude(user__email="")
        .filter(Q(reminded_at__isnull=True) | Q(reminded_at__lt=F("updated_at")))
        .select_related("user")
    )


def remind_stale_profiles(now=None):
    """Email each owner once; return how many were reminded."""
    now = now or timezone.now()
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("network:my_profile")
    sent = 0
    for profile in profiles_to_remind(now):
        send_mail(
            _("Votre profil dans l'annuaire du réseau date d'il y a plus d'un an"),
            _(
                "Bonjour %(name)s,\n\n"
                "Votre profil dans l'annuaire du réseau n'a pas été modifié depuis plus d'un an. "
                "Vos compétences, ce que vous proposez et ce que vous cherchez ont peut-être changé : "
                "prenez une minute pour le relire.\n\n%(url)s\n\n"
                "Si rien n'a changé, enregistrez-le tel quel : nous ne vous relancerons pas avant un an."
            )
            % {"name": profile.display_name, "url": url},
            settings.DEFAULT_FROM_EMAIL,
            [profile.user.email],
        )
        # update() rather than save(): a reminder is not an update of the profile.
        PersonProfile.objects.filter(pk=profile.pk).update(reminded_at=now)
        sent += 1
    return sent
