"""Filters of the admin listings that no typed address can break: an id no
database column holds (a call's key is a page's, and SQLite raises
OverflowError for it, which Django's choice fields let through as a 500) is an
invalid choice, as letters are."""

import django_filters
from django.core.exceptions import ValidationError
from django.db import models
from django_filters.filterset import FILTER_FOR_DBFIELD_DEFAULTS
from wagtail.admin.filters import WagtailFilterSet


class BoundedIdChoice:
    """Mixed into a ModelChoiceField, before it."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except OverflowError:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice") from None


class BoundedIdChoiceField(BoundedIdChoice, django_filters.fields.ModelChoiceField):
    pass


class BoundedIdChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = BoundedIdChoiceField


class PortalFilterSet(WagtailFilterSet):
    FILTER_DEFAULTS = {
        **FILTER_FOR_DBFIELD_DEFAULTS,
        **{
            field: {**FILTER_FOR_DBFIELD_DEFAULTS[field], "filter_class": BoundedIdChoiceFilter}
            for field in (models.ForeignKey, models.OneToOneField)
        },
    }


class BoundedFilters:
    """Mixed into an admin index view: the filter set Wagtail builds from the
    viewset's list_filter is a PortalFilterSet."""

    base_filterset_class = PortalFilterSet
