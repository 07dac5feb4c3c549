"""« Qui propose ce que je cherche ? » : a member's requests matched with others' offers."""

from dataclasses import dataclass

from .models import PersonProfile, TaggedOffer, TaggedRequest


@dataclass
class Match:
    person: PersonProfile
    subjects: list  # the names of the tags the person offers and the member looks for

    @property
    def score(self):
        return len(self.subjects)


def people_offering_what(profile, limit=12):
    """Listed people, from any département, who offer help on what `profile` looks
    for; best matches first, people from another département before those of the
    member's own (the point is to meet peers elsewhere), then by name."""
    wanted = list(TaggedRequest.objects.filter(content_object=profile).values_list("tag_id", flat=True))
    if not wanted:
        return []
    offers = (
        TaggedOffer.objects.filter(tag_id__in=wanted, content_object__in=PersonProfile.objects.listed())
        .exclude(content_object=profile)
        .values_list("content_object_id", "tag__name")
    )
    subjects = {}
    for person_id, tag_name in offers:
        subjects.setdefault(person_id, []).append(tag_name)
    people = PersonProfile.objects.filter(pk__in=subjects).for_listing()
    own = profile.organisation.departement_number if profile.organisation_id else ""
    matches = [Match(person, sorted(subjects[person.pk])) for person in people]
    matches.sort(
        key=lambda m: (-m.score, bool(own) and m.person.departement_number == own, m.person.display_name.lower())
    )
    return matches[:limit]
