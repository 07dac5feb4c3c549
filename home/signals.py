from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import cache_versions
from .models import NETWORK_SETTINGS_VERSION, NetworkSettings
from .roles import AGENTS


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="home_new_user_is_agent")
def add_new_user_to_agents(sender, instance, created, raw=False, **kwargs):
    """Every account is an agent first; other roles are granted on top."""
    if created and not raw:
        group, _ = Group.objects.get_or_create(name=AGENTS)
        instance.groups.add(group)


# NetworkSettings.for_site keeps the settings per process under this token.
renew_network_settings = cache_versions.bumped_by_writes(NETWORK_SETTINGS_VERSION)
post_save.connect(renew_network_settings, sender=NetworkSettings, dispatch_uid="network_settings_saved")
post_delete.connect(renew_network_settings, sender=NetworkSettings, dispatch_uid="network_settings_deleted")
