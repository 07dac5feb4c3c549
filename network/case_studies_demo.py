"""Demo case studies: one per project the seed articles describe in enough
detail (facts from ../shared/seeds/, told in our own words). Idempotent: a
case study that exists (by slug) is left as editors changed it."""

import json

from django.apps import apps
from django.db.models import Q

from home import roles
from home.roles import grant_page_permissions

from .models import CaseStudyIndexPage, CaseStudyPage, Organisation, PersonProfile, PolicyArea

POLICY_AREAS = {
    "cantines": ("Restauration scolaire et collèges", "Cantines, bâtiments et vie des collèges."),
    "solidarites": ("Solidarités et insertion", "RSA, accès aux droits, accueil social."),
    "enfance": ("Protection de l'enfance", "Aide sociale à l'enfance, familles, parentalité."),
    "commande": ("Commande publique", "Marchés publics, achats, relations avec les entreprises."),
    "dechets": ("Environnement et déchets", "Tri, compost, propreté des espaces naturels."),
    "territoire": ("Aménagement et territoire intelligent", "Données, capteurs, services urbains."),
    "transformation": ("Transformation de l'action publique", "Organisation, méthodes, culture de l'innovation."),
    "democratie": ("Démocratie participative", "Associer les habitants aux décisions."),
    "logement": ("Logement", "Habitat indigne, précarité énergétique, propriétaires."),
    "sante": ("Santé", "Prévention et santé publique."),
    "jeunesse": ("Éducation et jeunesse", "Élèves, collèges, vie scolaire."),
    "autonomie": ("Autonomie et personnes âgées", "Isolement, maintien à domicile, lien social."),
}

# Methods are looked up by slug or title; a method the toolbox does not have
# (yet) is skipped.
METHODS = {
    "pitch": ("pitch", "Pitch"),
    "world-cafe": ("world-cafe", "World café"),
    "personas": ("personas", "Personas"),
    "falc": ("falc", "Facile à lire et à comprendre (FALC)"),
    "retrospective": ("retrospective", "Rétrospective"),
    "prototypage": ("prototypage", "Prototypage"),
    "design-de-service": ("design-de-service", "Design de service"),
    "hackathon": ("hackathon", "Hackathon"),
    "autodiagnostic": ("autodiagnostic", "Autodiagnostic de la capacité à innover"),
    "immersion": ("immersion", "Immersion"),
    "test-and-learn": ("test-and-learn", "Test and learn"),
}


def figures(heading, *pairs):
    return [
        {
            "type": "key_figures",
            "value": {"heading": heading, "figures": [{"value": v, "label": lbl} for v, lbl in pairs]},
        }
    ]


def paragraphs(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)


CASE_STUDIES = [
    {
        "slug": "cuisiner-autrement-cantines-colleges-somme",
        "title": "Cuisiner autrement dans les cantines des collèges de la Somme",
        "summary": "Deux chefs de cuisine de collège fédèrent les 48 cantines du département pour acheter ensemble aux producteurs locaux, cuisiner du fait maison et jeter beaucoup moins.",
        "organisations": ["Département de la Somme"],
        "departement_number": "80",
        "territory": "Les 48 collèges publics de la Somme",
        "year": 2019,
        "policy_area": "cantines",
        "innovation_type": "organisation",
        "stage": "experimentation",
        "methods": ["pitch"],
        "tags": ["circuits courts", "gaspillage alimentaire", "achats groupés", "collèges", "bio"],
        "partners": "Producteurs et éleveurs du département\nIncubateur des services numériques de l'État (beta.gouv.fr)",
        "problem": paragraphs(
            "Chaque chef cuisinait seul dans sa cuisine, achetait seul et jetait trop : sur 33 kilos de bœuf achetés, 11 partaient à la poubelle.",
            "Les produits locaux et bio restaient rares dans les assiettes des collégiens, faute d'organisation commune avec les producteurs.",
        ),
        "approach": paragraphs(
            "Deux chefs de cuisine ont d'abord créé, avec les moyens du bord, un groupe de discussion entre collègues pour se répartir les commandes et partager leurs recettes.",
            "Ils groupent désormais les achats de viande (bœuf, veau, porc), de légumes et de crèmerie auprès de producteurs proches, et choisissent des bêtes à viande plutôt que des animaux de réforme.",
            "Le projet, numéro 12 de l'appel à idées de la Somme, a été présélectionné pour le forum interdépartemental d'Amiens et retenu parmi les huit lauréats.",
        ),
        "results": figures(
            "En chiffres",
            ("48", "cantines de collège concernées"),
            ("11 kg sur 33", "de bœuf jetés avant le projet"),
            ("100 %", "local pour le burger, pain et farine compris"),
        ),
        "what_worked": paragraphs(
            "Le projet a existé avant toute sélection : des menus entièrement locaux et des entrecôtes au collège montrent ce que permet l'achat groupé."
        ),
        "what_did_not_work": paragraphs(
            "Un groupe de messagerie privé ne suffit pas à coordonner 48 cuisines : les chefs demandent un outil fourni par la collectivité."
        ),
        "next_steps": paragraphs(
            "Pré-incubation de trois mois avec des coachs de beta.gouv.fr, puis un outil de coordination des commandes ; à terme, susciter des vocations agricoles chez les élèves."
        ),
        "idea_title": "cuisiner autrement",
    },
    {
        "slug": "trouver-le-bon-interlocuteur-social-nord",
        "title": "Trouver le bon interlocuteur social au Département du Nord",
        "summary": "Deux juristes du Nord proposent un outil qui oriente chaque usager vers la bonne personne du Département, pour lutter contre le non-recours au RSA. Premier prix du forum d'Amiens.",
        "organisations": ["Département du Nord"],
        "departement_number": "59",
        "territory": "Les directions territoriales de l'action sociale du Nord",
        "year": 2019,
        "policy_area": "solidarites",
        "innovation_type": "numerique",
        "stage": "experimentation",
        "methods": ["pitch"],
        "tags": ["RSA", "non-recours", "accès aux droits", "orientation des usagers"],
        "partners": "Incubateur des services numériques de l'État (beta.gouv.fr)",
        "problem": paragraphs(
            "Plus d'un tiers des personnes qui pourraient toucher le RSA ne le demandent pas.",
            "Souvent, une situation se débloque dès qu'on sait à qui s'adresser, mais l'organisation du Département est difficile à lire de l'extérieur.",
        ),
        "approach": paragraphs(
            "Les porteuses et porteurs du projet imaginent une interface où l'usager se situe sur une carte et trouve l'interlocuteur compétent près de chez lui.",
            "Le projet a été préparé le matin du forum avec des coachs de beta.gouv.fr, puis présenté en trois minutes devant un jury de treize personnes.",
        ),
        "results": figures(
            "En chiffres",
            ("36 %", "des ayants droit ne demandent pas le RSA"),
            ("1er", "prix du jury du forum interdépartemental"),
        ),
        "what_worked": paragraphs(
            "Partir d'un chiffre fort et d'un problème vécu chaque jour par les agents a convaincu le jury."
        ),
        "what_did_not_work": paragraphs(
            "Trois minutes de présentation, c'est court : il a fallu renoncer à présenter le détail de l'outil pour garder le problème au centre."
        ),
        "next_steps": paragraphs(
            "Trois mois de pré-incubation pour tester un premier prototype avec des usagers et des travailleurs sociaux."
        ),
        "idea_title": "bon interlocuteur",
    },
    {
        "slug": "album-de-vie-enfants-ase",
        "title": "Un album de vie pour les enfants confiés à l'aide sociale à l'enfance",
        "summary": "Trois professionnelles de l'enfance veulent que chaque mineur confié à l'ASE garde une trace de son histoire : qui s'est occupé de lui, quand, et pourquoi.",
        "organisations": ["Département de la Somme"],
        "departement_number": "80",
        "territory": "Les services de protection de l'enfance de la Somme",
        "year": 2019,
        "policy_area": "enfance",
        "innovation_type": "sociale",
        "stage": "experimentation",
        "methods": ["pitch", "personas"],
        "tags": ["ASE", "récit de vie", "protection de l'enfance"],
        "partners": "Incubateur des services numériques de l'État (beta.gouv.fr)",
        "problem": paragraphs(
            "Un bébé né sous le secret reçoit un album qui raconte les personnes qui ont pris soin de lui. Les enfants plus grands, placés parfois plusieurs fois, n'ont rien de tel.",
            "Or pouvoir raconter son histoire compte beaucoup dans la construction de soi.",
        ),
        "approach": paragraphs(
            "Systématiser l'album de vie et sa conservation pour tous les mineurs confiés, avec un support numérique qui suive l'enfant d'un lieu d'accueil à l'autre.",
            "Projet numéro 10 de la Somme, lauréat du forum interdépartemental de novembre 2019.",
        ),
        "results": figures("En chiffres", ("8", "lauréats au forum, dont ce projet"), ("3 mois", "de pré-incubation")),
        "what_worked": paragraphs(
            "Une innovation qui n'est pas d'abord technologique : le besoin est humain, le numérique n'est qu'un support."
        ),
        "what_did_not_work": paragraphs(
            "Les questions de conservation et de confidentialité des données des enfants restent à instruire avec les juristes."
        ),
        "next_steps": paragraphs(
            "Tester l'album avec quelques familles d'accueil et maisons d'enfants, puis décider du support."
        ),
        "idea_title": "album de vie",
    },
    {
        "slug": "commande-publique-facile-a-lire-dunkerque",
        "title": "Une commande publique facile à lire pour relancer l'économie locale",
        "summary": "Le laboratoire d'innovation interne de Dunkerque a réécrit les appels d'offres en langage clair et imaginé une carte des entreprises locales, pour que les PME du territoire répondent davantage aux marchés publics.",
        "organisations": ["Ville de Dunkerque"],
        "departement_number": "59",
        "territory": "Communauté urbaine de Dunkerque",
        "year": 2020,
        "policy_area": "commande",
        "innovation_type": "organisation",
        "stage": "experimentation",
        "methods": ["falc", "prototypage"],
        "tags": ["FALC", "commande publique", "économie locale", "laboratoire d'innovation"],
        "partners": "La 27e Région\nService des marchés publics de la communauté urbaine",
        "problem": paragraphs(
            "Les dossiers de consultation sont si techniques que beaucoup d'entreprises du territoire renoncent à répondre.",
            "Au sortir du premier confinement, une question s'ajoute : la commande publique peut-elle aider à relancer l'économie locale, sans favoriser personne ?",
        ),
        "approach": paragraphs(
            "En quatre mois, le laboratoire a fait un diagnostic avec le service des marchés, puis a simplifié et réécrit des appels d'offres en s'inspirant des règles du « facile à lire et à comprendre ».",
            "Il a proposé des critères qui reflètent le coût réel, comme le prix de la livraison pour les denrées, et imaginé une carte des entreprises par marché, avec une recherche par mots-clés, construite à partir de données ouvertes.",
            "Les séances utilisaient un outil collaboratif sur smartphone pour les nuages de mots et les murs de post-it virtuels.",
        ),
        "results": figures(
            "En chiffres",
            ("4 mois", "de travail du laboratoire"),
            ("15 km ou 200 km", "la distance pèse sur le coût de livraison"),
        ),
        "what_worked": paragraphs(
            "Le laboratoire a remis un portfolio qui retrace son raisonnement, ce qu'il a testé, comment, et ce qui a marché ou non."
        ),
        "what_did_not_work": paragraphs(
            "Le laboratoire propose, le service décide : la suite dépend du service des marchés publics, qui doit s'approprier les pistes."
        ),
        "next_steps": paragraphs(
            "Fiabiliser les données des entreprises pour la carte et tester un premier dossier de consultation réécrit."
        ),
    },
    {
        "slug": "dechets-laboratoire-interne-dunkerque",
        "title": "Les déchets, aujourd'hui et demain : trois cas pour le labo de Dunkerque",
        "summary": "Formés pendant 18 mois avec La 27e Région, des agents volontaires ont travaillé sur la déchetterie de demain, les déchets dans la nature et ceux des bureaux, et fabriqué leurs propres prototypes.",
        "organisations": ["Ville de Dunkerque"],
        "departement_number": "59",
        "territory": "Communauté urbaine de Dunkerque, du lac de Téteghem aux bureaux de l'administration",
        "year": 2019,
        "policy_area": "dechets",
        "innovation_type": "service",
        "stage": "experimentation",
        "methods": ["prototypage", "immersion"],
        "tags": ["déchets", "tri", "prototype", "laboratoire d'innovation", "zéro poubelle"],
        "partners": "La 27e Région\nCommunes, Conservatoire du littoral, associations\nFab lab de la communauté urbaine",
        "problem": paragraphs(
            "Comment trier mieux à la déchetterie, dans les espaces naturels et au bureau, quand chacun de ces lieux a ses propres usagers et contraintes ?"
        ),
        "approach": paragraphs(
            "Le laboratoire, rattaché à la direction générale mais installé un an dans la direction concernée, devait consacrer deux jours par mois pendant trois mois à chaque cas.",
            "Déchetterie de demain : une maquette filmée et commentée, et un prototype d'application qui dit quoi faire d'un déchet qu'on scanne.",
            "Déchets dans la nature : une zone « zéro poubelle » au lac de Téteghem, une poubelle triangulaire à trois flux fabriquée dans les ateliers de la collectivité, et des pochoirs de sensibilisation au sol en français, anglais et néerlandais.",
        ),
        "results": figures(
            "En chiffres",
            ("3", "cas pratiques"),
            ("20", "poubelles de tri fabriquées par une association"),
            ("3", "langues sur les pochoirs « ici commence la mer »"),
        ),
        "what_worked": paragraphs(
            "Un prototype à taille réelle, fabriqué avec les collègues des ateliers, a convaincu le directeur des espaces et trouvé une suite associative."
        ),
        "what_did_not_work": paragraphs(
            "Le confinement a stoppé le travail : le nouveau couvercle des poubelles de bureau, avec une fente pour le papier et un rond pour les gobelets, n'a pas été mené à son terme."
        ),
        "next_steps": paragraphs(
            "Installer les poubelles de tri dans les espaces naturels et au festival de musique de l'agglomération."
        ),
    },
    {
        "slug": "co-construction-territoire-intelligent-pays-haut-val-d-alzette",
        "title": "Co-construire le territoire connecté avec les habitants du Pays Haut Val d'Alzette",
        "summary": "Avant d'installer des capteurs, la communauté de communes a demandé aux habitants ce qui comptait : neuf ateliers en world café et personas ont fixé les priorités de sa plateforme de données.",
        "organisations": ["Communauté de communes du Pays Haut Val d'Alzette"],
        "departement_number": "57",
        "territory": "8 communes et 30 000 habitants à la frontière luxembourgeoise, opération d'intérêt national",
        "year": 2019,
        "policy_area": "territoire",
        "innovation_type": "participation",
        "stage": "deploiement",
        "methods": ["world-cafe", "personas"],
        "tags": ["co-construction", "smart city", "données ouvertes", "capteurs", "intelligence collective"],
        "partners": "Capgemini\nBouygues Energies & Services\nSuez",
        "problem": paragraphs(
            "Le territoire veut doubler sa population en vingt ans. Les technologies de la ville connectée n'ont de sens que si elles répondent aux priorités de ceux qui y vivent."
        ),
        "approach": paragraphs(
            "Début 2019, la communauté signe le premier partenariat d'innovation de France pour une plateforme de gestion des données.",
            "Après un appel à volontaires dans la presse et sur les réseaux sociaux, de 10 à 30 personnes se retrouvent chaque mercredi autour d'un thème : environnement, déchets, sport, culture, santé, mobilité.",
            "Les ateliers, animés avec les partenaires, alternent world café et construction de personas en petits groupes, validés ensuite par tous.",
        ),
        "results": figures(
            "En chiffres",
            ("9", "ateliers de co-construction"),
            ("10 à 30", "participants par atelier"),
            ("8", "communes"),
        ),
        "what_worked": paragraphs(
            "La méthode a gagné l'administration elle-même et les communes ; l'image de la collectivité a changé. Les habitants ont ensuite conçu le plan de gestion des déchets, dans le seul cadre du droit et du budget."
        ),
        "what_did_not_work": paragraphs(
            "Les partenaires techniques doivent pouvoir dire tôt ce qui est faisable, sinon les propositions restent hors d'atteinte."
        ),
        "next_steps": paragraphs(
            "Des capteurs (qualité de l'eau et de l'air, flux de véhicules, attente à la déchetterie) alimenteront en données ouvertes un portail citoyen."
        ),
    },
    {
        "slug": "autodiagnostic-capacite-a-innover-nancy",
        "title": "Mesurer la capacité à innover d'une collectivité : l'autodiagnostic de Nancy",
        "summary": "La Ville de Nancy a adapté avec l'université de Lorraine un outil d'autodiagnostic conçu pour les PME : six compétences, 21 sous-pratiques, cinq niveaux, et des faits pour chaque réponse.",
        "organisations": ["Ville de Nancy"],
        "departement_number": "54",
        "territory": "Ville de Nancy, puis d'autres collectivités du Grand Est",
        "year": 2020,
        "policy_area": "transformation",
        "innovation_type": "organisation",
        "stage": "essaimage",
        "methods": ["autodiagnostic"],
        "tags": ["autodiagnostic", "capacité à innover", "culture de l'innovation", "université"],
        "partners": "Équipe de recherche sur les processus innovatifs (ERPI), université de Lorraine\nTerritoria\nMetz Métropole\nDépartement de la Meuse",
        "problem": paragraphs(
            "Après une démarche qualité et un travail sur l'accueil, la Ville voulait savoir si son organisation était prête à absorber l'innovation, et où elle bloquait."
        ),
        "approach": paragraphs(
            "Dans la démarche [IN]née, une dizaine de personnes se réunissent et évaluent ensemble leurs pratiques : stratégie, idéation, conception, gestion de projet, ressources humaines, capitalisation des connaissances.",
            "Chaque note doit faire consensus et être prouvée par des faits, ce qui oblige à discuter.",
            "Une première version a été testée sur la politique familiale, à Metz Métropole et au conseil départemental de la Meuse ; la seconde a amélioré l'ergonomie.",
        ),
        "results": figures(
            "L'outil en chiffres",
            ("6", "compétences"),
            ("21", "sous-pratiques"),
            ("5", "niveaux par sous-pratique"),
        ),
        "what_worked": paragraphs(
            "L'exigence de preuve transforme l'évaluation en discussion utile : les freins et les moteurs de l'innovation apparaissent clairement."
        ),
        "what_did_not_work": paragraphs(
            "La première version était peu ergonomique ; il a fallu une seconde version avant de la proposer à d'autres collectivités."
        ),
        "next_steps": paragraphs(
            "Tester la V2 avec toutes les strates de collectivités grâce au partenariat avec Territoria, et animer un groupe de travail national."
        ),
    },
    {
        "slug": "consultants-internes-calvados",
        "title": "Des consultants internes au service des directions du Calvados",
        "summary": "Depuis 2014, douze experts de la direction de la modernisation accompagnent les directions du Département comme un cabinet de conseil interne : évaluation, méthodes agiles, design de service, simplification.",
        "organisations": ["Département du Calvados"],
        "departement_number": "14",
        "territory": "Département du Calvados, 3 200 agents",
        "year": 2014,
        "policy_area": "transformation",
        "innovation_type": "organisation",
        "stage": "deploiement",
        "methods": ["world-cafe", "retrospective", "design-de-service", "hackathon"],
        "tags": ["consultants internes", "modernisation", "télétravail", "simplification", "intelligence collective"],
        "partners": "Direction des ressources humaines\nDirection des services numériques",
        "problem": paragraphs(
            "Rendre le service public plus contemporain demande des compétences que chaque direction n'a pas seule : méthodes de projet, numérique, évaluation, simplification."
        ),
        "approach": paragraphs(
            "Une équipe pluridisciplinaire se met à la disposition des directions opérationnelles, au plus près des réalités de terrain, et sollicite régulièrement les idées des agents.",
            "Selon le sujet, elle choisit des formats classiques ou innovants : world café, rétrospective, hackathon, design de service.",
            "Le mode déclaratif, avec contrôles après coup, est privilégié dès que possible pour les démarches en ligne.",
        ),
        "results": figures(
            "En chiffres",
            ("12", "experts"),
            ("3 200", "agents accompagnés"),
            ("200 → 1 200", "télétravailleurs lors du premier confinement"),
            ("250", "managers accompagnés à distance"),
        ),
        "what_worked": paragraphs(
            "Le droit de copier, de se tromper et d'en parler : l'équipe cherche les bonnes idées partout et assume ses échecs. Le confinement a levé de nombreux freins."
        ),
        "what_did_not_work": paragraphs(
            "Certains sujets, comme la réserve départementale de volontaires née pendant la crise, attendent encore une organisation pérenne."
        ),
        "next_steps": paragraphs(
            "Accélérer une dizaine de chantiers : démarches en ligne, parapheur et signature électroniques, allègement des pièces justificatives, management du télétravail."
        ),
    },
    {
        "slug": "pau-partage",
        "title": "Pau Partage : des bénévoles du quartier pour les personnes âgées isolées",
        "summary": "Première start-up publique de l'incubateur de Pau, Pau Partage met en relation des aînés isolés et des bénévoles de leur quartier ; le service a rejoint les services sociaux de la ville.",
        "organisations": ["Ville de Pau"],
        "departement_number": "64",
        "territory": "Ville de Pau et CCAS",
        "year": 2019,
        "policy_area": "autonomie",
        "innovation_type": "sociale",
        "stage": "deploiement",
        "methods": ["pitch", "test-and-learn"],
        "tags": ["isolement", "bénévolat", "intrapreneuriat", "start-up d'État", "seniors"],
        "partners": "Incubateur des services numériques de l'État (beta.gouv.fr)\nCCAS de Pau\nAssociations de quartier",
        "problem": paragraphs(
            "Des personnes âgées déjà suivies par le CCAS souffrent d'isolement, alors que des bénévoles du même quartier pourraient leur rendre visite."
        ),
        "approach": paragraphs(
            "Lancé par des agents lors du premier appel à projets d'intrapreneuriat de Pau, le projet a suivi trois mois de pré-incubation à raison d'un jour par semaine, puis au moins six mois d'incubation.",
            "Il a fallu vérifier que chaque personne accepte une autre présence que celle d'un agent, et comprendre quel type de compagnie elle souhaite.",
        ),
        "results": figures(
            "En chiffres",
            ("1re", "promotion de l'incubateur de Pau"),
            ("3", "projets retenus sur une trentaine de dossiers"),
        ),
        "what_worked": paragraphs(
            "Le service a trouvé son rythme en réintégrant les services sociaux de la ville, et la Ville a reçu le prix Marianne de la relation usagers."
        ),
        "what_did_not_work": paragraphs(
            "La mise en relation ne se décrète pas : sans l'accord et les attentes de la personne âgée, le lien ne tient pas."
        ),
        "next_steps": paragraphs(
            "Élargir le vivier de bénévoles, associatifs ou individuels, dans d'autres quartiers."
        ),
    },
    {
        "slug": "poubelle-battle",
        "title": "Poubelle Battle : composter dans les immeubles",
        "summary": "Partie d'un concours de tri entre quartiers, l'équipe a écouté les habitants et transformé son application en plateforme d'entraide pour composter en immeuble ; elle est en cours d'essaimage.",
        "organisations": ["Ville de Pau"],
        "departement_number": "64",
        "territory": "Immeubles collectifs de Pau",
        "year": 2019,
        "policy_area": "dechets",
        "innovation_type": "numerique",
        "stage": "essaimage",
        "methods": ["test-and-learn", "prototypage"],
        "tags": ["compost", "déchets", "start-up d'État", "intrapreneuriat"],
        "partners": "Incubateur des services numériques de l'État (beta.gouv.fr)\nFonds d'accélération des start-up d'État (FAST)",
        "problem": paragraphs("Dans les poubelles des immeubles, 70 % des déchets pourraient être compostés."),
        "approach": paragraphs(
            "L'équipe a d'abord conçu une application de concours entre quartiers. Les usagers n'ont pas adhéré à ce jeu : le projet a changé de cap pour devenir une plateforme qui accompagne les habitants et les aide à mieux composter.",
        ),
        "results": figures("En chiffres", ("70 %", "de déchets compostables dans les poubelles d'immeubles")),
        "what_worked": paragraphs(
            "Laisser les usagers valider ou non : la plateforme fonctionne à Pau et a obtenu le soutien du FAST."
        ),
        "what_did_not_work": paragraphs(
            "La compétition entre quartiers, idée de départ, n'a pas séduit les habitants."
        ),
        "next_steps": paragraphs("Dupliquer la plateforme dans d'autres villes."),
    },
    {
        "slug": "id-quart",
        "title": "ID Quart : une application pour débattre des projets de quartier",
        "summary": "Une application inspirée du world café pour que les Palois réfléchissent ensemble aux aménagements de leur quartier ; testée avec les villes voisines, en partenariat avec l'Adullact.",
        "organisations": ["Ville de Pau"],
        "departement_number": "64",
        "territory": "Quartiers de Pau et communes voisines",
        "year": 2019,
        "policy_area": "democratie",
        "innovation_type": "participation",
        "stage": "experimentation",
        "methods": ["world-cafe", "test-and-learn"],
        "tags": ["démocratie participative", "quartiers", "logiciel libre", "intrapreneuriat"],
        "partners": "Adullact\nIncubateur des services numériques de l'État (beta.gouv.fr)",
        "problem": paragraphs(
            "Les habitants ont peu d'occasions de réfléchir ensemble aux projets d'infrastructure de leur quartier et de rebondir sur les idées des autres."
        ),
        "approach": paragraphs(
            "L'application guide les habitants comme le ferait un animateur de world café, avec des questions propres aux enjeux palois."
        ),
        "results": figures("En chiffres", ("1re", "promotion de l'incubateur de Pau")),
        "what_worked": paragraphs(
            "Le partenariat avec l'Adullact ouvre la voie à une plateforme partagée entre collectivités."
        ),
        "what_did_not_work": paragraphs(
            "Le projet est resté un temps en sommeil avant que l'équipe ne reprenne la partie technique."
        ),
        "next_steps": paragraphs("Finaliser la plateforme et poursuivre les tests avec les villes voisines."),
    },
    {
        "slug": "histologe",
        "title": "Histologe, le contrôle technique gratuit du logement",
        "summary": "Un outil qui repère tôt les logements qui se dégradent, garde l'historique de chacun et valorise les propriétaires vertueux ; 115 situations sont en cours de résolution.",
        "organisations": ["Ville de Pau"],
        "departement_number": "64",
        "territory": "Pau et son agglomération",
        "year": 2020,
        "policy_area": "logement",
        "innovation_type": "numerique",
        "stage": "deploiement",
        "methods": ["test-and-learn"],
        "tags": ["habitat indigne", "précarité", "start-up d'État", "intrapreneuriat"],
        "partners": "Professionnels de l'habitat\nIncubateur des services numériques de l'État (beta.gouv.fr)",
        "problem": paragraphs(
            "Les logements qui glissent vers l'insalubrité sont repérés trop tard, quand les travaux coûtent cher et que les occupants souffrent déjà."
        ),
        "approach": paragraphs(
            "Chaque logement reçoit un degré d'habitabilité, jugé satisfaisant ou non pour un type de ménage, et conserve son historique. L'outil est testé avec des habitants et des professionnels de l'habitat."
        ),
        "results": figures(
            "En chiffres", ("115", "situations en cours de résolution"), ("2e", "promotion de l'incubateur de Pau")
        ),
        "what_worked": paragraphs("La plateforme est active et a été primée aux trophées Stop à la précarité."),
        "what_did_not_work": paragraphs(
            "Valoriser les propriétaires vertueux, et pas seulement signaler les problèmes, demande un travail de confiance encore en cours."
        ),
        "next_steps": paragraphs("Étendre l'usage aux partenaires de l'habitat du territoire."),
    },
    {
        "slug": "simone-and-co",
        "title": "Simone & Co : des kits contre la précarité menstruelle",
        "summary": "Des kits de protections et de soins distribués par des points relais aux étudiantes et aux mères isolées ; plus de 1 000 kits commandés, et une association créée pour continuer.",
        "organisations": ["Ville de Pau"],
        "departement_number": "64",
        "territory": "Pau",
        "year": 2020,
        "policy_area": "sante",
        "innovation_type": "sociale",
        "stage": "deploiement",
        "methods": ["test-and-learn"],
        "tags": ["précarité menstruelle", "santé publique", "estime de soi", "intrapreneuriat"],
        "partners": "Vika Association\nPoints de distribution partenaires",
        "problem": paragraphs(
            "La précarité menstruelle touche beaucoup d'étudiantes et de femmes seules avec enfants. Certaines ne sortent plus de chez elles pendant leurs règles : c'est un facteur d'exclusion et un enjeu de santé publique."
        ),
        "approach": paragraphs(
            "Le projet identifie des points de diffusion et y distribue, dans un bel emballage, des protections accompagnées de soins et de produits de beauté, pour aider aussi à restaurer l'estime de soi."
        ),
        "results": figures("En chiffres", ("1 000+", "kits commandés début octobre")),
        "what_worked": paragraphs(
            "Au-delà de la protection, les kits recréent un contact avec des femmes en difficulté que les services touchaient peu."
        ),
        "what_did_not_work": paragraphs(
            "Le succès a dépassé ce qu'une équipe d'agents pouvait gérer : il a fallu créer une association."
        ),
        "next_steps": paragraphs("Vika Association gère désormais l'activité ; la collectivité reste partenaire."),
    },
    {
        "slug": "kameha-meha",
        "title": "Kameha Meha : des boîtes d'alerte contre le harcèlement scolaire",
        "summary": "Des boîtes placées dans les toilettes des collèges pour que victimes et témoins signalent anonymement le harcèlement, avant qu'il ne se prolonge sur les réseaux sociaux.",
        "organisations": ["Ville de Pau"],
        "departement_number": "64",
        "territory": "Collèges de Pau",
        "year": 2020,
        "policy_area": "jeunesse",
        "innovation_type": "sociale",
        "stage": "experimentation",
        "methods": ["prototypage"],
        "tags": ["harcèlement scolaire", "cyberharcèlement", "collèges", "intrapreneuriat"],
        "partners": "Équipes pédagogiques des collèges",
        "problem": paragraphs(
            "Le harcèlement commence souvent dans la cour, puis s'aggrave en ligne. Les victimes et les témoins n'osent pas parler."
        ),
        "approach": paragraphs(
            "Des boîtes d'alerte, installées dans les toilettes, seul endroit où l'on est vraiment seul, recueillent de petits mots anonymes. La boîte explique quelles informations donner."
        ),
        "results": figures("En chiffres", ("2e", "promotion de l'incubateur de Pau")),
        "what_worked": paragraphs("Une solution simple, sans application, pensée depuis le point de vue des élèves."),
        "what_did_not_work": paragraphs(
            "Le confinement a interrompu le test prévu dans les collèges ; le projet redémarre doucement."
        ),
        "next_steps": paragraphs("Tester les boîtes dans des collèges volontaires avec les équipes pédagogiques."),
    },
]


def ensure_policy_areas():
    return {
        key: PolicyArea.objects.get_or_create(name=name, defaults={"description": description})[0]
        for key, (name, description) in POLICY_AREAS.items()
    }


def find_methods(keys):
    if not apps.is_installed("toolbox"):
        return []
    method_model = apps.get_model("toolbox", "MethodPage")
    found = []
    for key in keys:
        slug, title = METHODS[key]
        method = method_model.objects.filter(Q(slug=slug) | Q(title__iexact=title)).first()
        if method is not None:
            found.append(method)
    return found


def find_idea(title_fragment):
    if not title_fragment:
        return None
    return apps.get_model("ideas", "Idea").objects.filter(title__icontains=title_fragment).first()


def ensure_case_study(index, data, policy_areas):
    existing = index.get_children().filter(slug=data["slug"]).first()
    if existing is not None:
        return existing.specific
    page = CaseStudyPage(
        slug=data["slug"],
        title=data["title"],
        summary=data["summary"],
        departement_number=data["departement_number"],
        territory=data["territory"],
        year=data["year"],
        policy_area=policy_areas[data["policy_area"]],
        innovation_type=data["innovation_type"],
        stage=data["stage"],
        partners=data["partners"],
        problem=data["problem"],
        approach=data["approach"],
        results=json.dumps(data["results"]),
        what_worked=data["what_worked"],
        what_did_not_work=data["what_did_not_work"],
        next_steps=data["next_steps"],
        source_idea=find_idea(data.get("idea_title")),
    )
    index.add_child(instance=page)
    page.organisations.set(Organisation.objects.filter(name__in=data["organisations"]))
    page.methods.set(find_methods(data["methods"]))
    page.tags.set(data["tags"])
    page.contacts.set(PersonProfile.objects.filter(organisation__name__in=data["organisations"])[:2])
    page.save_revision().publish()
    return page


def load(stdout=None):
    index = CaseStudyIndexPage.objects.first()
    if index is None:
        return {}
    # Coordinators draft case studies from laureate ideas; editors publish them.
    grant_page_permissions(index, roles.COORDINATORS, ("add", "change"))
    grant_page_permissions(index, roles.EDITORS, ("add", "change", "publish"))
    policy_areas = ensure_policy_areas()
    case_studies = [ensure_case_study(index, data, policy_areas) for data in CASE_STUDIES]
    if stdout is not None:
        stdout.write(f"Retours d'expérience : {len(case_studies)}.")
    return {"case_studies": case_studies, "policy_areas": policy_areas}
