"""Finding people in the directory: the search, its facets and the départements."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from .models import Organisation, PersonProfile, TaggedSkill

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


def search_people(query, queryset=None):
    """Listed people matching the query: free text matches the name, job title,
    bio, organisation, skills, offers and methods."""
    people = PersonProfile.objects.listed() if queryset is None else queryset
    if query.text:
        for word in query.text.split():
            people = people.filter(
                Q(display_name__icontains=word)
                | Q(job_title__icontains=word)
                | Q(bio__icontains=word)
                | Q(organisation__name__icontains=word)
                | Q(team__title__icontains=word)
                | Q(skill_items__tag__name__icontains=word)
                | Q(offer_items__tag__name__icontains=word)
                | Q(methods__title__icontains=word)
            )
    if query.organisation:
        people = people.filter(organisation_id=query.organisation)
    if query.departement:
        people = people.filter(organisation__departement_number=query.departement)
    if query.skill:
        people = people.filter(skill_items__tag__slug=query.skill)
    if query.method:
        people = people.filter(methods__id=query.method)
    # Joins on tags and methods repeat a person; keep each once without DISTINCT
    # on every column (which PostgreSQL would refuse with ORDER BY on a join).
    return PersonProfile.objects.filter(pk__in=people.values("pk"))


def facets(people):
    """Counts of people per organisation, département, skill and method among `people`."""
    ids = people.values("pk")
    organisations = list(
        Organisation.objects.filter(people__in=ids)
        .annotate(count=Count("people", distinct=True))
        .values("id", "name", "count")
        .order_by("-count", "name")[:FACET_SIZE]
    )
    departements = list(
        Organisation.objects.filter(people__in=ids)
        .exclude(departement_number="")
        .values("departement_number")
        .annotate(count=Count("people", distinct=True))
        .order_by("-count", "departement_number")[:FACET_SIZE]
    )
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
        "organisation": [{"value": o["id"], "label": o["name"], "count": o["count"]} for o in organisations],
        "departement": [
            {
                "value": d["departement_number"],
                "label": names.get(d["departement_number"])
                or _("Département %(number)s") % {"number": d["departement_number"]},
                "count": d["count"],
            }
            for d in departements
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
