"""Demo idea calls and ideas (facts from ../shared/seeds/, in our words):
the 2019 interdepartmental forum and its 15 pitched projects, Pau's
intrapreneurship programme, and an open call the demo agent can answer."""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.log_actions import log

from home import roles
from home.demo import ensure_page, home_page
from home.roles import grant_page_permissions
from network.models import Organisation

from .models import Idea, IdeaCallIndexPage, IdeaCallPage, IdeaState, IdeaTheme
from .workflow import TRANSITION_ACTION

PARIS = ZoneInfo("Europe/Paris")
S = IdeaState

THEMES = [
    "Accueil et relation aux usagers",
    "Collèges et restauration scolaire",
    "Démocratie participative",
    "Enfance et famille",
    "Environnement et déchets",
    "Fonctionnement interne",
    "Logement",
    "Solidarités et insertion",
]

NORD, PDC, OISE, SOMME, VDO = (
    "Département du Nord",
    "Département du Pas-de-Calais",
    "Département de l'Oise",
    "Département de la Somme",
    "Département du Val-d'Oise",
)

# The 15 projects pitched in Amiens on 28 November 2019: the 8 laureates come
# from the seeds; the 7 others are written from what the articles tell of them
# (three per département, the canine mediation of the Nord among them).
FORUM_2019_IDEAS = [
    # (title, département, theme, state, summary)
    (
        "Trouver le bon interlocuteur au Département dans le domaine social",
        NORD,
        "Solidarités et insertion",
        S.LAUREATE,
        "Plus d'un tiers des personnes qui y ont droit ne demandent pas le RSA. Une interface où l'usager se situe "
        "sur une carte et trouve tout de suite le bon interlocuteur social du Département.",
    ),
    (
        "La médiation canine pour renouer le dialogue entre parents et enfants confiés",
        NORD,
        "Enfance et famille",
        S.NOT_SELECTED,
        "Un chien médiateur lors des visites entre parents et enfants confiés à l'aide sociale à l'enfance, "
        "pour apaiser des échanges souvent difficiles.",
    ),
    (
        "Un guichet unique des aides départementales pour les communes",
        NORD,
        "Fonctionnement interne",
        S.NOT_SELECTED,
        "Rassembler en un seul point d'entrée les dispositifs d'aide aux communes, aujourd'hui dispersés entre "
        "plusieurs directions.",
    ),
    (
        "Améliorer la communication des cantines des collèges avec les familles",
        OISE,
        "Collèges et restauration scolaire",
        S.LAUREATE,
        "Choix des repas, désinscription pour un jour donné, équilibre alimentaire : mieux informer élèves, "
        "parents et associations pour un meilleur service et moins de gaspillage.",
    ),
    (
        "Des itinéraires cyclables sûrs vers les collèges",
        OISE,
        "Collèges et restauration scolaire",
        S.NOT_SELECTED,
        "Repérer avec les élèves les trajets dangereux et proposer des itinéraires sécurisés pour venir au "
        "collège à vélo.",
    ),
    (
        "Un parcours d'accueil partagé pour les nouveaux agents",
        OISE,
        "Fonctionnement interne",
        S.NOT_SELECTED,
        "Un parcours commun aux directions pour que chaque nouvel agent connaisse les services et les "
        "interlocuteurs utiles dès ses premières semaines.",
    ),
    (
        "Offrir une première réponse immédiate à l'usager, à l'accueil ou à distance",
        PDC,
        "Accueil et relation aux usagers",
        S.LAUREATE,
        "À l'accueil physique comme au téléphone (@solidarités, Allo62), donner tout de suite une première réponse "
        "à l'usager au lieu de le renvoyer d'un service à l'autre.",
    ),
    (
        "Créer une application pour demander une occupation du domaine public",
        PDC,
        "Accueil et relation aux usagers",
        S.LAUREATE,
        "Une démarche en ligne simple pour déposer et suivre une demande d'occupation du domaine public routier.",
    ),
    (
        "Dématérialiser les bons de commande des petites fournitures",
        PDC,
        "Fonctionnement interne",
        S.NOT_SELECTED,
        "Remplacer les bons papier qui circulent de signature en signature par un circuit en ligne.",
    ),
    (
        "Systématiser l'album de vie des enfants confiés à l'aide sociale à l'enfance",
        SOMME,
        "Enfance et famille",
        S.LAUREATE,
        "Un album, éventuellement numérique, qui suit l'enfant placé : qui s'est occupé de lui, quand, son "
        "histoire familiale et celle de son placement. Les récits comptent dans la construction de soi.",
    ),
    (
        "Cuisiner autrement : circuits courts, bio et fait maison dans les cantines des collèges",
        SOMME,
        "Collèges et restauration scolaire",
        S.LAUREATE,
        "Mettre en réseau les 48 cantines de collèges pour grouper les achats auprès des producteurs locaux, "
        "cuisiner maison et réduire le gaspillage.",
    ),
    (
        "Un annuaire des compétences rares entre services",
        SOMME,
        "Fonctionnement interne",
        S.NOT_SELECTED,
        "Savoir qui, dans la collectivité, maîtrise une langue, un logiciel ou une technique, pour s'entraider "
        "plutôt que de faire appel à un prestataire.",
    ),
    (
        "Améliorer la qualité des sanitaires des collèges",
        VDO,
        "Collèges et restauration scolaire",
        S.LAUREATE,
        "Les toilettes fuient… et les élèves les évitent. Associer élèves et agents pour des sanitaires propres, "
        "sûrs et entretenus.",
    ),
    (
        "Améliorer l'offre d'accueil de la petite enfance pour les familles en recherche d'emploi",
        VDO,
        "Enfance et famille",
        S.LAUREATE,
        "Des places d'accueil pour les jeunes enfants des parents qui cherchent un emploi ou n'accèdent pas à "
        "l'offre existante.",
    ),
    (
        "Réduire le papier dans les réunions des instances",
        VDO,
        "Fonctionnement interne",
        S.NOT_SELECTED,
        "Des dossiers de séance consultables en ligne plutôt que des centaines de pages imprimées.",
    ),
]

PAU_FIRST_IDEAS = [
    (
        "Pau Partage",
        "Solidarités et insertion",
        S.DEPLOYED,
        "Mettre en relation des personnes âgées isolées avec des bénévoles de leur quartier ; le CCAS, qui suit "
        "déjà les bénéficiaires, fait le lien. Intégré aux services sociaux de la ville.",
    ),
    (
        "Poubelle Battle",
        "Environnement et déchets",
        S.DEPLOYED,
        "Les poubelles des immeubles contiennent 70 % de déchets compostables. Parti d'un concours entre "
        "quartiers, devenu une plateforme qui aide les habitants à composter.",
    ),
    (
        "ID Quart",
        "Démocratie participative",
        S.INCUBATION,
        "Une application de world café pour que les habitants réfléchissent ensemble aux projets "
        "d'aménagement de leur quartier ; en test avec des villes voisines.",
    ),
]
PAU_SECOND_IDEAS = [
    (
        "Histologe, le contrôle technique gratuit du logement",
        "Logement",
        S.INCUBATION,
        "Repérer tôt les logements qui se dégradent, leur attribuer un degré d'habitabilité et garder "
        "l'historique de chaque logement.",
    ),
    (
        "Simone & Co, contre la précarité menstruelle",
        "Solidarités et insertion",
        S.DEPLOYED,
        "Des kits distribués dans des points relais pour les étudiantes et les mères isolées ; plus de mille "
        "kits commandés, l'activité est reprise par une association.",
    ),
    (
        "Kameha Meha, contre le harcèlement scolaire",
        "Enfance et famille",
        S.PRE_INCUBATION,
        "Des boîtes d'alerte anonymes dans les toilettes des collèges, où victimes et témoins glissent un mot ; "
        "mis en pause par le confinement, le projet redémarre.",
    ),
]

# The road each final state took, for the demo timelines.
PATHS = {
    S.LAUREATE: [S.SUBMITTED, S.ADMISSIBLE, S.PRESELECTED, S.LAUREATE],
    S.NOT_SELECTED: [S.SUBMITTED, S.ADMISSIBLE, S.PRESELECTED, S.NOT_SELECTED],
    S.PRE_INCUBATION: [S.SUBMITTED, S.ADMISSIBLE, S.PRESELECTED, S.LAUREATE, S.PRE_INCUBATION],
    S.INCUBATION: [S.SUBMITTED, S.ADMISSIBLE, S.PRESELECTED, S.LAUREATE, S.PRE_INCUBATION, S.INCUBATION],
    S.DEPLOYED: [S.SUBMITTED, S.ADMISSIBLE, S.PRESELECTED, S.LAUREATE, S.PRE_INCUBATION, S.INCUBATION, S.DEPLOYED],
    S.SUBMITTED: [S.SUBMITTED],
}

FORUM_PROGRAMME = {
    "heading": "Programme de la journée",
    "items": [
        {"time": "9h00", "title": "Accueil et café", "description": ""},
        {
            "time": "9h15",
            "title": "Présentation de beta.gouv.fr et de la pré-incubation",
            "description": "Mission et principes des startups d'État et de territoire, déroulé de la journée.",
        },
        {
            "time": "9h45",
            "title": "Coaching des équipes",
            "description": "Deux coachs passent de table en table : le drame (pourquoi), la solution (quoi), "
            "la mise en œuvre (comment).",
        },
        {"time": "12h30", "title": "Déjeuner", "description": ""},
        {"time": "14h00", "title": "Brief du jury", "description": ""},
        {
            "time": "14h30",
            "title": "Les pitchs",
            "description": "Environ 3 minutes de pitch et 5 minutes de questions par projet, devant toutes les équipes.",
        },
        {"time": "16h00", "title": "Délibération du jury", "description": ""},
        {"time": "17h00", "title": "Annonce des lauréats", "description": ""},
    ],
}

CRITERIA = [
    (
        "criterion",
        {"name": "Utilité pour les usagers", "description": "Le service rendu est-il amélioré ?", "weight": 3},
    ),
    ("criterion", {"name": "Faisabilité", "description": "Avec quels moyens, en combien de temps ?", "weight": 2}),
    (
        "criterion",
        {"name": "Caractère innovant", "description": "Existe-t-il déjà quelque chose de comparable ?", "weight": 2},
    ),
    (
        "criterion",
        {"name": "Essaimage", "description": "D'autres départements pourraient-ils s'en servir ?", "weight": 1},
    ),
]


def paris(*args):
    return datetime.datetime(*args, tzinfo=PARIS)


def ensure_call(index, slug, organisers, themes, **fields):
    call = ensure_page(index, IdeaCallPage, slug, **fields)
    changed = False
    if organisers and not call.organisers.exists():
        call.organisers.set(organisers)
        changed = True
    if themes and not call.themes.exists():
        call.themes.set(themes)
        changed = True
    if changed:
        call.save_revision().publish()
    return call


def ensure_idea(call, title, state, submitted_at, **fields):
    """Create the idea once, with the timeline of the road it took."""
    idea = Idea.objects.filter(call=call, title=title).first()
    if idea is not None:
        return idea
    idea = Idea.objects.create(
        call=call,
        title=title,
        state=state,
        submitted_at=submitted_at,
        state_changed_at=submitted_at,
        consent=True,
        **fields,
    )
    idea.assign_reference()
    idea.save(update_fields=["reference"])
    previous = S.DRAFT
    for step in PATHS[state]:
        log(idea, TRANSITION_ACTION, data={"from": previous, "to": step, "comment": ""})
        previous = step
    return idea


def load(stdout=None):
    index = ensure_page(
        home_page(),
        IdeaCallIndexPage,
        "appels-a-idees",
        title="Appels à idées",
        summary="Les appels à idées des départements : proposez une idée pour améliorer le service public, hors du cadre hiérarchique habituel.",
        show_in_menus=True,
    )
    grant_page_permissions(index, roles.COORDINATORS)
    themes = {name: IdeaTheme.objects.get_or_create(name=name)[0] for name in THEMES}
    organisations = {o.name: o for o in Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT)}
    forum_departements = [organisations[name] for name in (NORD, PDC, OISE, SOMME, VDO) if name in organisations]

    forum = ensure_call(
        index,
        "forum-interdepartemental-2019",
        forum_departements,
        [themes[name] for name in THEMES if name not in ("Logement", "Démocratie participative")],
        title="Forum interdépartemental de l'innovation publique 2019",
        summary="Cinq départements ont appelé leurs agents à proposer, hors du cadre hiérarchique habituel, des idées "
        "pour améliorer le service rendu aux usagers. 125 propositions, 15 projets pitchés à Amiens, 8 lauréats.",
        intro="<p>À l'automne 2018, le Nord, le Pas-de-Calais, l'Oise, la Somme et le Val-d'Oise ont chacun lancé un "
        "appel à idées auprès de leurs agents, dans une démarche d'intelligence collective. Chaque département a "
        "présélectionné trois projets, présentés au jury du premier forum interdépartemental, à Amiens.</p>",
        eligibility="<p>Tous les agents des cinq départements, quels que soient leur métier et leur catégorie, seuls "
        "ou en équipe de trois au plus.</p>",
        opens_at=paris(2018, 10, 1, 9, 0),
        closes_at=paris(2018, 12, 14, 18, 0),
        results_published_at=paris(2019, 11, 28, 17, 0),
        max_team_size=3,
        key_dates=[
            (
                "key_date",
                {
                    "label": "Présélection de trois projets par département",
                    "date": datetime.date(2019, 6, 28),
                    "description": "",
                },
            ),
            (
                "jury_day",
                {
                    "date": datetime.date(2019, 11, 28),
                    "location": "Hôtel du Département de la Somme, Amiens",
                    "description": "Le matin, coaching des équipes par l'incubateur beta.gouv.fr ; l'après-midi, "
                    "les pitchs devant un jury de treize élus, directeurs et agents des cinq départements.",
                    "programme": FORUM_PROGRAMME,
                },
            ),
            (
                "key_date",
                {
                    "label": "Fin de la pré-incubation des lauréats",
                    "date": datetime.date(2020, 2, 28),
                    "description": "Trois mois d'accompagnement pour obtenir des premiers résultats.",
                },
            ),
        ],
        criteria=CRITERIA,
    )
    for number, (title, departement, theme, state, summary) in enumerate(FORUM_2019_IDEAS):
        ensure_idea(
            forum,
            title,
            state,
            paris(2018, 11, 5 + number, 10, 0),
            departement=organisations.get(departement),
            theme=themes[theme],
            summary=summary,
        )

    pau_first = ensure_call(
        index,
        "intrapreneuriat-pau-promotion-1",
        [],
        [themes[name] for name in THEMES],
        title="Programme d'intrapreneuriat de Pau — première promotion",
        summary="La ville et l'agglomération de Pau invitent leurs agents qui constatent un problème sur le terrain "
        "à proposer leur solution. Une trentaine de dossiers, 10 présélectionnés, 3 projets incubés.",
        intro="<p>Avec l'aide de beta.gouv.fr, la nouvelle direction de la transformation et de l'innovation lance un "
        "programme d'intrapreneuriat : un questionnaire en ligne, une matinée de coaching, un jury, puis trois mois "
        "de pré-incubation à raison d'un jour par semaine et au moins six mois d'incubation.</p>",
        eligibility="<p>Tous les agents de la ville, de l'agglomération et du CCAS, quelle que soit leur catégorie, "
        "en équipe de 2 ou 3 personnes.</p>",
        opens_at=paris(2019, 1, 14, 9, 0),
        closes_at=paris(2019, 3, 1, 18, 0),
        results_published_at=paris(2019, 4, 15, 12, 0),
        max_team_size=3,
        criteria=CRITERIA,
    )
    pau_second = ensure_call(
        index,
        "intrapreneuriat-pau-promotion-2",
        [],
        [themes[name] for name in THEMES],
        title="Programme d'intrapreneuriat de Pau — deuxième promotion",
        summary="La deuxième promotion des startups publiques paloises : logement, précarité menstruelle, "
        "harcèlement scolaire.",
        opens_at=paris(2019, 9, 2, 9, 0),
        closes_at=paris(2019, 10, 18, 18, 0),
        results_published_at=paris(2019, 12, 10, 12, 0),
        max_team_size=3,
        criteria=CRITERIA,
    )
    for call, rows, month in ((pau_first, PAU_FIRST_IDEAS, 2), (pau_second, PAU_SECOND_IDEAS, 10)):
        for day, (title, theme, state, summary) in enumerate(rows, start=1):
            ensure_idea(call, title, state, paris(2019, month, day, 11, 0), theme=themes[theme], summary=summary)

    now = timezone.now()
    open_call = ensure_call(
        index,
        "appel-a-idees-ouvert",
        [organisations[name] for name in (SOMME, NORD) if name in organisations],
        [themes[name] for name in THEMES],
        title="Appel à idées : simplifier la vie des usagers",
        summary="La Somme et le Nord appellent leurs agents à proposer des idées pour rendre les démarches plus "
        "simples, l'accueil plus chaleureux et les services plus proches.",
        intro="<p>Vous voyez chaque jour ce qui complique la vie des usagers ou la vôtre ? Proposez une idée, seul "
        "ou en équipe, en suivant la structure d'un pitch : le problème, la solution, la mise en œuvre.</p>",
        eligibility="<p>Tous les agents des départements de la Somme et du Nord, en équipe de quatre au plus.</p>",
        opens_at=now - datetime.timedelta(days=14),
        closes_at=now + datetime.timedelta(days=60),
        max_team_size=4,
        key_dates=[
            (
                "key_date",
                {
                    "label": "Annonce des idées présélectionnées",
                    "date": (now + datetime.timedelta(days=80)).date(),
                    "description": "",
                },
            ),
            (
                "jury_day",
                {
                    "date": (now + datetime.timedelta(days=100)).date(),
                    "location": "Amiens",
                    "description": "Coaching le matin, pitchs l'après-midi.",
                    "programme": FORUM_PROGRAMME,
                },
            ),
        ],
        criteria=CRITERIA,
    )
    agent = get_user_model().objects.filter(email="agent@somme.fr").first()
    if agent is not None:
        ensure_idea(
            open_call,
            "Un simulateur des aides départementales",
            S.SUBMITTED,
            now - datetime.timedelta(days=3),
            created_by=agent,
            departement=organisations.get(SOMME),
            theme=themes["Accueil et relation aux usagers"],
            summary="Un simulateur en ligne pour que chaque usager sache en cinq minutes à quelles aides il peut "
            "prétendre, avant même de venir au guichet.",
            problem="Beaucoup d'usagers ne savent pas à quoi ils ont droit et renoncent.",
            solution="Un simulateur simple, en quelques questions.",
            implementation="Un prototype avec deux services pilotes, puis un test avec des usagers.",
            public_concerned="Les usagers des services sociaux et leurs accompagnants.",
        )
    return {"calls": index, "forum_2019": forum, "pau": pau_first, "open_call": open_call}
