"""generate_network step: method pages under the toolbox index, varied so that
every facet of the index (phase, duration, group size, difficulty) sorts them."""

from django.utils.text import slugify

from ops.generator import BATCH_SIZE
from ops.generator.pages import bulk_add_children

from .models.methods import Difficulty, InnovationPhase, MethodPage, ToolboxIndexPage

METHOD_FORMS = [
    "Atelier {subject}",
    "Carte {subject}",
    "Parcours {subject}",
    "Entretiens {subject}",
    "Prototype {subject}",
    "Test {subject}",
    "Jeu de rôle {subject}",
    "Marche exploratoire {subject}",
]
METHOD_SUBJECTS = [
    "des irritants",
    "de l'usager",
    "des idées folles",
    "en binôme",
    "du premier accueil",
    "de la démarche",
    "des points de contact",
    "des scénarios",
    "du service rendu",
    "des partenaires",
    "de la journée type",
    "des besoins cachés",
    "des solutions existantes",
]
PURPOSES = [
    "Comprendre ce que vivent les usagers avant de chercher des solutions.",
    "Faire émerger beaucoup d'idées en peu de temps, sans les juger trop tôt.",
    "Rendre une idée concrète pour la montrer et la faire réagir.",
    "Vérifier auprès des usagers qu'une solution répond vraiment à leur besoin.",
    "Préparer le passage d'une expérimentation à un service durable.",
]
STEP_TITLES = ["Accueil et consignes", "Travail en petits groupes", "Mise en commun", "Décisions et suites"]
DURATIONS = [20, 30, 45, 60, 90, 120, 180, 240]
GROUP_SIZES = [(1, 4), (2, 8), (4, 12), (6, 20), (10, 40), (12, 60)]


def methods(context):
    """100 methods per unit of scale."""
    index = ToolboxIndexPage.objects.first()
    if index is None:
        return 0
    rng = context.rng
    phase_ids = list(InnovationPhase.objects.values_list("pk", flat=True))
    taken = set(index.get_children().values_list("slug", flat=True))
    pages, number = [], 0
    while len(pages) < context.count(100):
        number += 1
        title = rng.choice(METHOD_FORMS).format(subject=rng.choice(METHOD_SUBJECTS))
        slug = f"{slugify(title)[:60].strip('-')}-{number}"
        if slug in taken:
            continue
        duration = rng.choice(DURATIONS)
        low, high = rng.choice(GROUP_SIZES)
        purpose = rng.choice(PURPOSES)
        pages.append(
            MethodPage(
                title=f"{title} ({number})",
                slug=slug,
                summary=purpose,
                purpose=purpose,
                duration_minutes=duration,
                participants_min=low,
                participants_max=high,
                difficulty=rng.choice(Difficulty.values),
                facilitator_needed=rng.random() < 0.4,
                materials="Feutres\nPost-it\nGrandes feuilles",
                steps=[
                    ("step", {"title": step, "duration_minutes": max(5, duration // 4), "description": purpose})
                    for step in STEP_TITLES
                ],
            )
        )
    bulk_add_children(index, pages)
    through = MethodPage.phases.through
    through.objects.bulk_create(
        [
            through(methodpage_id=page.pk, innovationphase_id=phase_id)
            for page in pages
            for phase_id in rng.sample(phase_ids, rng.randint(1, min(2, len(phase_ids))))
        ],
        batch_size=BATCH_SIZE,
    )
    context.created["methods"] = [page.pk for page in pages]
    return len(pages)
