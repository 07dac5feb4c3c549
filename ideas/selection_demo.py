"""Demo of the selection (facts from ../shared/seeds/, in our words): the 2019
forum's jury and its scores, consistent with its 8 laureates; recevable ideas
on the open call with supports and comments; a département adopting an idea
not retained in 2019; the follow-up of a laureate's pre-incubation."""

import datetime

from django.utils import timezone
from wagtail.log_actions import log

from home import roles
from home.demo import ensure_user
from network.models import Organisation, PersonProfile

from .models import (
    CallJuror,
    CommentReport,
    CriterionScore,
    Idea,
    IdeaAdoption,
    IdeaCallPage,
    IdeaComment,
    IdeaState,
    IdeaSupport,
    IdeaTheme,
    JuryEvaluation,
    LaureateFollowUp,
    Milestone,
    MilestoneStatus,
)
from .scoring import criteria_of
from .workflow import TRANSITION_ACTION

S = IdeaState

JURORS = [
    # (email, first name, last name): elected members, directors and agents of the five départements.
    ("jury@oise.fr", "Julien", "Juré"),
    ("jury.nord@lenord.fr", "Nadia", "Vandamme"),
    ("jury.somme@somme.fr", "Pierre", "Lefebvre"),
    ("jury.valdoise@valdoise.fr", "Sophie", "Martin"),
]

# Each juror's bias, so that scores differ a little from one juror to another.
JUROR_BIAS = [0, 1, -1, 0]

OPEN_CALL_IDEAS = [
    # (title, département, theme, summary)
    (
        "Un rendez-vous en ligne pour les permanences sociales",
        "Département de la Somme",
        "Accueil et relation aux usagers",
        "Prendre rendez-vous en ligne avec une assistante sociale plutôt que d'attendre au téléphone.",
    ),
    (
        "Des boîtes à livres dans les salles d'attente des maisons départementales",
        "Département du Nord",
        "Accueil et relation aux usagers",
        "Rendre l'attente moins longue et donner le goût de la lecture aux enfants qui accompagnent leurs parents.",
    ),
    (
        "Un covoiturage entre agents des sites éloignés",
        "Département de la Somme",
        "Environnement et déchets",
        "Une plateforme simple pour partager les trajets domicile-travail entre agents des sites ruraux.",
    ),
    (
        "Traduire les courriers les plus fréquents en français facile à lire",
        "Département du Nord",
        "Solidarités et insertion",
        "Les courriers de l'action sociale sont souvent incompris : les réécrire en FALC, avec des usagers.",
    ),
    (
        "Un parrainage des nouveaux assistants familiaux",
        "Département du Nord",
        "Enfance et famille",
        "Chaque nouvel assistant familial est accompagné pendant un an par un collègue expérimenté.",
    ),
]

COMMENTS = [
    # (idea index, author email, text)
    (0, "agent@somme.fr", "Excellente idée : au guichet d'Abbeville, on passe une partie de la matinée au téléphone."),
    (0, "jury.somme@somme.fr", "Pensez à garder un créneau sans rendez-vous pour les urgences."),
    (1, "moderation@lenord.fr", "Les médiathèques départementales pourraient fournir les livres."),
    (3, "agent@somme.fr", "Nous l'avons fait pour les courriers de l'APA : je peux partager nos modèles."),
    (2, "edition@pasdecalais.fr", "Ça existe déjà chez nous, ça ne marchera jamais."),
]


def ensure_open_call_ideas(call, organisations, themes, authors):
    ideas = []
    for number, (title, departement, theme, summary) in enumerate(OPEN_CALL_IDEAS):
        idea = Idea.objects.filter(call=call, title=title).first()
        if idea is None:
            submitted = timezone.now() - datetime.timedelta(days=10 - number)
            idea = Idea.objects.create(
                call=call,
                title=title,
                state=S.ADMISSIBLE,
                summary=summary,
                problem=summary,
                departement=organisations.get(departement),
                theme=themes.get(theme),
                created_by=authors[number % len(authors)],
                submitted_at=submitted,
                state_changed_at=submitted,
                consent=True,
            )
            idea.assign_reference()
            idea.save(update_fields=["reference"])
            log(idea, TRANSITION_ACTION, data={"from": S.DRAFT, "to": S.SUBMITTED, "comment": ""})
            log(idea, TRANSITION_ACTION, data={"from": S.SUBMITTED, "to": S.ADMISSIBLE, "comment": ""})
        ideas.append(idea)
    return ideas


def score_for(idea, juror_index, criterion_index):
    """Laureates score 4–5, the others 2–3, with each juror's bias: the ranking
    puts the 8 laureates first."""
    base = 4 if idea.state in (S.LAUREATE, S.PRE_INCUBATION, S.INCUBATION, S.DEPLOYED) else 2
    variation = (idea.pk + juror_index + criterion_index) % 2
    return max(1, min(5, base + variation + (JUROR_BIAS[juror_index] if criterion_index == 0 else 0)))


def ensure_jury(forum, jurors):
    criteria = criteria_of(forum)
    for juror in jurors:
        CallJuror.objects.get_or_create(call=forum, user=juror)
    for idea in Idea.objects.filter(call=forum).order_by("pk"):
        for juror_index, juror in enumerate(jurors):
            evaluation, created = JuryEvaluation.objects.get_or_create(
                idea=idea,
                juror=juror,
                defaults={
                    "comment": "Un vrai problème d'usagers, bien posé."
                    if idea.state == S.LAUREATE
                    else "Intéressant, mais la mise en œuvre reste à préciser.",
                    "submitted_at": datetime.datetime(2019, 11, 28, 16, 0, tzinfo=datetime.UTC),
                },
            )
            if created:
                CriterionScore.objects.bulk_create(
                    CriterionScore(
                        evaluation=evaluation,
                        criterion_id=c.id,
                        criterion_name=c.name,
                        value=score_for(idea, juror_index, position),
                    )
                    for position, c in enumerate(criteria)
                )


def ensure_followup(idea, coach):
    followup, created = LaureateFollowUp.objects.get_or_create(
        idea=idea,
        defaults={
            "pre_incubation_start": datetime.date(2019, 12, 2),
            "time_granted": "Un jour par semaine pendant la pré-incubation",
            "budget": 5000,
            "coach": coach,
        },
    )
    if created:
        for title, due, status in [
            ("Entretiens avec vingt usagers du RSA", datetime.date(2019, 12, 20), MilestoneStatus.DONE),
            ("Premier prototype de la carte des interlocuteurs", datetime.date(2020, 1, 31), MilestoneStatus.DONE),
            (
                "Test du prototype dans deux maisons départementales",
                datetime.date(2020, 2, 21),
                MilestoneStatus.IN_PROGRESS,
            ),
            ("Bilan de pré-incubation devant le comité", datetime.date(2020, 3, 2), MilestoneStatus.PLANNED),
        ]:
            Milestone.objects.create(followup=followup, title=title, due_date=due, status=status)
    return followup


def load(stdout=None):
    forum = IdeaCallPage.objects.filter(slug="forum-interdepartemental-2019").first()
    open_call = IdeaCallPage.objects.filter(slug="appel-a-idees-ouvert").first()
    if forum is None or open_call is None:
        return {}
    jurors = [
        ensure_user(email, first_name=first, last_name=last, groups=[roles.JURY]) for email, first, last in JURORS
    ]
    ensure_jury(forum, jurors)

    organisations = {o.name: o for o in Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT)}
    themes = {theme.name: theme for theme in IdeaTheme.objects.all()}
    accounts = {user.email: user for user in jurors}
    for email in ["agent@somme.fr", "coordination@somme.fr", "moderation@lenord.fr", "edition@pasdecalais.fr"]:
        accounts[email] = ensure_user(email)
    ideas = ensure_open_call_ideas(
        open_call, organisations, themes, [accounts["agent@somme.fr"], accounts["moderation@lenord.fr"]]
    )
    for number, idea in enumerate(ideas):
        for user in list(accounts.values())[: 6 - number]:
            IdeaSupport.objects.get_or_create(idea=idea, user=user)
    for index, email, text in COMMENTS:
        comment, _created = IdeaComment.objects.get_or_create(idea=ideas[index], author=accounts[email], text=text)
    # The last comment was reported by an agent, for the moderators to decide.
    CommentReport.objects.get_or_create(
        comment=comment, reporter=accounts["agent@somme.fr"], defaults={"reason": "Ton peu constructif."}
    )

    coordinator = accounts["coordination@somme.fr"]
    somme = organisations.get("Département de la Somme")
    profile = PersonProfile.for_user(coordinator)
    if profile.organisation_id is None and somme is not None:
        profile.organisation = somme
        profile.save(update_fields=["organisation"])
    canine = Idea.objects.filter(call=forum, title__startswith="La médiation canine").first()
    if canine is not None and somme is not None:
        IdeaAdoption.objects.get_or_create(
            idea=canine,
            departement=somme,
            defaults={
                "adopted_by": coordinator,
                "note": "Une expérimentation dans deux maisons départementales de la solidarité, avec l'ASE.",
            },
        )
    laureate = Idea.objects.filter(call=forum, title__startswith="Trouver le bon interlocuteur").first()
    if laureate is not None:
        ensure_followup(laureate, PersonProfile.for_user(accounts["jury.nord@lenord.fr"]))
    return {"jurors": jurors, "open_call_ideas": ideas}
