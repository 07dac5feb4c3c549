"""Searching and filtering the case studies: full-text query, facets with
their counts, sort and pagination, all read from the query string so that
every view of the index is a shareable URL.

Facets are disjunctive: several values of one facet widen the results (OR),
different facets narrow them (AND). The count shown next to a value is the
number of results that value alone would give with the query and the other
facets as they are, so counts always match what a click returns.

The facet values of every case study matching the query are loaded in three
queries and counted in Python: the page costs the same number of queries
with ten case studies or ten thousand.
"""

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from .models import CaseStudyPage, CaseStudyTag
from .models.taxonomy import DEPARTEMENT_NAMES, departement_label

PAGE_SIZE = 12
WORD = re.compile(r"\w")
SORT_RELEVANCE = "pertinence"
SORT_DATE = "date"
SORTS = [(SORT_RELEVANCE, _("Pertinence")), (SORT_DATE, _("Les plus récents"))]
METHODS_THROUGH = CaseStudyPage.methods.through


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    param: str
    label: str
    values: list = field(default_factory=list)

    @property
    def selected(self):
        return [value for value in self.values if value.selected]


def _clean_list(values, validate):
    cleaned = []
    for value in values:
        value = value.strip()
        if value and validate(value) and value not in cleaned:
            cleaned.append(value)
    return cleaned


FACET_PARAMS = {
    # GET parameter: (label, validator of one value)
    "departement": (_("Département"), lambda v: v in DEPARTEMENT_NAMES),
    "domaine": (_("Domaine d'action publique"), lambda v: len(v) <= 100),
    "stade": (_("Stade"), lambda v: v in CaseStudyPage.Stage.values),
    "methode": (_("Méthode utilisée"), str.isdigit),
    "annee": (_("Année"), lambda v: v.isdigit() and len(v) == 4),
    "motcle": (_("Mot-clé"), lambda v: len(v) <= 100),
}


class Candidate:
    """One case study matching the full-text query, reduced to what the
    facets and the sort need: for each facet, the set of its (value, label)."""

    __slots__ = ("pk", "published", "values")

    def __init__(self, pk, published):
        self.pk = pk
        self.published = published
        self.values = {param: set() for param in FACET_PARAMS}

    def matches(self, filters, except_param=None):
        return all(
            any(value in selected for value, _label in self.values[param])
            for param, selected in filters.items()
            if param != except_param
        )


def load_candidates(queryset):
    """The facet values of every case study of the queryset, in three queries
    whatever their number (the rows, their live methods, their tags)."""
    stage_labels = dict(CaseStudyPage.Stage.choices)
    candidates = {}
    rows = queryset.values_list(
        "pk", "first_published_at", "departement_number", "policy_area__slug", "policy_area__name", "stage", "year"
    ).order_by()
    for pk, published, departement, area_slug, area_name, stage, year in rows:
        candidate = candidates[pk] = Candidate(pk, published)
        if departement:
            candidate.values["departement"].add((departement, departement_label(departement)))
        if area_slug:
            candidate.values["domaine"].add((area_slug, area_name))
        candidate.values["stade"].add((stage, str(stage_labels.get(stage, stage))))
        if year:
            candidate.values["annee"].add((str(year), str(year)))
    ids = queryset.values("pk")
    methods = METHODS_THROUGH.objects.filter(casestudypage_id__in=ids, methodpage__live=True).values_list(
        "casestudypage_id", "methodpage_id", "methodpage__title"
    )
    for pk, method_pk, title in methods:
        if pk in candidates:
            candidates[pk].values["methode"].add((str(method_pk), title))
    tags = CaseStudyTag.objects.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag__slug", "tag__name"
    )
    for pk, slug, name in tags:
        if pk in candidates:
            candidates[pk].values["motcle"].add((slug, name))
    return candidates


def _sort_key(param):
    if param == "annee":
        return lambda value: (-value.count, -int(value.value))
    return lambda value: (-value.count, str(value.label).lower())


@dataclass
class SearchResult:
    query: str
    sort: str
    facets: list
    page_obj: object
    total: int

    @property
    def case_studies(self):
        return self.page_obj.object_list

    @property
    def has_filters(self):
        return any(facet.selected for facet in self.facets)


class CaseStudySearch:
    """The state of one search of the index, read from a QueryDict."""

    def __init__(self, index_page, params):
        self.index_page = index_page
        self.query = params.get("q", "").strip()[:200]
        self.filters = {}
        for param, (_label, validate) in FACET_PARAMS.items():
            values = _clean_list(params.getlist(param), validate)
            if values:
                self.filters[param] = values
        sort = params.get("tri", "")
        default_sort = SORT_RELEVANCE if self.query else SORT_DATE
        self.sort = sort if sort in dict(SORTS) else default_sort
        if self.sort == SORT_RELEVANCE and not self.query:
            self.sort = SORT_DATE

    def base_queryset(self):
        return CaseStudyPage.objects.live().child_of(self.index_page)

    def matching_ids(self):
        """The pks matching the full-text query, best first (None: no query)."""
        if not self.query:
            return None
        if not WORD.search(self.query):
            # Punctuation or emoji alone: the SQLite backend compiles no query from
            # it and crashed (a 500); such a query matches nothing.
            return []
        results = self.base_queryset().only("pk").search(self.query, order_by_relevance=True)
        return [page.pk for page in results]

    def candidates(self, ranked_ids):
        queryset = self.base_queryset()
        if ranked_ids is not None:
            queryset = queryset.filter(pk__in=ranked_ids)
        return load_candidates(queryset)

    def facets(self, candidates):
        facets = []
        for param, (label, _validate) in FACET_PARAMS.items():
            selected = self.filters.get(param, [])
            counts, value_labels = Counter(), {}
            for candidate in candidates.values():
                matches = candidate.matches(self.filters, except_param=param)
                for value, value_label in candidate.values[param]:
                    value_labels[value] = value_label
                    if matches:
                        counts[value] += 1
            # A ticked value stays on screen, even at zero, so that it can be unticked.
            for value in selected:
                counts.setdefault(value, 0)
                value_labels.setdefault(value, departement_label(value) if param == "departement" else value)
            values = [
                FacetValue(value, value_labels[value], count, value in selected) for value, count in counts.items()
            ]
            facets.append(Facet(param, label, sorted(values, key=_sort_key(param))))
        return facets

    def ordered_ids(self, candidates, ranked_ids):
        kept = [candidate for candidate in candidates.values() if candidate.matches(self.filters)]
        if self.sort == SORT_RELEVANCE and ranked_ids is not None:
            kept_ids = {candidate.pk for candidate in kept}
            return [pk for pk in ranked_ids if pk in kept_ids]
        oldest = datetime.datetime.min.replace(tzinfo=datetime.UTC)
        kept.sort(key=lambda candidate: (candidate.published or oldest, candidate.pk), reverse=True)
        return [candidate.pk for candidate in kept]

    def run(self, page_number=None, page_size=PAGE_SIZE):
        ranked_ids = self.matching_ids()
        candidates = self.candidates(ranked_ids)
        ids = self.ordered_ids(candidates, ranked_ids)
        page_obj = Paginator(ids, page_size).get_page(page_number)
        page_obj.object_list = fetch_in_order(page_obj.object_list, card_queryset())
        return SearchResult(self.query, self.sort, self.facets(candidates), page_obj, len(ids))

    def all_results(self, limit=None):
        """Every matching case study in order, for the feed and the export."""
        ranked_ids = self.matching_ids()
        ids = self.ordered_ids(self.candidates(ranked_ids), ranked_ids)
        return fetch_in_order(ids[:limit] if limit else ids, listing_queryset())


def card_queryset():
    """What a card shows: title, organisations, year, stage, policy area, summary."""
    return CaseStudyPage.objects.select_related("policy_area").prefetch_related("organisations")


def listing_queryset():
    """What a card, a feed item or a CSV row shows, in a fixed number of queries."""
    method_model = CaseStudyPage._meta.get_field("methods").related_model
    return CaseStudyPage.objects.select_related("policy_area").prefetch_related(
        "organisations",
        "tagged_items__tag",
        Prefetch("methods", queryset=method_model.objects.live().order_by("title")),
    )


def fetch_in_order(ids, queryset):
    ids = list(ids)
    by_pk = {page.pk: page for page in queryset.filter(pk__in=ids)}
    return [by_pk[pk] for pk in ids if pk in by_pk]
