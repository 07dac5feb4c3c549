"""French names for generated data. Invented combinations, real-sounding."""

# Départements not used by the demo content (whose names must stay unique).
DEPARTEMENTS = [
    ("01", "de l'Ain"), ("02", "de l'Aisne"), ("03", "de l'Allier"), ("05", "des Hautes-Alpes"),
    ("07", "de l'Ardèche"), ("08", "des Ardennes"), ("09", "de l'Ariège"), ("10", "de l'Aube"),
    ("11", "de l'Aude"), ("12", "de l'Aveyron"), ("13", "des Bouches-du-Rhône"), ("15", "du Cantal"),
    ("16", "de la Charente"), ("17", "de la Charente-Maritime"), ("18", "du Cher"), ("19", "de la Corrèze"),
    ("21", "de la Côte-d'Or"), ("22", "des Côtes-d'Armor"), ("23", "de la Creuse"), ("24", "de la Dordogne"),
    ("25", "du Doubs"), ("26", "de la Drôme"), ("27", "de l'Eure"), ("28", "d'Eure-et-Loir"),
    ("29", "du Finistère"), ("30", "du Gard"), ("31", "de la Haute-Garonne"), ("32", "du Gers"),
    ("33", "de la Gironde"), ("34", "de l'Hérault"), ("35", "d'Ille-et-Vilaine"), ("36", "de l'Indre"),
    ("37", "d'Indre-et-Loire"), ("38", "de l'Isère"), ("39", "du Jura"), ("40", "des Landes"),
    ("41", "de Loir-et-Cher"), ("42", "de la Loire"), ("43", "de la Haute-Loire"), ("44", "de la Loire-Atlantique"),
    ("45", "du Loiret"), ("46", "du Lot"), ("47", "de Lot-et-Garonne"), ("48", "de la Lozère"),
    ("49", "de Maine-et-Loire"), ("50", "de la Manche"), ("51", "de la Marne"), ("52", "de la Haute-Marne"),
    ("53", "de la Mayenne"), ("54", "de Meurthe-et-Moselle"), ("55", "de la Meuse"), ("56", "du Morbihan"),
    ("57", "de la Moselle"), ("58", "de la Nièvre"), ("61", "de l'Orne"), ("63", "du Puy-de-Dôme"),
    ("64", "des Pyrénées-Atlantiques"), ("65", "des Hautes-Pyrénées"), ("66", "des Pyrénées-Orientales"),
    ("67", "du Bas-Rhin"), ("68", "du Haut-Rhin"), ("69", "du Rhône"), ("70", "de la Haute-Saône"),
    ("71", "de Saône-et-Loire"), ("72", "de la Sarthe"), ("73", "de la Savoie"), ("74", "de la Haute-Savoie"),
    ("76", "de la Seine-Maritime"), ("77", "de Seine-et-Marne"), ("78", "des Yvelines"), ("79", "des Deux-Sèvres"),
    ("81", "du Tarn"), ("82", "de Tarn-et-Garonne"), ("83", "du Var"), ("84", "du Vaucluse"),
    ("85", "de la Vendée"), ("86", "de la Vienne"), ("87", "de la Haute-Vienne"), ("88", "des Vosges"),
    ("89", "de l'Yonne"), ("90", "du Territoire de Belfort"), ("91", "de l'Essonne"), ("92", "des Hauts-de-Seine"),
    ("93", "de la Seine-Saint-Denis"), ("94", "du Val-de-Marne"),
]  # fmt: skip

REGIONS = [
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Grand Est",
    "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire",
    "Provence-Alpes-Côte d'Azur",
]  # fmt: skip

PLACE_STEMS = [
    "Beaumont", "Bellevue", "Bois-Colombe", "Bourg-Neuf", "Chamborel", "Champvert", "Châteaubrun", "Clairval",
    "Fontenoy", "Grandpré", "Haute-Rive", "Lamothe", "Longchamp", "Marbois", "Montclar", "Montfleury",
    "Neuville", "Pierrefonds", "Plessis", "Roche-Blanche", "Rochefort", "Saint-Aubin", "Saint-Martin",
    "Saint-Rémy", "Sainte-Colombe", "Valbonne", "Vaudreuil", "Verneuil", "Villeneuve", "Villers",
]  # fmt: skip
PLACE_SUFFIXES = [
    "", "-sur-Mer", "-sur-Loire", "-les-Bains", "-la-Forêt", "-le-Château", "-en-Vexin", "-sur-Oise",
    "-la-Rivière", "-du-Lac", "-en-Bray", "-sur-Somme", "-le-Haut", "-les-Vignes", "-sur-Marne",
    "-la-Plaine", "-sur-Seine", "-le-Bas", "-aux-Bois", "-en-Argonne",
]  # fmt: skip
ORGANISATION_FORMS = [
    ("commune", "Ville de {place}"),
    ("intercommunalite", "Communauté de communes de {place}"),
    ("intercommunalite", "Communauté d'agglomération de {place}"),
    ("association", "Association des usagers de {place}"),
    ("etat", "Sous-préfecture de {place}"),
]

FIRST_NAMES = [
    "Camille", "Claire", "Mehdi", "Julien", "Élise", "Alix", "Nathalie", "Thomas", "Sophie", "Karim", "Isabelle",
    "Nicolas", "Aurélie", "Laurent", "Fatima", "Pierre", "Émilie", "Yann", "Sandrine", "Hugo", "Chloé", "Rachid",
    "Valérie", "Mathieu", "Inès", "Olivier", "Léa", "Sébastien", "Amandine", "Damien", "Hélène", "Bruno",
    "Manon", "François", "Leïla", "Christophe", "Pauline", "Antoine", "Agnès", "Vincent", "Zoé", "Jérôme",
    "Céline", "Maxime", "Samia", "Didier", "Juliette", "Loïc", "Anne", "Grégoire",
]  # fmt: skip
LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
    "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
    "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Benali",
]  # fmt: skip
JOB_TITLES = [
    "Chargée de mission innovation", "Chef de projet numérique", "Assistante sociale", "Travailleur social",
    "Directrice de l'action sociale", "Agent d'accueil", "Chef de service enfance", "Juriste",
    "Gestionnaire des ressources humaines", "Cheffe de projet insertion", "Technicien des routes",
    "Conseillère en économie sociale et familiale", "Responsable du laboratoire d'innovation",
    "Designer de services", "Archiviste", "Bibliothécaire", "Contrôleur de gestion", "Infirmière de PMI",
    "Agent des collèges", "Animatrice territoriale", "Chargé d'études", "Directeur général adjoint",
]  # fmt: skip

NEWS_TOPICS = [
    "le forum de l'innovation publique", "l'atelier de design de services", "l'appel à idées des agents",
    "la rencontre des laboratoires d'innovation", "la journée d'intelligence collective",
    "le hackathon des solidarités", "le séminaire sur l'accueil des usagers", "la formation à la facilitation",
    "le webinaire sur les données ouvertes", "le café innovation", "la restitution des projets incubés",
    "la visite apprenante",
]  # fmt: skip
NEWS_TITLES = [
    "Retour sur {topic} de {place}",
    "{place} accueille {topic}",
    "Inscriptions ouvertes pour {topic} à {place}",
    "Les départements se retrouvent à {place} pour {topic}",
]
NEWS_SENTENCES = [
    "Des agents de plusieurs départements ont partagé leurs pratiques et leurs difficultés.",
    "Les participants ont travaillé en petits groupes sur des situations vécues par les usagers.",
    "Chaque équipe est repartie avec un prototype à tester dans son service.",
    "La journée s'est conclue par un temps d'échange avec les élus et les directions générales.",
    "Les supports et les photos sont disponibles auprès de l'équipe d'animation du réseau.",
    "Le prochain rendez-vous est prévu dans un autre département du réseau.",
    "Des agents de terrain, des cadres et des partenaires associatifs ont pris part aux ateliers.",
    "Les idées retenues seront accompagnées pendant trois mois par l'équipe innovation.",
]
