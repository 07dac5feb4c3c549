"""generate_network steps: idea calls under the calls index, then ideas in every
state with their team members, supports, comments and jury scores.

The first generated call is open and gets a fifth of the ideas: it is the idea
wall `make bench` measures."""

import datetime
import uuid

from django.contrib.auth.models import Group
from django.utils import timezone

from home import roles
from network.models import Organisation
from ops.generator import BATCH_SIZE, names
from ops.generator.pages import bulk_add_children

from .models import (
    CallJuror,
    CriterionScore,
    Idea,
    IdeaCallIndexPage,
    IdeaCallPage,
    IdeaComment,
    IdeaState,
    IdeaSupport,
    IdeaTeamMember,
    IdeaTheme,
    JuryEvaluation,
)
from .models.engagement import recount_supports
from .models.ideas import PUBLIC_STATES

CALL_SUBJECTS = [
    "l'accueil des usagers",
    "la transition écologique des collèges",
    "l'autonomie des personnes âgées",
    "la simplification des démarches",
    "la qualité de vie au travail",
    "l'insertion des jeunes",
    "les mobilités rurales",
    "le numérique au service des agents",
]
CRITERIA = [
    ("Utilité pour les usagers", 3),
    ("Faisabilité", 2),
    ("Caractère innovant", 2),
    ("Capacité à essaimer", 1),
]
IDEA_SUBJECTS = [
    "Un rendez-vous unique pour {public}",
    "Simplifier le formulaire destiné {public_to}",
    "Un kit d'accueil pour {public}",
    "Des permanences mobiles pour {public}",
    "Un espace en ligne pour {public}",
    "Former les agents à l'écoute {public_of}",
]
PUBLICS = ["les aidants", "les familles", "les collégiens", "les personnes âgées", "les nouveaux agents"]
# Weights of the states: most ideas are readable by everyone, as on a real wall.
STATE_WEIGHTS = {
    IdeaState.DRAFT: 4,
    IdeaState.SUBMITTED: 6,
    IdeaState.TO_COMPLETE: 2,
    IdeaState.ADMISSIBLE: 40,
    IdeaState.INADMISSIBLE: 3,
    IdeaState.PRESELECTED: 12,
    IdeaState.LAUREATE: 6,
    IdeaState.NOT_SELECTED: 15,
    IdeaState.PRE_INCUBATION: 3,
    IdeaState.INCUBATION: 3,
    IdeaState.DEPLOYED: 3,
    IdeaState.ABANDONED: 2,
    IdeaState.WITHDRAWN: 1,
}
JUDGED_STATES = {IdeaState.PRESELECTED, IdeaState.LAUREATE, IdeaState.NOT_SELECTED}
COMMENTS = [
    "Très bonne idée, nous avons le même problème dans notre service.",
    "Avez-vous pensé à associer les usagers dès le départ ?",
    "Nous avons testé quelque chose de proche l'an dernier, je peux vous en parler.",
    "Je soutiens : cela ferait gagner beaucoup de temps aux équipes d'accueil.",
    "Quel serait le coût pour un département de taille moyenne ?",
]


def calls(context):
    """50 calls per unit of scale: the first open, a few upcoming, the others closed."""
    index = IdeaCallIndexPage.objects.first()
    if index is None:
        return 0
    rng = context.rng
    now = timezone.now()
    themes = [IdeaTheme.objects.get_or_create(name=subject[0].upper() + subject[1:])[0] for subject in CALL_SUBJECTS]
    departements = list(Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT).values_list("pk", flat=True))
    taken = set(index.get_children().values_list("slug", flat=True))
    pages, number = [], 0
    while len(pages) < context.count(50):
        number += 1
        slug = f"appel-genere-{number}"
        if slug in taken:
            continue
        subject = rng.choice(CALL_SUBJECTS)
        if not pages:
            opens_at, closes_at = now - datetime.timedelta(days=30), now + datetime.timedelta(days=60)
        elif len(pages) % 10 == 1:
            opens_at = now + datetime.timedelta(days=rng.randint(10, 90))
            closes_at = opens_at + datetime.timedelta(days=60)
        else:
            closes_at = now - datetime.timedelta(days=rng.randint(10, 6 * 365))
            opens_at = closes_at - datetime.timedelta(days=60)
        pages.append(
            IdeaCallPage(
                title=f"Appel à idées {number} : {subject}",
                slug=slug,
                summary=f"Vos idées pour améliorer {subject}.",
                intro=f"<p>Les départements du réseau cherchent des idées d'agents pour améliorer {subject}.</p>",
                eligibility="<p>Tout agent d'un département du réseau, seul ou en équipe.</p>",
                opens_at=opens_at,
                closes_at=closes_at,
                results_published_at=closes_at + datetime.timedelta(days=45) if closes_at < now else None,
                criteria=[
                    {"type": "criterion", "id": str(uuid.uuid4()), "value": {"name": name, "weight": weight}}
                    for name, weight in CRITERIA
                ],
            )
        )
    bulk_add_children(index, pages)
    organisers, call_themes = IdeaCallPage.organisers.through, IdeaCallPage.themes.through
    if departements:
        organisers.objects.bulk_create(
            [
                organisers(ideacallpage_id=page.pk, organisation_id=pk)
                for page in pages
                for pk in rng.sample(departements, min(2, len(departements)))
            ]
        )
    call_themes.objects.bulk_create(
        [
            call_themes(ideacallpage_id=page.pk, ideatheme_id=theme.pk)
            for page in pages
            for theme in rng.sample(themes, 2)
        ]
    )
    context.created["calls"] = [page.pk for page in pages]
    context.created["call_criteria"] = {
        page.pk: [(block.id, block.value["name"]) for block in page.criteria] for page in pages
    }
    return len(pages)


def _jurors(context, count=3):
    """The demo jury and generated agents named to the Jury group."""
    from django.contrib.auth import get_user_model

    jury = Group.objects.get(name=roles.JURY)
    user_ids = list(get_user_model().objects.filter(groups=jury).values_list("pk", flat=True)[:1])
    extra = context.created.get("users", [])[: count - len(user_ids)]
    membership = get_user_model().groups.through
    membership.objects.bulk_create([membership(user_id=pk, group_id=jury.pk) for pk in extra], ignore_conflicts=True)
    return user_ids + list(extra)


def ideas(context):
    """5,000 ideas per unit of scale, with team members, supports, comments and,
    for preselected and judged ideas, one evaluation per juror of their call."""
    call_ids = context.created.get("calls")
    user_ids = context.created.get("users")
    if not call_ids or not user_ids:
        return 0
    rng = context.rng
    now = timezone.now()
    departements = list(Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT).values_list("pk", flat=True))
    theme_ids = list(IdeaTheme.objects.values_list("pk", flat=True))
    states, weights = list(STATE_WEIGHTS), list(STATE_WEIGHTS.values())
    total = context.count(5000)
    open_call_share = max(1, total // 5)
    ideas = []
    for number in range(total):
        call_id = call_ids[0] if number < open_call_share else rng.choice(call_ids)
        public = rng.choice(PUBLICS)
        title = rng.choice(IDEA_SUBJECTS).format(
            public=public, public_to="aux " + public[4:], public_of="des " + public[4:]
        )
        state = rng.choices(states, weights)[0]
        created = now - datetime.timedelta(days=rng.randint(1, 900), minutes=rng.randint(0, 1440))
        sentences = rng.sample(names.NEWS_SENTENCES, 3)
        ideas.append(
            Idea(
                call_id=call_id,
                state=state,
                title=f"{title} ({number + 1})",
                summary=sentences[0],
                problem=sentences[1],
                solution=sentences[2],
                departement_id=rng.choice(departements) if departements else None,
                theme_id=rng.choice(theme_ids) if theme_ids else None,
                consent=True,
                created_by_id=rng.choice(user_ids),
                created_at=created,
                submitted_at=None if state == IdeaState.DRAFT else created + datetime.timedelta(hours=2),
                state_changed_at=created + datetime.timedelta(days=3),
            )
        )
    ideas = Idea.objects.bulk_create(ideas, batch_size=BATCH_SIZE)
    for idea in ideas:
        idea.reference = f"IDEE-{idea.created_at.year}-{idea.pk:05d}"
    Idea.objects.bulk_update(ideas, ["reference"], batch_size=BATCH_SIZE)

    from django.contrib.auth import get_user_model

    emails = dict(get_user_model().objects.filter(pk__in=user_ids).values_list("pk", "email"))
    members = []
    for idea in ideas:
        for user_id in {idea.created_by_id, *rng.sample(user_ids, rng.randint(0, 2))}:
            members.append(IdeaTeamMember(idea_id=idea.pk, email=emails[user_id], user_id=user_id))
    IdeaTeamMember.objects.bulk_create(members, batch_size=BATCH_SIZE)

    public = [idea for idea in ideas if idea.state in PUBLIC_STATES]
    supports, comments = [], []
    for idea in public:
        for user_id in rng.sample(user_ids, min(len(user_ids), rng.randint(0, 10))):
            supports.append(IdeaSupport(idea_id=idea.pk, user_id=user_id, created_at=idea.created_at))
        for _ in range(rng.randint(0, 4)):
            comments.append(
                IdeaComment(
                    idea_id=idea.pk,
                    author_id=rng.choice(user_ids),
                    text=rng.choice(COMMENTS),
                    created_at=idea.created_at + datetime.timedelta(days=rng.randint(1, 30)),
                )
            )
    IdeaSupport.objects.bulk_create(supports, batch_size=BATCH_SIZE)
    # By call: a list of every generated idea would pass SQLite's limit of query parameters.
    recount_supports(Idea.objects.filter(call_id__in=call_ids))
    IdeaComment.objects.bulk_create(comments, batch_size=BATCH_SIZE)

    jurors = _jurors(context)
    CallJuror.objects.bulk_create(
        [CallJuror(call_id=call_id, user_id=user_id) for call_id in call_ids for user_id in jurors],
        batch_size=BATCH_SIZE,
        ignore_conflicts=True,
    )
    criteria = context.created.get("call_criteria", {})
    judged = [idea for idea in ideas if idea.state in JUDGED_STATES and criteria.get(idea.call_id)]
    evaluations = JuryEvaluation.objects.bulk_create(
        [
            JuryEvaluation(idea_id=idea.pk, juror_id=juror, comment=rng.choice(COMMENTS))
            for idea in judged
            for juror in jurors
        ],
        batch_size=BATCH_SIZE,
    )
    call_of = {idea.pk: idea.call_id for idea in judged}
    CriterionScore.objects.bulk_create(
        [
            CriterionScore(
                evaluation_id=evaluation.pk, criterion_id=block_id, criterion_name=name, value=rng.randint(1, 5)
            )
            for evaluation in evaluations
            for block_id, name in criteria[call_of[evaluation.idea_id]]
        ],
        batch_size=BATCH_SIZE,
    )
    context.created["ideas"] = [idea.pk for idea in ideas]
    context.created["laureate_ideas"] = [idea.pk for idea in ideas if idea.is_laureate_or_later]
    return len(ideas) + len(supports) + len(comments) + len(evaluations)
