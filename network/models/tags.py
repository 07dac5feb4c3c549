"""One shared vocabulary for skills, offers and requests, so that what one
member looks for can be matched with what another offers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase


class NetworkTag(TagBase):
    """A subject someone knows, offers help on or looks for (« facilitation », « marchés publics »)."""

    free_tagging = True

    class Meta:
        ordering = ["name"]
        verbose_name = _("mot-clé du réseau")
        verbose_name_plural = _("mots-clés du réseau")


class TaggedSkill(ItemBase):
    tag = models.ForeignKey(NetworkTag, on_delete=models.CASCADE, related_name="skill_items")
    content_object = ParentalKey("network.PersonProfile", on_delete=models.CASCADE, related_name="skill_items")


class TaggedOffer(ItemBase):
    tag = models.ForeignKey(NetworkTag, on_delete=models.CASCADE, related_name="offer_items")
    content_object = ParentalKey("network.PersonProfile", on_delete=models.CASCADE, related_name="offer_items")


class TaggedRequest(ItemBase):
    tag = models.ForeignKey(NetworkTag, on_delete=models.CASCADE, related_name="request_items")
    content_object = ParentalKey("network.PersonProfile", on_delete=models.CASCADE, related_name="request_items")


class TaggedTeamOffer(ItemBase):
    tag = models.ForeignKey(NetworkTag, on_delete=models.CASCADE, related_name="team_offer_items")
    content_object = ParentalKey("network.InnovationTeamPage", on_delete=models.CASCADE, related_name="offer_items")
