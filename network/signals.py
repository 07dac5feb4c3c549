from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver


@receiver(user_logged_in, dispatch_uid="network_profile_at_first_login")
def create_profile_at_first_login(sender, request, user, **kwargs):
    from .models import PersonProfile

    PersonProfile.for_user(user)
