"""Sign-up is open only to email addresses of the network's organisations."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django import forms
from django.utils.translation import gettext as _

from .models import OrganisationEmailDomain


def email_domain(email):
    return email.rsplit("@", 1)[-1].strip().lower()


def is_allowed_signup_email(email):
    return OrganisationEmailDomain.objects.filter(domain=email_domain(email)).exists()


def domain_refused_message(email):
    return _(
        "Les inscriptions sont réservées aux agents des organisations du réseau. "
        "Le domaine « %(domain)s » n'est pas dans la liste : vérifiez votre adresse "
        "professionnelle ou demandez à l'équipe innovation de votre collectivité de l'ajouter."
    ) % {"domain": email_domain(email)}


class DomainRestrictedAccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email):
        email = super().clean_email(email)
        if not is_allowed_signup_email(email):
            raise forms.ValidationError(domain_refused_message(email), code="domain_not_allowed")
        return email


class DomainRestrictedSocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin):
        email = sociallogin.user.email or ""
        return bool(email) and is_allowed_signup_email(email)
