"""Business rules of case studies: which ones are related, and how a laureate
idea becomes a draft case study."""

from django.db import connection, transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Page

from home import roles

from .models import CaseStudyIndexPage, CaseStudyPage, CaseStudyTag, PersonProfile

# How much each shared trait counts when ranking related case studies: a
# shared method says the most about what a reader can reuse.
METHOD_WEIGHT = 3
POLICY_AREA_WEIGHT = 2
TAG_WEIGHT = 1


def related_case_studies(case_study, limit=3):
    """Other live case studies sharing methods, the policy area or tags with
    this one, most related first (then by title).

    The database scores and ranks the candidates and returns only the first
    `limit`: the case studies sharing a popular tag or the policy area are
    thousands on a large network, and loading them all to rank them in Python
    made this page the slowest of the portal. Two queries whatever their number
    (the ranking, then the cards with their organisations)."""
    if case_study.pk is None:
        # A case study being created, previewed before its first save: nothing
        # links to it yet (and PostgreSQL refuses a NULL id typed as text).
        return []
    ranked_ids = _ranked_related_ids(case_study, limit)
    if not ranked_ids:
        return []
    pages = (
        CaseStudyPage.objects.filter(pk__in=ranked_ids).select_related("policy_area").prefetch_related("organisations")
    )
    by_pk = {page.pk: page for page in pages}
    return [by_pk[pk] for pk in ranked_ids if pk in by_pk]


def _ranked_related_ids(case_study, limit):
    """The pks of the `limit` best candidates, in one statement.

    A shared method weighs more than the policy area and all the tags a
    candidate can share: a candidate sharing no method scores at most the
    `bound` below. So when the `limit` best of the candidates sharing a method
    (a few dozen: a method is used by few case studies) all score above it,
    they are the answer, exactly, and the candidates sharing only a tag or the
    policy area (thousands on a large network) are never read: the second
    branch then looks them up by a NULL key (`keys`), which finds no row. A
    condition on `settled` in that branch's WHERE would not do: SQLite tests
    it on every row it has already read. Otherwise every candidate is scored, as before."""
    methods = CaseStudyPage.methods.through._meta.db_table
    case_studies = CaseStudyPage._meta.db_table
    tags = CaseStudyTag._meta.db_table
    pages = Page._meta.db_table
    area_bonus = POLICY_AREA_WEIGHT if case_study.policy_area_id is not None else 0
    # Only table names and the integer weights are formatted in; the values
    # are parameters. UNION ALL keeps a candidate sharing two methods twice, as
    # the sum must.
    sql = f"""
        WITH by_method AS (
            SELECT candidate_id, score, title FROM (
                SELECT other.casestudypage_id AS candidate_id,
                    {METHOD_WEIGHT} * COUNT(*)
                    + CASE WHEN MAX(candidate.policy_area_id) = %(area)s THEN {POLICY_AREA_WEIGHT} ELSE 0 END
                    + {TAG_WEIGHT} * (
                        SELECT COUNT(*) FROM {tags} shared_tag
                        WHERE shared_tag.content_object_id = other.casestudypage_id
                        AND shared_tag.tag_id IN (SELECT tag_id FROM {tags} WHERE content_object_id = %(pk)s)
                    ) AS score,
                    page.title AS title
                FROM {methods} own
                INNER JOIN {methods} other ON other.methodpage_id = own.methodpage_id
                INNER JOIN {case_studies} candidate ON candidate.page_ptr_id = other.casestudypage_id
                INNER JOIN {pages} page ON page.id = other.casestudypage_id
                WHERE own.casestudypage_id = %(pk)s AND other.casestudypage_id <> %(pk)s AND page.live
                GROUP BY other.casestudypage_id, page.title
                ORDER BY score DESC, page.title, other.casestudypage_id
                LIMIT %(limit)s
            ) best
        ),
        settled AS (
            SELECT COUNT(*) = %(limit)s AND MIN(score) > %(area_bonus)s + {TAG_WEIGHT} * (
                SELECT COUNT(*) FROM {tags} WHERE content_object_id = %(pk)s
            ) AS yes
            FROM by_method
        ),
        keys AS (
            SELECT CASE WHEN yes THEN NULL ELSE %(pk)s END AS unsettled_pk,
                CASE WHEN yes THEN NULL ELSE %(area)s END AS unsettled_area
            FROM settled
        )
        SELECT candidate_id, score, title FROM by_method WHERE (SELECT yes FROM settled)
        UNION ALL
        SELECT candidate_id, score, title FROM (
            SELECT shared.candidate_id AS candidate_id, SUM(shared.weight) AS score, page.title AS title
            FROM (
                SELECT other.casestudypage_id AS candidate_id, {METHOD_WEIGHT} AS weight
                FROM {methods} own INNER JOIN {methods} other ON other.methodpage_id = own.methodpage_id
                WHERE own.casestudypage_id = (SELECT unsettled_pk FROM keys)
                UNION ALL
                SELECT page_ptr_id, {POLICY_AREA_WEIGHT} FROM {case_studies}
                WHERE policy_area_id = (SELECT unsettled_area FROM keys)
                UNION ALL
                SELECT other.content_object_id, {TAG_WEIGHT}
                FROM {tags} own INNER JOIN {tags} other ON other.tag_id = own.tag_id
                WHERE own.content_object_id = (SELECT unsettled_pk FROM keys)
            ) shared
            INNER JOIN {pages} page ON page.id = shared.candidate_id
            WHERE page.live AND shared.candidate_id <> %(pk)s
            GROUP BY shared.candidate_id, page.title
            ORDER BY SUM(shared.weight) DESC, page.title, shared.candidate_id
            LIMIT %(limit)s
        ) everyone
        ORDER BY 2 DESC, 3, 1
    """  # noqa: S608
    params = {"pk": case_study.pk, "area": case_study.policy_area_id, "area_bonus": area_bonus, "limit": limit}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


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
    """The profiles of the idea's author and co-authors, author first, with
    their organisations, in one query for those who have a profile; an account
    without one gets it created (this runs on the POST that creates the draft,
    and the case study's contacts are profiles)."""
    users = [idea.created_by] if idea.created_by_id else []
    users += [user for user in idea.author_users() if user.pk != idea.created_by_id]
    profiles = PersonProfile.objects.select_related("organisation").by_user(users)
    return [profiles.get(user.pk) or PersonProfile.for_user(user) for user in users]


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
