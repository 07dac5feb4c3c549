"""Demo self-diagnosis: the questionnaire, and completed sessions of several
organisations at different dates, so that history and network average show."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from network.models import Organisation, OrganisationEmailDomain, PersonProfile

from .diagnosis_questionnaire import QUESTIONNAIRE
from .models import MethodPage
from .models.diagnosis import DiagnosisCompetency, DiagnosisRating, DiagnosisSession, DiagnosisSubPractice

# organisation, title, date, creator's email, participants, level per competency
# (the six of QUESTIONNAIRE, in order), completed?
SESSIONS = [
    (
        "Département de la Somme",
        "Direction générale adjointe des solidarités",
        datetime.date(2025, 3, 12),
        "agent@somme.fr",
        11,
        [2, 3, 2, 2, 1, 1],
        True,
    ),
    (
        "Département de la Somme",
        "Direction générale adjointe des solidarités",
        datetime.date(2026, 10, 8),
        "agent@somme.fr",
        9,
        [3, 4, 3, 3, 2, 2],
        True,
    ),
    (
        "Département de la Somme",
        "Direction des routes",
        datetime.date(2026, 11, 16),
        "agent@somme.fr",
        8,
        [2, 2, None, None, None, None],
        False,
    ),
    (
        "Département du Nord",
        "Pôle solidarités",
        datetime.date(2026, 6, 18),
        "moderation@lenord.fr",
        12,
        [3, 3, 3, 4, 2, 3],
        True,
    ),
    (
        "Département de l'Oise",
        "Direction des ressources humaines",
        datetime.date(2026, 5, 20),
        "jury@oise.fr",
        10,
        [2, 3, 2, 3, 3, 2],
        True,
    ),
    (
        "Département du Pas-de-Calais",
        "Mission innovation",
        datetime.date(2025, 11, 5),
        "edition@pasdecalais.fr",
        10,
        [4, 4, 3, 3, 3, 4],
        True,
    ),
    (
        "Département du Val-d'Oise",
        "Direction générale des services",
        datetime.date(2026, 9, 15),
        "admin@valdoise.fr",
        9,
        [3, 2, 3, 4, 2, 3],
        True,
    ),
    (
        "Ville de Nancy",
        "Démarche [IN]née, direction de la famille",
        datetime.date(2025, 10, 1),
        None,
        10,
        [4, 3, 4, 3, 3, 4],
        True,
    ),
]


# Facts from the seeds for some ratings; the others get a generic note.
EVIDENCE = {
    ("Département de la Somme", "Le recueil des idées des agents"): (
        "Appel à idées lancé à l'automne 2018 hors du cadre hiérarchique : 125 propositions d'agents dans les "
        "cinq départements, une réponse à chacune."
    ),
    ("Département de la Somme", "La sélection et la priorisation des idées"): (
        "Forum d'Amiens du 28 novembre 2019 : 15 projets présélectionnés, pitch de trois minutes devant un jury "
        "de 13 personnes mêlant élus, directeurs et agents."
    ),
    ("Département de la Somme", "La reconnaissance des contributions"): (
        "Les 8 lauréats entrent en pré-incubation trois mois ; rien n'est encore prévu dans les entretiens annuels."
    ),
    ("Département de la Somme", "L'ouverture au réseau"): (
        "Démarche commune avec le Nord, le Pas-de-Calais, l'Oise et le Val-d'Oise ; coaching par l'incubateur "
        "des services numériques de l'État."
    ),
    ("Ville de Nancy", "La formation aux méthodes d'innovation"): (
        "Démarche [IN]née : sensibilisation de tous les agents à l'innovation et boîte à outils pour les projets."
    ),
    ("Ville de Nancy", "L'ouverture au réseau"): (
        "Outil adapté avec l'université de Lorraine, testé à la métropole de Metz et au CD 55, partenariat avec "
        "Territoria pour l'ouvrir à toutes les strates de collectivités."
    ),
}


def matching_methods(keywords, methods):
    """The toolbox methods whose title holds one of the keywords (compared in
    lower case in Python: SQLite only folds the case of ASCII letters)."""
    wanted = [keyword.lower() for keyword in keywords]
    return [pk for pk, title in methods if any(keyword in title.lower() for keyword in wanted)]


def ensure_questionnaire():
    """Create the competencies that do not exist yet; existing ones stay as editors left them."""
    methods = list(MethodPage.objects.live().values_list("pk", "title"))
    for position, (name, description, subpractices) in enumerate(QUESTIONNAIRE):
        if DiagnosisCompetency.objects.filter(name=name).exists():
            continue
        competency = DiagnosisCompetency(name=name, description=description, sort_order=position)
        children = []
        method_ids = []
        for order, (title, short_title, question, levels, keywords) in enumerate(subpractices):
            subpractice = DiagnosisSubPractice(
                title=title,
                short_title=short_title,
                question=question,
                sort_order=order,
                **{f"level_{n}": text for n, text in enumerate(levels, start=1)},
            )
            # Many-to-many links of a nested cluster child need its primary key:
            # they are set once the competency and its children are saved.
            method_ids.append(matching_methods(keywords, methods))
            children.append(subpractice)
        competency.subpractices = children
        competency.save()
        for subpractice, ids in zip(children, method_ids, strict=True):
            if ids:
                subpractice.methods.set(ids)
                subpractice.save()


def ensure_profile_organisation(user):
    """Demo accounts belong to the organisation of their email domain (kept if already set)."""
    profile = PersonProfile.for_user(user)
    if profile.organisation_id is None:
        domain = user.email.rsplit("@", 1)[-1]
        match = OrganisationEmailDomain.objects.filter(domain=domain).first()
        if match is not None:
            profile.organisation_id = match.organisation_id
            profile.save(update_fields=["organisation"])


def evidence_for(organisation, subpractice, level):
    if (organisation.name, subpractice.title) in EVIDENCE:
        return EVIDENCE[organisation.name, subpractice.title]
    descriptor = dict(subpractice.levels)[level]
    return f"Constat partagé par le groupe, exemples à l'appui : {descriptor[0].lower()}{descriptor[1:]}"


def ensure_session(organisation, title, held_on, email, participants, levels, completed, competencies, spread=0):
    creator = get_user_model().objects.filter(email=email).first() if email else None
    if creator is not None:
        ensure_profile_organisation(creator)
    session, created = DiagnosisSession.objects.get_or_create(
        organisation=organisation,
        title=title,
        held_on=held_on,
        defaults={"created_by": creator, "participants": participants},
    )
    if not created:
        return session
    ratings = []
    for competency, base in zip(competencies, levels, strict=False):
        if base is None:
            continue
        for index, subpractice in enumerate(competency.subpractices.all()):
            # A little spread around the competency's level, always within 1..5.
            level = min(5, max(1, base + (index + spread) % 3 - 1))
            ratings.append(
                DiagnosisRating(
                    session=session,
                    subpractice=subpractice,
                    level=level,
                    evidence=evidence_for(organisation, subpractice, level),
                )
            )
    DiagnosisRating.objects.bulk_create(ratings)
    if completed:
        session.status = DiagnosisSession.Status.COMPLETED
        session.completed_at = timezone.make_aware(datetime.datetime.combine(held_on, datetime.time(17, 0)))
        session.save(update_fields=["status", "completed_at"])
    return session


def load(stdout=None):
    ensure_questionnaire()
    competencies = list(DiagnosisCompetency.objects.prefetch_related("subpractices"))
    organisations = {organisation.name: organisation for organisation in Organisation.objects.all()}
    sessions = []
    for position, (name, *rest) in enumerate(SESSIONS):
        if name in organisations:
            sessions.append(ensure_session(organisations[name], *rest, competencies, spread=position))
    return {"diagnosis_sessions": sessions}
