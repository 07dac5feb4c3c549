"""A member's rights on their own data: download it, and have the profile removed."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils.translation import gettext as _

from home.roles import EDITORS


def profile_data(profile):
    """Everything the portal holds on a member's profile, as plain data."""
    user = profile.user
    return {
        "compte": {
            "identifiant": user.get_username(),
            "courriel": user.email,
            "prénom": user.first_name,
            "nom": user.last_name,
            "inscrit le": user.date_joined.isoformat(),
        },
        "profil": {
            "nom affiché": profile.display_name,
            "photo": profile.photo.file.url if profile.photo_id else None,
            "fonction": profile.job_title,
            "organisation": str(profile.organisation) if profile.organisation_id else None,
            "équipe": profile.team.title if profile.team_id else None,
            "présentation": profile.bio,
            "compétences": sorted(tag.name for tag in profile.skills.all()),
            "je peux aider sur": sorted(tag.name for tag in profile.offers.all()),
            "je cherche": sorted(tag.name for tag in profile.requests.all()),
            "méthodes que je sais animer": sorted(method.title for method in profile.methods.all()),
            "courriel de contact": profile.contact_email,
            "téléphone": profile.phone,
            "dans l'annuaire": profile.listed,
            "mis à jour le": profile.updated_at.isoformat(),
        },
    }


def editor_emails():
    return list(
        get_user_model()
        .objects.filter(groups__name=EDITORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )


def delete_profile(profile):
    """Remove a profile at its owner's request and tell the editors, who may
    also have to remove the person from pages they wrote by hand."""
    name, email = profile.display_name, profile.user.email
    profile.delete()
    recipients = editor_emails()
    if recipients:
        send_mail(
            _("Profil supprimé à la demande de %(name)s") % {"name": name},
            _(
                "%(name)s (%(email)s) a supprimé son profil de l'annuaire du réseau.\n\n"
                "Le profil n'existe plus. Vérifiez qu'aucune page (équipe, retour d'expérience) ne le cite "
                "encore ; le compte de connexion, lui, est conservé."
            )
            % {"name": name, "email": email},
            settings.DEFAULT_FROM_EMAIL,
            recipients,
        )
