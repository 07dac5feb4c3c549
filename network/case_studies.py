"""Business rules of case studies: which ones are related, and how a laureate
idea becomes a draft case study."""

from collections import Counter

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from home import roles

from .models import CaseStudyIndexPage, CaseStudyPage, CaseStudyTag, PersonProfile

# How much each shared trait counts when ranking related case studies: a
# shared method says the most about what a reader can reuse.
METHOD_WEIGHT = 3
POLICY_AREA_WEIGHT = 2
TAG_WEIGHT = 1


def related_case_studies(case_study, limit=3):
    """Other live case studies sharing methods, the policy area or tags with
    this one, most related first, in a fixed number of queries."""
    scores = Counter()
    methods_through = CaseStudyPage.methods.through
    method_ids = methods_through.objects.filter(casestudypage_id=case_study.pk).values("methodpage_id")
    for pk in methods_through.objects.filter(methodpage_id__in=method_ids).values_list("casestudypage_id", flat=True):
        scores[pk] += METHOD_WEIGHT
    if case_study.policy_area_id:
        for pk in CaseStudyPage.objects.filter(policy_area_id=case_study.policy_area_id).values_list("pk", flat=True):
            scores[pk] += POLICY_AREA_WEIGHT
    tag_ids = CaseStudyTag.objects.filter(content_object_id=case_study.pk).values("tag_id")
    for pk in CaseStudyTag.objects.filter(tag_id__in=tag_ids).values_list("content_object_id", flat=True):
        scores[pk] += TAG_WEIGHT
    scores.pop(case_study.pk, None)
    if not scores:
        return []
    live = (
        CaseStudyPage.objects.live()
        .filter(pk__in=scores)
        .select_related("policy_area")
        .prefetch_related("organisations")
    )
    return sorted(live, key=lambda page: (-scores[page.pk], page.title))[:limit]


def can_create_from_idea(user):
    """Coordinators (and administrators) turn laureate ideas into case studies."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=[roles.COORDINATORS, roles.ADMINISTRATORS]).exists()


def idea_may_become_case_study(idea):
    """Only laureate ideas (and those further on: incubation, deployed…)
    become case studies; the ideas app tells through `Idea.is_laureate_or_later`."""
    return bool(idea.is_laureate_or_later)


def _unique_slug(parent, title):
    base = slugify(title)[:200] or "retour-d-experience"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    return slug


def _paragraphs(text):
    return "".join(f"<p>{escape(line.strip())}</p>" for line in (text or "").splitlines() if line.strip())


def _idea_people(idea):
    """The idea's author's profile, and its co-authors when the idea has some."""
    people = []
    if idea.created_by_id:
        people.append(PersonProfile.for_user(idea.created_by))
    for user in idea.author_users():
        profile = PersonProfile.for_user(user)
        if profile not in people:
            people.append(profile)
    return people


@transaction.atomic
def create_case_study_from_idea(idea, user):
    """A draft (unpublished) case study pre-filled from an idea, under the case
    study index. An idea that already has a case study gets that one back, so
    clicking twice creates nothing twice."""
    existing = CaseStudyPage.objects.filter(source_idea=idea).first()
    if existing is not None:
        return existing
    index = CaseStudyIndexPage.objects.first()
    if index is None:
        raise CaseStudyIndexPage.DoesNotExist("Aucun index des retours d'expérience : créez-le d'abord.")
    people = _idea_people(idea)
    organisations = [person.organisation for person in people if person.organisation_id]
    idea_organisation = idea.departement
    if idea_organisation is not None and idea_organisation not in organisations:
        organisations.insert(0, idea_organisation)
    opens_at = getattr(idea.call, "opens_at", None) or timezone.now()
    page = CaseStudyPage(
        title=idea.title,
        slug=_unique_slug(index, idea.title),
        summary=idea.summary,
        problem=_paragraphs(idea.problem or idea.summary),
        approach=_paragraphs("\n".join(part for part in [idea.solution, idea.implementation] if part)),
        year=timezone.localtime(opens_at).year,
        stage=CaseStudyPage.Stage.EXPERIMENT,
        departement_number=next((o.departement_number for o in organisations if o.departement_number), ""),
        source_idea=idea,
        live=False,
        has_unpublished_changes=True,
        owner=user,
    )
    index.add_child(instance=page)
    page.organisations.set(organisations)
    page.contacts.set(people)
    page.save()
    page.save_revision(user=user, log_action=True)
    return page
