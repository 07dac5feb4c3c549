"""Finding people in the directory: the search, its facets and the départements."""

import json
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models import Count
from django.db.models.expressions import RawSQL
from wagtail.models import Page

from .models import (
    InnovationTeamPage,
    NetworkTag,
    Organisation,
    PersonProfile,
    PersonProfileText,
    TaggedOffer,
    TaggedSkill,
)
from .models.taxonomy import departement_name

FACET_SIZE = 12


@dataclass
class DirectoryQuery:
    """What a member asks the directory; every criterion is optional."""

    text: str = ""
    organisation: int | None = None
    departement: str = ""
    skill: str = ""  # a tag slug
    method: int | None = None  # a MethodPage id
    extra: dict = field(default_factory=dict)

    @property
    def is_empty(self):
        return not (self.text or self.organisation or self.departement or self.skill or self.method)


def _pages_titled(model, word):
    """The pages of one type (no subclasses) whose title contains `word`, looked
    for among that type's pages through the content-type index: joined with its
    own table instead, PostgreSQL read every page of the site (5 ms at scale 1)."""
    content_type = ContentType.objects.get_for_model(model)
    return Page.objects.filter(content_type=content_type, title__icontains=word).values("pk")


def _text_matches(word):
    """The ids of the profiles one word of free text finds, as a union of indexed
    lookups: the word in the profile's own text (PersonProfileText, a trigram
    index), then in the names of organisations, teams, tags and methods (small
    tables), whose people are found through the indexed links. An OR of these
    conditions on the profile would read every profile for every word."""
    tags = NetworkTag.objects.filter(name__icontains=word).values("pk")
    methods = _pages_titled(apps.get_model("toolbox", "MethodPage"), word)
    method_links = PersonProfile.methods.through.objects
    organisations = Organisation.objects.filter(name__icontains=word).values("pk")
    teams = _pages_titled(InnovationTeamPage, word)
    parts = [
        PersonProfileText.objects.filter(text__icontains=word).values_list("profile_id"),
        PersonProfile.objects.filter(organisation__in=organisations).values_list("pk"),
        PersonProfile.objects.filter(team__in=teams).values_list("pk"),
        TaggedSkill.objects.filter(tag__in=tags).values_list("content_object_id"),
        TaggedOffer.objects.filter(tag__in=tags).values_list("content_object_id"),
        method_links.filter(methodpage__in=methods).values_list("personprofile_id"),
    ]
    # A compound statement takes no ORDER BY in its parts (the models have a default one).
    # ALL: `pk IN (...)` needs no de-duplicated list.
    first, *others = (part.order_by() for part in parts)
    return first.union(*others, all=True)


def search_people(query, queryset=None):
    """Listed people matching the query: free text matches the name, job title,
    bio, organisation, team, skills, offers and methods. Every criterion is a
    filter on the profile itself (no join), so each person comes once."""
    people = PersonProfile.objects.listed() if queryset is None else queryset
    for word in query.text.split():
        people = people.filter(pk__in=_text_matches(word))
    if query.organisation:
        people = people.filter(organisation_id=query.organisation)
    if query.departement:
        people = people.filter(
            organisation__in=Organisation.objects.filter(departement_number=query.departement).values("pk")
        )
    if query.skill:
        people = people.filter(pk__in=TaggedSkill.objects.filter(tag__slug=query.skill).values("content_object_id"))
    if query.method:
        method_links = PersonProfile.methods.through.objects.filter(methodpage_id=query.method)
        people = people.filter(pk__in=method_links.values("personprofile_id"))
    return people


def matching_ids(people):
    """The ids of `people` in directory order."""
    return [pk for pk, _organisation in matches(people)]


def matches(people):
    """(id, organisation id) of each of `people`, in directory order: the free text
    is matched once, for the count, the page and the facets (the organisations
    counted here, not by going back to every profile)."""
    return list(people.order_by("display_name", "pk").values_list("pk", "organisation_id"))


def among(ids, using="default"):
    """`ids` for a `pk__in`, sent as one parameter. A free-text search may find
    thousands of people: as many parameters they cost Django ~10 µs each, and
    SQLite planned the organisation facet over such a list as a scan of the
    organisations probing every id (55 ms for 1,443 people)."""
    vendor = connections[using].vendor
    if vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])
    if vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [ids])
    return ids


def _per_organisation(people, counted=None):
    """{organisation_id, organisation__name, organisation__departement_number,
    count} for each organisation among `people` (None for people without one);
    from `counted` ({organisation id: people}) when the caller counted them."""
    if counted is None:
        return list(
            people.values("organisation_id", "organisation__name", "organisation__departement_number")
            .annotate(count=Count("pk"))
            .order_by()
        )
    known = [pk for pk in counted if pk is not None]
    rows = [
        {
            "organisation_id": pk,
            "organisation__name": name,
            "organisation__departement_number": number,
            "count": counted[pk],
        }
        for pk, name, number in Organisation.objects.filter(pk__in=among(known, people.db)).values_list(
            "pk", "name", "departement_number"
        )
    ]
    if None in counted:
        rows.append({"organisation_id": None, "count": counted[None]})
    return rows


def facets_and_total(people, ids=None, organisations_counted=None):
    """Counts of people per organisation, département, skill and method among
    `people`, and how many they are, in three grouped queries. When the caller has
    them, `ids` (the same people for a `pk__in`, among()) spares the links' counts
    a pass through the profiles, `organisations_counted` ({organisation id:
    people}) the organisations' one."""
    if ids is None:
        ids = people.values("pk")
    # One count per organisation gives both facets, and the total: a département's
    # count is the sum of its organisations', everyone is in one group (None for
    # people without an organisation), so the page needs no COUNT of its own.
    per_organisation = _per_organisation(people, organisations_counted)
    total = sum(row["count"] for row in per_organisation)
    per_organisation = [row for row in per_organisation if row["organisation_id"] is not None]
    organisations = sorted(per_organisation, key=lambda o: (-o["count"], o["organisation__name"]))[:FACET_SIZE]
    per_departement = {}
    for row in per_organisation:
        number = row["organisation__departement_number"]
        if number:
            per_departement[number] = per_departement.get(number, 0) + row["count"]
    departements = sorted(per_departement.items(), key=lambda item: (-item[1], item[0]))[:FACET_SIZE]
    skills = list(
        TaggedSkill.objects.filter(content_object__in=ids)
        .values("tag__slug", "tag__name")
        .annotate(count=Count("content_object", distinct=True))
        .order_by("-count", "tag__name")[:FACET_SIZE]
    )
    method_links = PersonProfile.methods.through.objects
    methods = list(
        method_links.filter(personprofile__in=ids)
        .values("methodpage_id", "methodpage__title")
        .annotate(count=Count("personprofile", distinct=True))
        .order_by("-count", "methodpage__title")[:FACET_SIZE]
    )
    names = dict(
        Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT).values_list("departement_number", "name")
    )
    facet_groups = {
        "organisation": [
            {"value": o["organisation_id"], "label": o["organisation__name"], "count": o["count"]}
            for o in organisations
        ],
        "departement": [
            {
                "value": number,
                "label": names.get(number) or departement_name(number),
                "count": count,
            }
            for number, count in departements
        ],
        "skill": [{"value": s["tag__slug"], "label": s["tag__name"], "count": s["count"]} for s in skills],
        "method": [
            {"value": m["methodpage_id"], "label": m["methodpage__title"], "count": m["count"]} for m in methods
        ],
    }
    return facet_groups, total


def facets(people):
    """Counts of people per organisation, département, skill and method among `people`."""
    return facets_and_total(people)[0]


def departements():
    """The départements of the network, each with its organisations' names."""
    numbers = {}
    for number, name, kind in (
        Organisation.objects.exclude(departement_number="")
        .order_by("departement_number", "name")
        .values_list("departement_number", "name", "kind")
    ):
        entry = numbers.setdefault(number, {"number": number, "name": "", "organisations": []})
        entry["organisations"].append(name)
        if kind == Organisation.Kind.DEPARTEMENT and not entry["name"]:
            entry["name"] = name
    for entry in numbers.values():
        entry["name"] = entry["name"] or departement_name(entry["number"])
    return list(numbers.values())
