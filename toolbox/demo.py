"""Demo toolbox (facts from ../shared/seeds/, in our own words): the methods the
network's départements use, and a few saved works in the demo agent's workspace."""

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.demo import ensure_page, home_page
from network.demo import link_methods as link_network_methods

from .models import (
    InnovationPhase,
    MethodDocument,
    MethodPage,
    Persona,
    PersonaSet,
    Pitch,
    RelatedMethod,
    ToolboxIndexPage,
    WorldCafePlan,
)


def step(title, minutes, description):
    return ("step", {"title": title, "duration_minutes": minutes, "description": description})


METHODS = [
    {
        "slug": "world-cafe",
        "title": "World café",
        "summary": "Des petites tables, des questions ouvertes et des tours successifs : les idées circulent d'une table à l'autre et tout le groupe construit ensemble.",
        "purpose": "Faire dialoguer un grand groupe (habitants, agents, partenaires) sur un sujet qui les concerne, recueillir beaucoup d'idées en peu de temps et faire émerger des priorités partagées. La communauté de communes du Pays Haut Val d'Alzette s'en est servie pour ses ateliers de co-construction avec des volontaires, et le laboratoire du Calvados l'utilise avec les directions qu'il accompagne.",
        "phases": ["comprendre", "imaginer"],
        "duration_minutes": 90,
        "participants_min": 12,
        "participants_max": 60,
        "difficulty": "intermediaire",
        "facilitator_needed": True,
        "companion_tool": "world_cafe",
        "materials": "Tables de 4 à 6 places\nNappes en papier ou grandes feuilles\nFeutres de couleur\nUne cloche ou un signal sonore\nUn support pour la restitution",
        "steps": [
            step(
                "Accueil et règles du jeu",
                10,
                "L'animateur présente le sujet, les questions et les règles : on écoute, on relie les idées, on écrit sur la nappe.",
            ),
            step(
                "Premier tour", 20, "Chaque table travaille la première question. L'hôte de table note ce qui se dit."
            ),
            step(
                "Changement de tables",
                3,
                "Les participants changent de table ; l'hôte reste et résume aux nouveaux arrivants ce qui a été dit.",
            ),
            step(
                "Deuxième et troisième tours",
                40,
                "Nouvelle question à chaque tour, ou même question approfondie. Les idées se croisent.",
            ),
            step(
                "Récolte collective",
                15,
                "Chaque hôte partage les idées fortes de sa table ; l'animateur regroupe et fait voter les priorités.",
            ),
        ],
        "tips": [
            (
                "tip",
                "Des questions ouvertes qui commencent par « comment » ou « qu'est-ce qui » : elles appellent des idées plutôt que des oui ou des non.",
            ),
            (
                "tip",
                "Désigner les hôtes à l'avance et leur expliquer leur rôle : résumer, relancer, ne pas monopoliser.",
            ),
            (
                "pitfall",
                "Oublier la récolte : sans restitution ni suite annoncée, les participants ont le sentiment d'avoir parlé pour rien.",
            ),
        ],
        "remote_variant": "En visioconférence, chaque table devient un sous-groupe et la nappe un tableau blanc partagé ; l'animateur réaffecte les participants entre les tours et garde les hôtes fixes.",
    },
    {
        "slug": "personas",
        "title": "Personas",
        "summary": "Dessiner quelques usagers types, avec leur situation, leurs besoins et leurs frustrations, pour concevoir un service en pensant à des personnes réelles.",
        "purpose": "Garder l'usager au cœur du projet. Au Pays Haut Val d'Alzette, les profils ont été construits en petits groupes dans chaque atelier puis validés par l'ensemble des participants, avant d'imaginer les services de la future plateforme.",
        "phases": ["comprendre", "imaginer"],
        "duration_minutes": 60,
        "participants_min": 3,
        "participants_max": 20,
        "difficulty": "facile",
        "facilitator_needed": False,
        "companion_tool": "persona",
        "materials": "Fiches personas imprimées\nDonnées sur les publics (statistiques, entretiens, retours du guichet)\nFeutres et post-it",
        "steps": [
            step(
                "Rassembler ce que l'on sait",
                10,
                "Chacun apporte ce qu'il sait des publics : chiffres, témoignages, situations vécues au guichet.",
            ),
            step(
                "Esquisser les profils",
                25,
                "En sous-groupes, remplir une fiche par persona : prénom, âge, situation, besoins, frustrations, objectifs, une phrase typique, canaux utilisés.",
            ),
            step(
                "Valider en plénière",
                15,
                "Chaque sous-groupe présente ses personas ; le groupe corrige, fusionne les doublons et garde trois à cinq profils contrastés.",
            ),
            step(
                "Afficher et utiliser",
                10,
                "Les cartes restent affichées pendant tout le projet : à chaque décision, se demander ce qu'en penserait chaque persona.",
            ),
        ],
        "tips": [
            (
                "tip",
                "Partir de faits observés plutôt que de clichés ; vérifier ensuite les profils auprès de vrais usagers.",
            ),
            (
                "pitfall",
                "Créer une persona « moyenne » qui ressemble à tout le monde et n'aide à trancher aucune décision.",
            ),
        ],
        "remote_variant": "Un modèle de fiche dans un document partagé, un sous-groupe par salle de visio, puis une mise en commun à l'écran.",
    },
    {
        "slug": "pitch-en-3-minutes",
        "title": "Pitch en 3 minutes",
        "summary": "Présenter un projet en trois minutes chrono, en trois temps : le drame (pourquoi), la solution (quoi), la mise en œuvre (comment).",
        "purpose": "Convaincre un jury, des élus ou une direction en peu de temps. Au forum interdépartemental d'Amiens, les quinze équipes présélectionnées ont été coachées le matin puis ont pitché l'après-midi : trois minutes de présentation, puis cinq minutes de questions du jury.",
        "phases": ["prototyper", "deployer"],
        "duration_minutes": 120,
        "participants_min": 1,
        "participants_max": 6,
        "difficulty": "intermediaire",
        "facilitator_needed": False,
        "companion_tool": "pitch",
        "materials": "Un chronomètre\nLe texte du pitch, une page au plus\nUn ou deux collègues qui jouent le jury",
        "steps": [
            step(
                "Le drame",
                20,
                "Écrire en quelques phrases le problème vécu par les usagers ou les agents : pour qui, combien, ce que cela coûte.",
            ),
            step("La solution", 20, "Dire ce qui est proposé, concrètement, et ce qui change pour l'usager."),
            step(
                "La mise en œuvre",
                20,
                "Expliquer comment : les étapes, les partenaires, les moyens, un premier test possible.",
            ),
            step(
                "Répétitions chronométrées",
                45,
                "Répéter à voix haute devant des collègues, chronomètre en main, jusqu'à tenir les trois minutes.",
            ),
            step(
                "Préparer les questions",
                15,
                "Lister les dix questions que le jury pourrait poser et se répartir les réponses dans l'équipe.",
            ),
        ],
        "tips": [
            ("tip", "Commencer par une situation vécue : le jury retient une histoire plus qu'un chiffre."),
            ("tip", "Environ 130 mots par minute : un pitch de trois minutes tient en moins de 400 mots."),
            ("pitfall", "Tout dire : trois minutes obligent à choisir. Ce qui manque viendra pendant les questions."),
        ],
        "remote_variant": "Répéter en visio avec la caméra allumée et un collègue qui chronomètre ; enregistrer une prise pour se réécouter.",
    },
    {
        "slug": "retrospective",
        "title": "Rétrospective",
        "summary": "Un temps court, à la fin d'un projet ou d'une étape, pour regarder ensemble ce qui a marché, ce qui a coincé et ce que l'on change.",
        "purpose": "Tirer les leçons d'un projet sans chercher de coupable et améliorer la façon de travailler de l'équipe. Le laboratoire du Calvados la pratique avec les directions pour faire des retours d'expérience sur leurs projets.",
        "phases": ["tester", "deployer"],
        "duration_minutes": 60,
        "participants_min": 3,
        "participants_max": 12,
        "difficulty": "facile",
        "facilitator_needed": True,
        "materials": "Un tableau en trois colonnes\nDes post-it de trois couleurs\nUne frise du projet",
        "steps": [
            step(
                "Poser le cadre",
                5,
                "Rappeler la règle : chacun a fait de son mieux avec ce qu'il savait ; on parle des situations, pas des personnes.",
            ),
            step("Refaire la frise", 10, "Reconstituer ensemble les grands moments du projet."),
            step(
                "Ce qui a marché, ce qui a coincé",
                20,
                "Chacun écrit en silence, puis colle ses post-it et les lit ; on regroupe par thème.",
            ),
            step(
                "Décider", 20, "Choisir deux ou trois changements concrets, chacun avec une personne qui s'en occupe."
            ),
            step("Clore", 5, "Un mot chacun sur son état d'esprit en sortant."),
        ],
        "tips": [
            ("tip", "La faire régulièrement, pas seulement quand un projet a échoué."),
            ("pitfall", "Repartir avec vingt actions : aucune ne sera faite."),
        ],
        "remote_variant": "Un tableau blanc en ligne en trois colonnes ; l'écriture silencieuse se fait en même temps, directement sur le tableau.",
    },
    {
        "slug": "falc",
        "title": "FALC : facile à lire et à comprendre",
        "summary": "Réécrire un document administratif selon des règles simples pour qu'il soit compris par tous, à commencer par ceux qui en ont le plus besoin.",
        "purpose": "Rendre accessible un courrier, un formulaire ou un appel d'offres. Le laboratoire d'innovation de la communauté urbaine de Dunkerque s'en est inspiré pour simplifier et réécrire les appels d'offres, afin d'ouvrir la commande publique aux entreprises locales.",
        "phases": ["prototyper", "tester"],
        "duration_minutes": 180,
        "participants_min": 2,
        "participants_max": 8,
        "difficulty": "avancee",
        "facilitator_needed": True,
        "materials": "Le document à réécrire\nLes règles européennes du facile à lire et à comprendre\nDes relecteurs qui sont les destinataires du document",
        "steps": [
            step(
                "Choisir le document",
                15,
                "Partir d'un document très utilisé qui pose problème : beaucoup d'appels, d'erreurs ou de dossiers incomplets.",
            ),
            step(
                "Repérer les obstacles",
                30,
                "Souligner les phrases longues, le jargon, les sigles, les doubles négations.",
            ),
            step(
                "Réécrire",
                90,
                "Une idée par phrase, des mots courants, la voix active, des exemples, une mise en page aérée.",
            ),
            step(
                "Tester avec les destinataires",
                45,
                "Faire lire la nouvelle version à des personnes concernées et corriger ce qu'elles n'ont pas compris.",
            ),
        ],
        "tips": [
            ("tip", "Associer le service juridique dès le début : on simplifie la forme, pas le droit."),
            ("pitfall", "Relire entre experts seulement : ce sont les destinataires qui disent si c'est compris."),
        ],
        "remote_variant": "Réécriture à plusieurs dans un document partagé, puis tests de compréhension par téléphone.",
    },
    {
        "slug": "maquettage-et-prototypage",
        "title": "Maquettage et prototypage",
        "summary": "Fabriquer vite une version grossière d'une idée (carton, dessin, vidéo, objet) pour la montrer, la tester et l'améliorer avant d'investir.",
        "purpose": "Rendre une idée concrète pour en discuter et la tester avec les usagers. À Dunkerque, le laboratoire a filmé et commenté une maquette de la déchetterie de demain, et fait fabriquer dans les ateliers de la collectivité un prototype grandeur nature d'une poubelle de tri pour les espaces naturels.",
        "phases": ["prototyper", "tester"],
        "duration_minutes": 150,
        "participants_min": 3,
        "participants_max": 15,
        "difficulty": "intermediaire",
        "facilitator_needed": False,
        "materials": "Carton, papier, ciseaux, ruban adhésif\nFeutres\nUn téléphone pour filmer\nL'accès à un atelier ou un fab lab si possible",
        "steps": [
            step(
                "Choisir ce qu'on veut apprendre",
                15,
                "Formuler la question à laquelle le prototype doit répondre : l'usager comprend-il ? s'en sert-il ?",
            ),
            step(
                "Fabriquer vite",
                60,
                "En petits groupes, construire la version la plus simple qui permet de répondre à la question.",
            ),
            step(
                "Montrer et tester",
                45,
                "Présenter le prototype à des usagers ou à des collègues et observer sans expliquer.",
            ),
            step("Améliorer", 30, "Noter ce qui a surpris et décider de la version suivante."),
        ],
        "tips": [
            ("tip", "Plus c'est grossier, plus les gens osent critiquer : c'est ce qu'on cherche."),
            ("pitfall", "S'attacher à son prototype au point de ne plus écouter les retours."),
        ],
        "remote_variant": "Maquettes dessinées ou montées en diaporama cliquable, présentées en partage d'écran.",
    },
    {
        "slug": "debat-mouvant",
        "title": "Débat mouvant",
        "summary": "Une affirmation volontairement tranchée, deux côtés de la salle : chacun se place selon son avis, argumente, et peut changer de camp.",
        "purpose": "Lancer une journée, faire émerger les arguments et les nuances d'un sujet qui divise, mettre tout le monde en mouvement. La 27e Région a ouvert une rencontre des Départements avec l'affirmation « Innover, ça commence avec les élus ».",
        "phases": ["comprendre"],
        "duration_minutes": 30,
        "participants_min": 10,
        "participants_max": 60,
        "difficulty": "facile",
        "facilitator_needed": True,
        "materials": "Une salle dégagée\nDeux panneaux « d'accord » et « pas d'accord »",
        "steps": [
            step(
                "Énoncer l'affirmation", 2, "L'animateur lit une phrase tranchée, qui ne laisse personne indifférent."
            ),
            step("Se positionner", 3, "Chacun se place d'un côté de la salle ; pas de milieu possible."),
            step(
                "Argumenter",
                20,
                "À tour de rôle, un camp puis l'autre avance un argument. Qui est convaincu change de côté.",
            ),
            step(
                "Conclure", 5, "L'animateur résume les arguments et les nuances qui ont fait bouger les participants."
            ),
        ],
        "tips": [
            (
                "pitfall",
                "Une affirmation trop consensuelle : tout le monde se retrouve du même côté et le débat tombe à plat.",
            )
        ],
        "remote_variant": "Un sondage à deux réponses, relancé après chaque argument, avec la parole donnée tour à tour à chaque camp.",
    },
    {
        "slug": "pecha-kucha",
        "title": "Pecha kucha",
        "summary": "Présenter un projet en quelques diapositives qui défilent toutes seules, au même rythme : court, vivant, et tout le monde passe.",
        "purpose": "Partager beaucoup de projets en peu de temps sans laisser personne déborder. Lors de la « moisson de projets » de La 27e Région, chaque Département a présenté un projet d'innovation en cinq diapositives et cinq minutes, ou presque.",
        "phases": ["comprendre", "deployer"],
        "duration_minutes": 60,
        "participants_min": 5,
        "participants_max": 80,
        "difficulty": "facile",
        "facilitator_needed": False,
        "materials": "Un vidéoprojecteur\nLes diaporamas préparés à l'avance, avec défilement automatique",
        "steps": [
            step(
                "Préparer",
                30,
                "Chaque intervenant prépare cinq diapositives, surtout des images, réglées pour défiler à intervalle fixe.",
            ),
            step(
                "Enchaîner les présentations",
                25,
                "Les présentations se suivent sans pause ; le défilement impose le rythme.",
            ),
            step("Échanger", 5, "Un temps court de questions à la fin, ou des échanges libres à la pause."),
        ],
        "tips": [
            (
                "tip",
                "Répéter une fois avec le défilement automatique : on découvre vite ce qui ne tient pas dans le temps.",
            )
        ],
        "remote_variant": "L'animateur partage son écran et fait défiler toutes les présentations ; les intervenants parlent à tour de rôle.",
    },
    {
        "slug": "atelier-de-co-construction",
        "title": "Atelier de co-construction",
        "summary": "Réunir régulièrement usagers, professionnels et associations autour d'un thème pour décider ensemble de ce qu'il faut faire en priorité.",
        "purpose": "Associer les habitants à un projet de territoire dès le départ. Au Pays Haut Val d'Alzette, un appel à volontaires a réuni chaque mercredi de 10 à 30 personnes autour d'un thème (environnement, déchets, sport, culture, santé, mobilité) ; neuf ateliers ont permis de hiérarchiser les chantiers, avec les partenaires techniques pour juger de la faisabilité.",
        "phases": ["comprendre", "imaginer", "deployer"],
        "duration_minutes": 150,
        "participants_min": 10,
        "participants_max": 30,
        "difficulty": "avancee",
        "facilitator_needed": True,
        "materials": "Une salle modulable\nDes supports d'animation adaptés à la méthode choisie (world café, personas…)\nUn compte rendu partagé après chaque séance",
        "steps": [
            step(
                "Mobiliser",
                30,
                "Lancer un appel à volontaires par la presse et les réseaux sociaux, en précisant le thème et le calendrier.",
            ),
            step(
                "Partager le constat",
                20,
                "Présenter le sujet et ce que la collectivité sait déjà, sans présenter de solution toute faite.",
            ),
            step(
                "Produire ensemble",
                75,
                "Une méthode d'animation adaptée au thème : world café, personas, cartes d'idées…",
            ),
            step(
                "Prioriser et restituer",
                25,
                "Voter les priorités, dire ce qui sera fait, par qui et quand, et l'écrire dans le compte rendu.",
            ),
        ],
        "tips": [
            ("tip", "Faire venir les partenaires techniques : ils disent tout de suite ce qui est faisable."),
            ("pitfall", "Consulter sans rendre compte : les volontaires ne reviennent pas."),
        ],
        "remote_variant": "Des ateliers en ligne plus courts (1 h 30) et un espace de contribution ouvert entre deux séances.",
    },
    {
        "slug": "cartes-du-lab",
        "title": "Cartes du lab",
        "summary": "Un jeu de cartes pour dresser le portrait d'une démarche d'innovation : visions et valeurs, activités, méthodes, organisation, gouvernance.",
        "purpose": "Aider une équipe ou une collectivité à décrire et comparer sa façon d'innover. Lors de la rencontre animée par La 27e Région, chaque Département a dressé avec ces cartes le portrait-robot de sa démarche d'innovation.",
        "phases": ["comprendre", "imaginer"],
        "duration_minutes": 75,
        "participants_min": 3,
        "participants_max": 30,
        "difficulty": "facile",
        "facilitator_needed": False,
        "materials": "Un jeu de cartes par équipe\nUn grand plateau en cinq zones : vision et valeurs, activités, méthodes, organisation, gouvernance",
        "steps": [
            step("Découvrir les cartes", 10, "Chaque équipe parcourt le jeu et écarte ce qui ne la concerne pas."),
            step(
                "Dresser le portrait",
                40,
                "Placer les cartes sur les cinq zones du plateau, en ajoutant ses propres cartes si besoin.",
            ),
            step(
                "Comparer", 25, "Chaque équipe présente son portrait ; on relève les points communs et les différences."
            ),
        ],
        "tips": [("tip", "Prendre le plateau en photo : il sert de point de départ pour la suite.")],
        "remote_variant": "Les cartes sous forme d'étiquettes sur un tableau blanc en ligne.",
    },
    {
        "slug": "parcours-usager",
        "title": "Parcours usager",
        "summary": "Suivre pas à pas ce que vit un usager pour obtenir un service, de la première information à la fin de la démarche, et repérer les points de friction.",
        "purpose": "Voir le service avec les yeux de l'usager et trouver où agir. Utile avant de réécrire un courrier, de réorganiser un accueil ou de créer un service en ligne, en s'appuyant sur des personas et sur l'immersion auprès des usagers.",
        "phases": ["comprendre", "imaginer"],
        "duration_minutes": 120,
        "participants_min": 3,
        "participants_max": 12,
        "difficulty": "intermediaire",
        "facilitator_needed": True,
        "materials": "Une grande bande de papier au mur\nDes post-it de couleurs\nLes personas du projet",
        "steps": [
            step(
                "Choisir l'usager et la démarche",
                10,
                "Partir d'une persona et d'une démarche précise, avec un début et une fin.",
            ),
            step(
                "Tracer les étapes", 40, "Noter chaque étape vécue, les canaux utilisés et les personnes rencontrées."
            ),
            step(
                "Noter les émotions et les frictions",
                30,
                "À chaque étape : ce que l'usager pense, ressent, ce qui le bloque.",
            ),
            step(
                "Choisir où agir", 40, "Repérer les deux ou trois moments les plus douloureux et imaginer des pistes."
            ),
        ],
        "tips": [
            (
                "tip",
                "Vérifier le parcours sur le terrain : suivre un usager, appeler le standard, remplir le formulaire soi-même.",
            ),
            ("pitfall", "Décrire le parcours tel que l'administration l'a prévu, et non tel qu'il est vécu."),
        ],
        "remote_variant": "Une frise sur un tableau blanc en ligne et, si possible, des entretiens téléphoniques avec des usagers.",
    },
]

RELATED = {
    "world-cafe": ["atelier-de-co-construction", "debat-mouvant"],
    "personas": ["parcours-usager", "atelier-de-co-construction"],
    "pitch-en-3-minutes": ["pecha-kucha"],
    "maquettage-et-prototypage": ["falc", "parcours-usager"],
    "retrospective": ["cartes-du-lab"],
}


TEMPLATES = {
    "personas": (
        "Fiche persona à imprimer",
        "fiche-persona.txt",
        "FICHE PERSONA\n\nPrénom : ..........  Âge : ..........\n\nSituation :\n\nBesoins :\n\n"
        "Frustrations :\n\nObjectifs :\n\nCe qu'elle ou il pourrait dire : « ... »\n\n"
        "Canaux utilisés (guichet, téléphone, site, courrier) :\n",
    ),
    "pitch-en-3-minutes": (
        "Grille de préparation du pitch",
        "grille-pitch.txt",
        "PITCH EN 3 MINUTES\n\n1. Le drame (pourquoi) : quel problème, pour qui, ce qu'il coûte.\n\n"
        "2. La solution (quoi) : ce que nous proposons, ce qui change pour l'usager.\n\n"
        "3. La mise en œuvre (comment) : étapes, partenaires, moyens, premier test.\n\n"
        "Repère : environ 130 mots par minute, soit moins de 400 mots pour 3 minutes.\n",
    ),
    "world-cafe": (
        "Consignes pour les hôtes de table",
        "consignes-hotes-world-cafe.txt",
        "WORLD CAFÉ : LE RÔLE DE L'HÔTE\n\n- Vous restez à votre table pendant tous les tours.\n"
        "- Vous accueillez les nouveaux venus et résumez en deux minutes ce qui s'est dit.\n"
        "- Vous relancez, vous ne monopolisez pas.\n- Vous notez les idées sur la nappe.\n"
        "- À la récolte, vous présentez les trois idées fortes de votre table.\n",
    ),
}


def ensure_templates(methods):
    """Downloadable templates: Wagtail documents linked to their method."""
    document_model = get_document_model()
    for slug, (title, filename, text) in TEMPLATES.items():
        document = document_model.objects.filter(title=title).first()
        if document is None:
            document = document_model(title=title)
            document.file.save(filename, ContentFile(text.encode()), save=False)
            document.save()
        MethodDocument.objects.get_or_create(page=methods[slug], document=document)


def ensure_phases():
    for order, (code, _label) in enumerate(InnovationPhase.Code.choices):
        InnovationPhase.objects.get_or_create(code=code, defaults={"sort_order": order})


def ensure_method(index, data):
    data = dict(data)
    phases = data.pop("phases")
    slug = data.pop("slug")
    existing = index.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = MethodPage(slug=slug, **data)
    index.add_child(instance=page)
    page.phases.set(InnovationPhase.objects.filter(code__in=phases))
    page.save_revision().publish()
    return page


def ensure_workspace(user):
    """A few saved works, so that « Mon espace » shows what the tools produce."""
    Pitch.objects.get_or_create(
        owner=user,
        title="Un album de vie pour les enfants confiés",
        defaults={
            "drama": "Un enfant confié à l'aide sociale à l'enfance change souvent de lieu d'accueil. Les photos, les dessins, les souvenirs de ses premières années se perdent en route. Devenu adulte, il ne sait pas qui s'est occupé de lui ni à quoi il ressemblait.",
            "solution": "Un album de vie, tenu par les professionnels et les familles d'accueil tout au long du parcours : des photos, des étapes, des mots de ceux qui l'ont accompagné. L'album suit l'enfant, quel que soit son lieu d'accueil.",
            "implementation": "Nous commençons avec trois maisons d'enfants volontaires, un modèle d'album simple et une demi-journée de formation. Au bout de six mois, nous faisons le point avec les enfants, les équipes et les familles, avant d'étendre au département.",
        },
    )
    personas, created = PersonaSet.objects.get_or_create(
        owner=user,
        title="Atelier accueil des usagers",
        defaults={"context": "Repenser l'accueil de la maison départementale des solidarités."},
    )
    if created:
        Persona.objects.bulk_create(
            [
                Persona(
                    persona_set=personas,
                    name="Nadia",
                    age_range="30-40 ans",
                    situation="Mère seule de deux enfants, travaille en horaires décalés.",
                    needs="Obtenir un rendez-vous sans poser de demi-journée.",
                    frustrations="Le standard sonne occupé ; les courriers sont difficiles à comprendre.",
                    goals="Faire valoir ses droits rapidement.",
                    quote="Je n'ai jamais le temps d'appeler aux heures d'ouverture.",
                    channels="Téléphone, SMS, site internet",
                    sort_order=0,
                ),
                Persona(
                    persona_set=personas,
                    name="Roger",
                    age_range="75-85 ans",
                    situation="Retraité, vit seul en zone rurale, ne conduit plus.",
                    needs="Être accompagné pour ses démarches d'autonomie.",
                    frustrations="Tout se fait en ligne ; le bus ne passe que deux fois par jour.",
                    goals="Rester chez lui le plus longtemps possible.",
                    quote="Je préfère parler à quelqu'un en face.",
                    channels="Courrier, visite à domicile, téléphone fixe",
                    sort_order=1,
                ),
            ]
        )
    WorldCafePlan.objects.get_or_create(
        owner=user,
        title="World café : la mobilité des agents",
        defaults={
            "participants": 24,
            "table_size": 6,
            "total_minutes": 90,
            "harvest_minutes": 15,
            "questions": "Qu'est-ce qui rend vos trajets difficiles aujourd'hui ?\nQu'est-ce qui vous ferait changer de mode de transport ?\nQue pourrait tester le Département dès le mois prochain ?",
            "hosts": "Camille\nSamir\nLéa",
            "harvest": "Chaque hôte présente trois idées ; vote par gommettes ; compte rendu envoyé sous huit jours.",
        },
    )


def load(stdout=None):
    index = ensure_page(
        home_page(),
        ToolboxIndexPage,
        "boite-a-outils",
        title="Boîte à outils",
        summary="Des méthodes éprouvées dans le réseau pour comprendre, imaginer, prototyper et tester avec les usagers.",
        show_in_menus=True,
    )
    ensure_phases()
    methods = {data["slug"]: ensure_method(index, data) for data in METHODS}
    for slug, related in RELATED.items():
        page = methods[slug]
        for order, other in enumerate(related):
            RelatedMethod.objects.get_or_create(page=page, method=methods[other], defaults={"sort_order": order})
    ensure_templates(methods)
    agent = get_user_model().objects.filter(email="agent@somme.fr").first()
    if agent is not None:
        ensure_workspace(agent)
    # The network demo ran before the methods existed: link its teams and people now.
    link_network_methods()
    return {"toolbox": index, "methods": methods}
