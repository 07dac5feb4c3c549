import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from network.models import Organisation

from .choices import LabelledModelChoiceField, PlainSelectMultiple
from .models import Idea, IdeaCallPage, IdeaState, IdeaTheme


class LabelledModelChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = LabelledModelChoiceField


class IdeaFilterSet(WagtailFilterSet):
    call = LabelledModelChoiceFilter(
        label=_("Appel"),
        queryset=IdeaCallPage.objects.order_by("-opens_at"),
        label_field="title",
        empty_label=_("Tous les appels"),
    )
    state = django_filters.MultipleChoiceFilter(label=_("État"), choices=IdeaState.choices, widget=PlainSelectMultiple)
    departement = LabelledModelChoiceFilter(
        label=_("Département"),
        queryset=Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT),
        label_field="name",
    )
    theme = LabelledModelChoiceFilter(label=_("Thème"), queryset=IdeaTheme.objects.all(), label_field="name")

    class Meta:
        model = Idea
        fields = ["call", "state", "departement", "theme"]
