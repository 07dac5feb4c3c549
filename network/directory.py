"""Finding people in the directory: the search, its facets and the départements."""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from .models import InnovationTeamPage, NetworkTag, Organisation, PersonProfile, TaggedOffer, TaggedSkill

FACET_SIZE = 12
# Up to this many matches, a free-text search is run once and its ids handed to
# the count, the facets and the page; past it, each of them runs it again as a
# subquery (a list of thousands of ids would cost more than the scan).
MATCHES_BY_ID = 5000


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


def _text_filter(word):
    """People one word of free text finds. Each related table is searched on its
    own and gives ids (tags, organisations, teams and methods are small; the links
    are indexed): one join of them all would repeat each person once per tag and
    method and scan that product for every word, which grows with the network."""
    tags = NetworkTag.objects.filter(name__icontains=word).values("pk")
    methods = apps.get_model("toolbox", "MethodPage").objects.filter(title__icontains=word).values("pk")
    method_links = PersonProfile.methods.through.objects
    return (
        Q(display_name__icontains=word)
        | Q(job_title__icontains=word)
        | Q(bio__icontains=word)
        | Q(organisation__in=Organisation.objects.filter(name__icontains=word).values("pk"))
        | Q(team__in=InnovationTeamPage.objects.filter(title__icontains=word).values("pk"))
        | Q(pk__in=TaggedSkill.objects.filter(tag__in=tags).values("content_object_id"))
        | Q(pk__in=TaggedOffer.objects.filter(tag__in=tags).values("content_object_id"))
        | Q(pk__in=method_links.filter(methodpage__in=methods).values("personprofile_id"))
    )


def search_people(query, queryset=None):
    """Listed people matching the query: free text matches the name, job title,
    bio, organisation, team, skills, offers and methods. Every criterion is a
    filter on the profile itself (no join), so each person comes once."""
    people = PersonProfile.objects.listed() if queryset is None else queryset
    for word in query.text.split():
        people = people.filter(_text_filter(word))
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
    """The ids of `people` in directory order, the free-text scan done once for the
    count, the facets and the page; None past MATCHES_BY_ID."""
    ids = list(people.order_by("display_name", "pk").values_list("pk", flat=True)[: MATCHES_BY_ID + 1])
    return None if len(ids) > MATCHES_BY_ID else ids


def facets(people):
    """Counts of people per organisation, département, skill and method among `people`."""
    ids = people.values("pk")
    # One count per organisation gives both facets: a département's count is the
    # sum of its organisations' (each person belongs to one organisation).
    per_organisation = list(
        people.filter(organisation__isnull=False)
        .values("organisation_id", "organisation__name", "organisation__departement_number")
        .annotate(count=Count("pk"))
        .order_by()
    )
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
    return {
        "organisation": [
            {"value": o["organisation_id"], "label": o["organisation__name"], "count": o["count"]}
            for o in organisations
        ],
        "departement": [
            {
                "value": number,
                "label": names.get(number) or _("Département %(number)s") % {"number": number},
                "count": count,
            }
            for number, count in departements
        ],
        "skill": [{"value": s["tag__slug"], "label": s["tag__name"], "count": s["count"]} for s in skills],
        "method": [
            {"value": m["methodpage_id"], "label": m["methodpage__title"], "count": m["count"]} for m in methods
        ],
    }


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
        entry["name"] = entry["name"] or _("Département %(number)s") % {"number": entry["number"]}
    return list(numbers.values())
