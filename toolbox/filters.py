"""The toolbox index's filters: plain GET parameters, combined with each other,
each option with the number of methods it would show."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from .models.methods import Difficulty, InnovationPhase, MethodPage


def phase_q(code):
    # A subquery rather than a join, so that counts never see a method twice.
    through = MethodPage.phases.through.objects.filter(innovationphase__code=code)
    return Q(pk__in=through.values("methodpage_id"))


def duration_q(low, high):
    q = Q(duration_minutes__gt=low) if low else Q()
    if high is not None:
        q &= Q(duration_minutes__lte=high)
    return q


def group_q(low, high):
    """Methods whose participant range overlaps [low, high]."""
    q = Q(participants_max__gte=low)
    if high is not None:
        q &= Q(participants_min__lte=high)
    return q


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    q: Q


@dataclass(frozen=True)
class Dimension:
    key: str
    label: str
    options: tuple


DIMENSIONS = (
    Dimension(
        "phase",
        _("Phase du projet"),
        tuple(Option(code, label, phase_q(code)) for code, label in InnovationPhase.Code.choices),
    ),
    Dimension(
        "duree",
        _("Durée"),
        (
            Option("courte", _("30 min ou moins"), duration_q(0, 30)),
            Option("moyenne", _("De 30 min à 1 h 30"), duration_q(30, 90)),
            Option("longue", _("De 1 h 30 à 3 h"), duration_q(90, 180)),
            Option("journee", _("Plus de 3 h"), duration_q(180, None)),
        ),
    ),
    Dimension(
        "groupe",
        _("Taille du groupe"),
        (
            Option("petit", _("Jusqu'à 5 personnes"), group_q(1, 5)),
            Option("moyen", _("De 6 à 12 personnes"), group_q(6, 12)),
            Option("grand", _("De 13 à 30 personnes"), group_q(13, 30)),
            Option("tres-grand", _("Plus de 30 personnes"), group_q(31, None)),
        ),
    ),
    Dimension(
        "difficulte",
        _("Difficulté"),
        tuple(Option(value, label, Q(difficulty=value)) for value, label in Difficulty.choices),
    ),
    Dimension(
        "animation",
        _("Animation"),
        (
            Option("animateur", _("Avec un animateur ou une animatrice"), Q(facilitator_needed=True)),
            Option("autonomie", _("En autonomie"), Q(facilitator_needed=False)),
        ),
    ),
)


class MethodFilters:
    def __init__(self, params):
        self.params = params
        self.selected = {}
        for dimension in DIMENSIONS:
            value = params.get(dimension.key)
            option = next((o for o in dimension.options if o.value == value), None)
            if option is not None:
                self.selected[dimension.key] = option

    @property
    def active(self):
        return [
            {"dimension": d, "option": self.selected[d.key], "remove_url": self._url(d.key, None)}
            for d in DIMENSIONS
            if d.key in self.selected
        ]

    def _q(self, skip=None):
        q = Q()
        for key, option in self.selected.items():
            if key != skip:
                q &= option.q
        return q

    def apply(self, queryset):
        return queryset.filter(self._q())

    def counts(self, queryset):
        """Everything the filters show, in one query: for each option, how many
        methods it would show with the other dimensions' choices kept (so that
        the counts combine), and the number of results."""
        aggregates = {"total": Count("pk", filter=self._q())}
        for dimension in DIMENSIONS:
            others = self._q(skip=dimension.key)
            for index, option in enumerate(dimension.options):
                aggregates[f"{dimension.key}_{index}"] = Count("pk", filter=others & option.q)
        return queryset.aggregate(**aggregates)

    def facets(self, queryset, counts=None):
        counts = counts if counts is not None else self.counts(queryset)
        facets = []
        for dimension in DIMENSIONS:
            current = self.selected.get(dimension.key)
            options = [
                {
                    "value": option.value,
                    "label": option.label,
                    "count": counts[f"{dimension.key}_{index}"],
                    "active": current is not None and current.value == option.value,
                    "url": self._url(dimension.key, option.value),
                }
                for index, option in enumerate(dimension.options)
            ]
            facets.append(
                {
                    "key": dimension.key,
                    "label": dimension.label,
                    "options": options,
                    "active": current,
                    "clear_url": self._url(dimension.key, None),
                }
            )
        return facets

    def _url(self, key, value):
        query = self.params.copy()
        query.pop("page", None)
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"
