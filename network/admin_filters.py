"""Filters of the profiles' listing in the admin."""

import django_filters
from django.db.models import Exists, OuterRef, Value
from django.db.models.functions import Lower, StrIndex, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from .models import OrganisationEmailDomain, PersonProfile


class PersonProfileFilterSet(WagtailFilterSet):
    # The organisation on a profile opens that organisation's self-diagnosis and
    # adoptions. Members choose among those of their email's domain; a profile
    # set otherwise (by an administrator, or before that rule) is found here.
    outside_email_domain = django_filters.BooleanFilter(
        label=_("Organisation hors du domaine de son courriel"), method="filter_outside_email_domain"
    )

    class Meta:
        model = PersonProfile
        fields = ["listed", "organisation", "organisation__departement_number", "updated_at"]

    def filter_outside_email_domain(self, queryset, name, value):
        if value is None:
            return queryset
        # Domains are stored in lower case (OrganisationEmailDomain's validator).
        email = "user__email"
        domain = Lower(Substr(email, StrIndex(email, Value("@")) + 1))
        own_domain = OrganisationEmailDomain.objects.filter(
            organisation=OuterRef("organisation"), domain=OuterRef("email_domain")
        )
        outside = (
            queryset.filter(organisation__isnull=False, user__isnull=False)
            .annotate(email_domain=domain)
            .filter(~Exists(own_domain))
        )
        return outside if value else queryset.exclude(pk__in=outside.values("pk"))
