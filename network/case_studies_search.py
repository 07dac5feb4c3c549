"""Searching and filtering the case studies: full-text query, facets with
their counts, sort and pagination, all read from the query string so that
every view of the index is a shareable URL.

Facets are disjunctive: several values of one facet widen the results (OR),
different facets narrow them (AND). The count shown next to a value is the
number of results that value alone would give with the query and the other
facets as they are, so counts always match what a click returns.

Each facet is counted by the database in one GROUP BY query over the case
studies matching the query and the other facets, and only the page shown is
loaded: the page costs the same number of queries with ten case studies or
ten thousand, and no Python loop runs over all of them. Those GROUP BYs still
read every case study: their results are cached until the content changes
(case_studies_facets_cache), and the methods and tags facets list their most
frequent values only, unless the reader asks for all (?tout=methode).
"""

import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import reduce

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from home.restrictions import hidden_sections, without_sections
from home.tree import NEWEST_FIRST, children_newest_first, children_of

from . import case_studies_facets_cache as facets_cache
from .models import CaseStudyPage, CaseStudyTag
from .models.taxonomy import DEPARTEMENT_NAMES, departement_label

PAGE_SIZE = 12
WORD = re.compile(r"\w")
SORT_RELEVANCE = "pertinence"
SORT_DATE = "date"
SORTS = [(SORT_RELEVANCE, _("Pertinence")), (SORT_DATE, _("Les plus récents"))]
METHODS_THROUGH = CaseStudyPage.methods.through
DATE_ORDER = NEWEST_FIRST


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
    # At most this many values shown, the most frequent, plus the ticked ones
    # (None: all); set per request, after the counts come from the cache.
    limit: int | None = None

    @property
    def selected(self):
        return [value for value in self.values if value.selected]

    @property
    def shown(self):
        if self.limit is None or len(self.values) <= self.limit:
            return self.values
        return [value for rank, value in enumerate(self.values) if rank < self.limit or value.selected]

    @property
    def show_all_label(self):
        """The link to every value, when some are not shown ("": none hidden)."""
        if len(self.shown) == len(self.values):
            return ""
        return SHOW_ALL_LABELS[self.param] % {"count": len(self.values)}


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
    # Compared in SQL as integers: ASCII digits only, within the column's range.
    "methode": (_("Méthode utilisée"), lambda v: v.isascii() and v.isdigit() and len(v) <= 9),
    "annee": (_("Année"), lambda v: v.isascii() and v.isdigit() and len(v) == 4),
    "motcle": (_("Mot-clé"), lambda v: len(v) <= 100),
}


# Facets whose values grow with the content (a method or tag per line, a
# thousand on a large network): their most frequent values only, unless the
# reader asks for all of them with ?tout=<param>.
LIMITED_FACET_SIZE = 10
SHOW_ALL_PARAM = "tout"
SHOW_ALL_LABELS = {
    "methode": _("Voir toutes les méthodes (%(count)s)"),
    "motcle": _("Voir tous les mots-clés (%(count)s)"),
}


def _filter_condition(param, values):
    """The condition a case study meets when it has one of the values."""
    if param == "departement":
        return Q(departement_number__in=values)
    if param == "domaine":
        return Q(policy_area__slug__in=values)
    if param == "stade":
        return Q(stage__in=values)
    if param == "annee":
        return Q(year__in=[int(value) for value in values])
    if param == "methode":
        with_method = METHODS_THROUGH.objects.filter(methodpage_id__in=[int(value) for value in values])
        return Q(pk__in=with_method.filter(methodpage__live=True).values("casestudypage_id"))
    return Q(pk__in=CaseStudyTag.objects.filter(tag__slug__in=values).values("content_object_id"))


def count_values(param, base, others):
    """[(value, label, count)] of one facet, in one GROUP BY: every value found
    in `base` (the case studies matching the query), counted among those also
    meeting `others` (the conditions of the other facets, a Q): a ticked value
    that the other facets rule out keeps its label, at zero."""
    count = Count("pk", filter=others) if others else Count("pk")
    if param == "departement":
        rows = base.exclude(departement_number="").values_list("departement_number").annotate(n=count).order_by()
        return [(number, departement_label(number), n) for number, n in rows]
    if param == "domaine":
        rows = base.filter(policy_area__isnull=False).values_list("policy_area__slug", "policy_area__name")
        return list(rows.annotate(n=count).order_by())
    if param == "stade":
        rows = base.values_list("stage").annotate(n=count).order_by()
        return [(stage, stage_label(stage), n) for stage, n in rows]
    if param == "annee":
        rows = base.filter(year__isnull=False).values_list("year").annotate(n=count).order_by()
        return [(str(year), str(year), n) for year, n in rows]
    narrowed = base.filter(others).values("pk") if others else None
    if param == "methode":
        rows = METHODS_THROUGH.objects.filter(casestudypage_id__in=base.values("pk"), methodpage__live=True)
        rows = rows.values_list("methodpage_id", "methodpage__title")
        rows = rows.annotate(n=Count("casestudypage_id", filter=_through(narrowed, "casestudypage_id")))
        return [(str(pk), title, n) for pk, title, n in rows.order_by()]
    rows = CaseStudyTag.objects.filter(content_object_id__in=base.values("pk")).values_list("tag__slug", "tag__name")
    return list(
        rows.annotate(
            n=Count("content_object_id", distinct=True, filter=_through(narrowed, "content_object_id"))
        ).order_by()
    )


def _through(narrowed, column):
    """Only the links of the narrowed case studies (all when None)."""
    return None if narrowed is None else Q(**{f"{column}__in": narrowed})


def stage_label(stage):
    return str(dict(CaseStudyPage.Stage.choices).get(stage, stage))


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
    show_all: str = ""

    @property
    def case_studies(self):
        return self.page_obj.object_list

    @property
    def has_filters(self):
        return any(facet.selected for facet in self.facets)


class CaseStudySearch:
    """The state of one search of the index, read from a QueryDict."""

    def __init__(self, index_page, params, user=None):
        self.index_page = index_page
        # The sections the reader may not read (home/restrictions.py); without a
        # reader, every restricted one.
        self.hidden = hidden_sections(user)
        self.query = params.get("q", "").strip()[:200]
        self.filters = {}
        for param, (_label, validate) in FACET_PARAMS.items():
            values = _clean_list(params.getlist(param), validate)
            if values:
                self.filters[param] = values
        self.show_all = params.get(SHOW_ALL_PARAM, "") if params.get(SHOW_ALL_PARAM) in SHOW_ALL_LABELS else ""
        sort = params.get("tri", "")
        default_sort = SORT_RELEVANCE if self.query else SORT_DATE
        self.sort = sort if sort in dict(SORTS) else default_sort
        if self.sort == SORT_RELEVANCE and not self.query:
            self.sort = SORT_DATE

    def base_queryset(self, newest_first=False):
        """The index's live children; `newest_first` for a query sorted by
        DATE_ORDER and cut (one page of cards, the feed)."""
        live = without_sections(CaseStudyPage.objects.live(), self.hidden)
        if newest_first:
            return children_newest_first(live, self.index_page)
        # By a range of paths: every facet count starts from this set.
        return children_of(live, self.index_page)

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

    def matching(self, ranked_ids, newest_first=False):
        """The case studies matching the full-text query, before any facet."""
        queryset = self.base_queryset(newest_first)
        if ranked_ids is not None:
            queryset = queryset.filter(pk__in=ranked_ids)
        return queryset

    def conditions(self, except_param=None):
        """Every facet's condition but `except_param`'s, as one Q (None: none)."""
        conditions = [
            _filter_condition(param, values) for param, values in self.filters.items() if param != except_param
        ]
        return reduce(operator.and_, conditions) if conditions else None

    def filtered(self, ranked_ids, newest_first=False):
        conditions = self.conditions()
        queryset = self.matching(ranked_ids, newest_first)
        return queryset.filter(conditions) if conditions else queryset

    def facets(self, ranked_ids):
        facets = []
        for param, (label, _validate) in FACET_PARAMS.items():
            selected = self.filters.get(param, [])
            found = count_values(param, self.matching(ranked_ids), self.conditions(except_param=param))
            # A value the other facets rule out is not offered, unless ticked:
            # then it stays on screen, even at zero, so that it can be unticked.
            values = {
                value: FacetValue(value, value_label, count, value in selected)
                for value, value_label, count in found
                if count or value in selected
            }
            for value in selected:
                if value not in values:
                    value_label = {"departement": departement_label, "stade": stage_label}.get(param, str)(value)
                    values[value] = FacetValue(value, value_label, 0, True)
            facets.append(Facet(param, label, sorted(values.values(), key=_sort_key(param))))
        return facets

    def ordered(self, ranked_ids):
        """The results in order: a queryset sorted by date, or the pks by relevance."""
        if self.sort == SORT_RELEVANCE and ranked_ids is not None:
            kept = set(self.filtered(ranked_ids).values_list("pk", flat=True))
            return [pk for pk in ranked_ids if pk in kept]
        return self.filtered(ranked_ids, newest_first=True).order_by(*DATE_ORDER)

    def counted(self, ranked_ids):
        """(facets, total), from the cache when the content has not changed
        since they were counted: one query (the version) on a hit, the six
        GROUP BYs and the version on a miss. The facets are shared with other
        requests: not to be changed."""
        key = facets_cache.cache_key(
            facets_cache.current_version(), self.index_page.pk, ranked_ids, self.filters, self.hidden
        )
        counted = facets_cache.load(key, _decode_counts)
        if counted is None:
            facets = self.facets(ranked_ids)
            # Every case study has exactly one stage, and the stage counts apply
            # every other filter: their sum over the ticked stages (all of them
            # when none is ticked) is the number of results, without counting again.
            stages = next(facet for facet in facets if facet.param == "stade")
            total = sum(value.count for value in stages.values if value.selected or not stages.selected)
            counted = (facets, total)
            facets_cache.store(key, counted, _encode_counts(counted))
        return counted

    def run(self, page_number=None, page_size=PAGE_SIZE):
        ranked_ids = self.matching_ids()
        facets, total = self.counted(ranked_ids)
        facets = [
            replace(facet, limit=LIMITED_FACET_SIZE)
            if facet.param in SHOW_ALL_LABELS and facet.param != self.show_all
            else facet
            for facet in facets
        ]
        paginator = Paginator(_with_fields(self.ordered(ranked_ids), card_fields), page_size)
        paginator.count = total
        page_obj = paginator.get_page(page_number)
        page_obj.object_list = list(page_obj.object_list)
        return SearchResult(self.query, self.sort, facets, page_obj, total, self.show_all)

    def all_results(self, limit=None):
        """Every matching case study in order, for the feed and the export."""
        results = _with_fields(self.ordered(self.matching_ids()), listing_fields)
        return list(results[:limit])


def _encode_counts(counted):
    """The counts as tuples of strings and integers, for the shared cache: at
    bench scale 10 they unpickle in 0.2 ms, the dataclasses and lazy strings
    in 1 ms (0.4 ms with the decoding)."""
    facets, total = counted
    rows = tuple(
        (facet.param, tuple((value.value, value.label, value.count, value.selected) for value in facet.values))
        for facet in facets
    )
    return total, rows


def _decode_counts(stored):
    total, rows = stored
    facets = [Facet(param, FACET_PARAMS[param][0], [FacetValue(*value) for value in values]) for param, values in rows]
    return facets, total


def card_fields(queryset):
    """What a card shows: title, organisations, year, stage, policy area, summary."""
    return queryset.select_related("policy_area").prefetch_related("organisations")


def listing_fields(queryset):
    """What a card, a feed item or a CSV row shows, in a fixed number of queries."""
    method_model = CaseStudyPage._meta.get_field("methods").related_model
    return queryset.select_related("policy_area").prefetch_related(
        "organisations",
        "tagged_items__tag",
        Prefetch("methods", queryset=method_model.objects.live().order_by("title")),
    )


class _PagesInOrder(Sequence):
    """Pks in relevance order, sliced like a queryset: only the slice taken
    (one page, the feed's items) is loaded, in that order."""

    def __init__(self, ids, add_fields):
        self.ids = ids
        self.add_fields = add_fields

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ids = self.ids[index]
        by_pk = {page.pk: page for page in self.add_fields(CaseStudyPage.objects.filter(pk__in=ids))}
        return [by_pk[pk] for pk in ids if pk in by_pk]


class _SortedPages(Sequence):
    """A queryset sorted by date, sliced like one; the slice is chosen by
    sorting the pks alone, then only its rows are read whole: sorting the
    full rows (rich text and all) of every case study cost more than the rest."""

    def __init__(self, queryset, add_fields):
        self.queryset = queryset
        self.add_fields = add_fields

    def __len__(self):
        return self.queryset.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ids = self.queryset.values("pk")[index]
        return list(self.add_fields(CaseStudyPage.objects.filter(pk__in=ids)).order_by(*DATE_ORDER))


def _with_fields(results, add_fields):
    if isinstance(results, QuerySet):
        return _SortedPages(results, add_fields)
    return _PagesInOrder(results, add_fields)
