import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from network.models import Organisation

from .models import Idea, IdeaCallPage, IdeaState, IdeaTheme


class IdeaFilterSet(WagtailFilterSet):
    call = django_filters.ModelChoiceFilter(
        label=_("Appel"), queryset=IdeaCallPage.objects.order_by("-opens_at"), empty_label=_("Tous les appels")
    )
    state = django_filters.MultipleChoiceFilter(label=_("État"), choices=IdeaState.choices)
    departement = django_filters.ModelChoiceFilter(
        label=_("Département"), queryset=Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT)
    )
    theme = django_filters.ModelChoiceFilter(label=_("Thème"), queryset=IdeaTheme.objects.all())

    class Meta:
        model = Idea
        fields = ["call", "state", "departement", "theme"]
