"""generate_network steps: innovation teams under the directory page and case
studies under their index, linked to the organisations, people, methods and
ideas made by earlier steps (ids in `context.created`)."""

from django.apps import apps
from django.utils.text import slugify
from taggit.models import Tag

from ops.generator import BATCH_SIZE, names
from ops.generator.network import GENERATED_EMAIL_DOMAIN
from ops.generator.pages import bulk_add_children

from .case_studies_facets_cache import bump_version
from .models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyTag,
    InnovationTeamPage,
    NetworkIndexPage,
    NetworkTag,
    Organisation,
    PersonProfile,
    PolicyArea,
    TaggedTeamOffer,
)
from .models.taxonomy import DEPARTEMENT_NAMES

TEAM_FORMS = ["Laboratoire d'innovation", "Mission innovation", "Fabrique des services", "Labo des usagers"]
TEAM_OFFERS = ["coaching", "formation", "animation d'ateliers", "accompagnement de projets", "design de services"]
CASE_STUDY_SUBJECTS = [
    "un guichet unique pour les aidants",
    "la visite à domicile repensée",
    "des courriers réécrits avec les usagers",
    "un transport solidaire en zone rurale",
    "la cantine zéro déchet des collèges",
    "un accueil sans rendez-vous en maison des solidarités",
    "le dossier d'aide simplifié",
    "des permanences numériques itinérantes",
    "la plateforme de covoiturage des agents",
    "un budget participatif des collégiens",
]
CASE_STUDY_TAGS = ["usagers", "ruralité", "numérique", "solidarités", "collèges", "mobilité", "jeunesse", "aidants"]
POLICY_AREAS = ["Solidarités", "Éducation et collèges", "Mobilités", "Environnement", "Culture et sport"]


def _ids(context, key, model):
    return context.created.get(key) or list(apps.get_model(model).objects.values_list("pk", flat=True))


def teams(context):
    """120 teams per unit of scale, each with an organisation, offers, methods
    and about five members (profiles that name it)."""
    parent = NetworkIndexPage.objects.first()
    if parent is None:
        return 0
    rng = context.rng
    organisation_ids = _ids(context, "organisations", "network.Organisation")
    method_ids = _ids(context, "methods", "toolbox.MethodPage")
    taken = set(parent.get_children().values_list("slug", flat=True))
    pages, number = [], 0
    while len(pages) < context.count(120):
        number += 1
        place = rng.choice(names.PLACE_STEMS) + rng.choice(names.PLACE_SUFFIXES)
        title = f"{rng.choice(TEAM_FORMS)} de {place} {number}"
        slug = slugify(title)[:80]
        if slug in taken:
            continue
        pages.append(
            InnovationTeamPage(
                title=title,
                slug=slug,
                summary=f"L'équipe qui accompagne les projets innovants des services de {place}.",
                mission=f"<p>Accompagner les agents de {place} qui veulent améliorer un service.</p>",
                organisation_id=rng.choice(organisation_ids),
                location=place,
                year_created=rng.randint(2012, 2024),
                contact_email=f"innovation{number}@{GENERATED_EMAIL_DOMAIN}",
            )
        )
    bulk_add_children(parent, pages)
    offers = [NetworkTag.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0] for name in TEAM_OFFERS]
    TaggedTeamOffer.objects.bulk_create(
        [TaggedTeamOffer(tag=tag, content_object_id=page.pk) for page in pages for tag in rng.sample(offers, 2)],
        batch_size=BATCH_SIZE,
    )
    if method_ids:
        through = InnovationTeamPage.methods.through
        through.objects.bulk_create(
            [
                through(innovationteampage_id=page.pk, methodpage_id=method_id)
                for page in pages
                for method_id in rng.sample(method_ids, min(3, len(method_ids)))
            ],
            batch_size=BATCH_SIZE,
        )
    members = list(context.created.get("profiles", []))
    rng.shuffle(members)
    for page, start in zip(pages, range(0, len(members), 5), strict=False):
        PersonProfile.objects.filter(pk__in=members[start : start + 5]).update(team_id=page.pk)
    context.created["teams"] = [page.pk for page in pages]
    return len(pages)


def case_studies(context):
    """2,000 case studies per unit of scale, with organisations, a policy area,
    methods, contacts, tags and, for some, the laureate idea they came from."""
    index = CaseStudyIndexPage.objects.first()
    if index is None:
        return 0
    rng = context.rng
    departements = dict(
        Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT, departement_number__gt="").values_list(
            "pk", "departement_number"
        )
    )
    organisation_ids = _ids(context, "organisations", "network.Organisation")
    method_ids = _ids(context, "methods", "toolbox.MethodPage")
    profile_ids = context.created.get("profiles", [])
    source_ideas = context.created.get("laureate_ideas", [])
    areas = list(PolicyArea.objects.values_list("pk", flat=True)) or [
        PolicyArea.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0].pk for name in POLICY_AREAS
    ]
    taken = set(index.get_children().values_list("slug", flat=True))
    pages, number = [], 0
    departement_numbers = list(departements.values()) or list(DEPARTEMENT_NAMES)
    while len(pages) < context.count(2000):
        number += 1
        subject = rng.choice(CASE_STUDY_SUBJECTS)
        place = rng.choice(names.PLACE_STEMS) + rng.choice(names.PLACE_SUFFIXES)
        title = f"{subject[0].upper()}{subject[1:]} à {place} ({number})"
        slug = slugify(title)[:80]
        if slug in taken:
            continue
        sentences = rng.sample(names.NEWS_SENTENCES, 3)
        pages.append(
            CaseStudyPage(
                title=title,
                slug=slug,
                summary=sentences[0],
                departement_number=rng.choice(departement_numbers),
                territory=f"{rng.randint(2, 40)} communes autour de {place}",
                year=rng.randint(2010, 2025),
                policy_area_id=rng.choice(areas),
                innovation_type=rng.choice(CaseStudyPage.InnovationType.values),
                stage=rng.choice(CaseStudyPage.Stage.values),
                problem=f"<p>{sentences[1]}</p>",
                approach=f"<p>{sentences[2]}</p>",
                source_idea_id=source_ideas[number % len(source_ideas)] if source_ideas and number % 4 == 0 else None,
            )
        )
    bulk_add_children(index, pages)
    links = [
        (CaseStudyPage.organisations.through, "organisation_id", organisation_ids, 2),
        (CaseStudyPage.methods.through, "methodpage_id", method_ids, 2),
        (CaseStudyPage.contacts.through, "personprofile_id", profile_ids, 1),
    ]
    for through, column, ids, per_page in links:
        if ids:
            through.objects.bulk_create(
                [
                    through(casestudypage_id=page.pk, **{column: target})
                    for page in pages
                    for target in rng.sample(ids, min(per_page, len(ids)))
                ],
                batch_size=BATCH_SIZE,
            )
    tags = [Tag.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0] for name in CASE_STUDY_TAGS]
    CaseStudyTag.objects.bulk_create(
        [CaseStudyTag(tag=tag, content_object_id=page.pk) for page in pages for tag in rng.sample(tags, 2)],
        batch_size=BATCH_SIZE,
    )
    # Bulk inserts send no signal: the index's cached facet counts are stale.
    bump_version()
    context.created["case_studies"] = [page.pk for page in pages]
    return len(pages)
