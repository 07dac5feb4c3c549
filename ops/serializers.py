"""The backup's fixture format: JSON where only content types and permissions
are referred to by natural key, because the target's `migrate` recreates them
with other ids. Everything else keeps its id, which also keeps references that
point at deleted rows (Wagtail's log of a deleted page) and generic relations
stored as text ids."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.serializers import json as json_serializer

FORMAT = "portaljson"


class Serializer(json_serializer.Serializer):
    def _by_natural_key(self, field, handler, obj):
        wanted = self.use_natural_foreign_keys
        self.use_natural_foreign_keys = wanted and field.remote_field.model in (ContentType, Permission)
        try:
            handler(obj, field)
        finally:
            self.use_natural_foreign_keys = wanted

    def handle_fk_field(self, obj, field):
        self._by_natural_key(field, super().handle_fk_field, obj)

    def handle_m2m_field(self, obj, field):
        self._by_natural_key(field, super().handle_m2m_field, obj)


Deserializer = json_serializer.Deserializer
