"""The questionnaire shipped with the portal, in our words: the six competencies of
the self-diagnosis adapted by the Ville de Nancy and the université de Lorraine
(seed 003), each with its sub-practices and five levels. Editors change it in the
admin afterwards; loading the demo again leaves their changes alone.

Each sub-practice: (title, short title, question, five levels, keywords of the
toolbox methods that help, matched in the methods' titles)."""

QUESTIONNAIRE = [
    (
        "Stratégie",
        "L'innovation a une place explicite dans le projet de l'organisation, avec des moyens et un portage.",
        [
            (
                "Une ambition d'innovation partagée",
                "Ambition partagée",
                "L'innovation figure-t-elle dans le projet de l'organisation, et les agents le savent-ils ?",
                [
                    "L'innovation n'apparaît dans aucun document ni discours de l'organisation.",
                    "Le mot apparaît dans quelques discours, sans objectif ni suite concrète.",
                    "Le projet d'administration fixe des objectifs d'innovation, connus surtout de l'encadrement.",
                    "Les objectifs d'innovation sont déclinés par direction et présentés à tous les agents.",
                    "L'ambition est construite avec les agents, suivie et revue chaque année.",
                ],
                ["pitch", "débat"],
            ),
            (
                "Veille et prospective",
                "Veille et prospective",
                "L'organisation observe-t-elle ce qui change chez les usagers et ce que font les autres ?",
                [
                    "Aucune veille : on découvre les évolutions quand elles s'imposent.",
                    "Quelques agents font de la veille par curiosité, sans la partager.",
                    "Une veille organisée existe sur quelques sujets et circule par lettre ou réunion.",
                    "La veille nourrit régulièrement les décisions, des scénarios d'avenir sont travaillés.",
                    "La prospective est une pratique installée, partagée avec les partenaires et les habitants.",
                ],
                ["world café", "persona"],
            ),
            (
                "Des moyens dédiés à l'innovation",
                "Moyens dédiés",
                "Du temps, un budget ou une équipe sont-ils réservés pour explorer de nouvelles façons de faire ?",
                [
                    "Aucun moyen : innover se fait sur le temps personnel des agents.",
                    "Des moyens sont trouvés au cas par cas, projet par projet.",
                    "Un budget ou une équipe d'appui à l'innovation existe, aux moyens limités.",
                    "Un laboratoire ou une mission innovation dispose de moyens pluriannuels et d'un temps agent reconnu.",
                    "Les moyens sont pilotés comme un portefeuille, avec des arbitrages transparents.",
                ],
                ["pitch"],
            ),
            (
                "Le portage par la direction et les élus",
                "Portage politique",
                "La direction générale et les élus soutiennent-ils visiblement les démarches innovantes ?",
                [
                    "Les démarches innovantes sont ignorées, voire freinées, par la hiérarchie.",
                    "Un soutien de principe, sans présence ni décision.",
                    "La direction soutient quelques projets phares et participe aux temps forts.",
                    "Élus et direction siègent dans les jurys, arbitrent et suivent les projets retenus.",
                    "Le portage est constant et donne aux porteurs de projet un accès direct aux décideurs.",
                ],
                ["pitch"],
            ),
        ],
    ),
    (
        "Idéation",
        "L'organisation sait faire émerger, enrichir et choisir des idées, en interne comme avec les usagers.",
        [
            (
                "Le recueil des idées des agents",
                "Idées des agents",
                "Les agents peuvent-ils proposer une idée hors du cadre hiérarchique habituel ?",
                [
                    "Aucun canal : une idée remonte seulement par la voie hiérarchique.",
                    "Une boîte à idées existe mais les propositions restent sans réponse.",
                    "Un appel à idées est lancé de temps en temps, avec une réponse à chaque proposition.",
                    "Les appels à idées sont réguliers, ouverts à toutes les catégories d'agents, avec un accompagnement.",
                    "Le recueil est permanent et les porteurs d'idées deviennent intrapreneurs de leur projet.",
                ],
                ["pitch"],
            ),
            (
                "L'écoute des usagers et des parties prenantes",
                "Écoute des usagers",
                "Les besoins des usagers sont-ils recueillis directement, auprès d'eux ?",
                [
                    "Les besoins des usagers sont supposés, jamais vérifiés auprès d'eux.",
                    "Des enquêtes de satisfaction ponctuelles, peu exploitées.",
                    "Des entretiens ou observations ont lieu au début de certains projets.",
                    "Usagers, professionnels et associations sont associés dès le début des projets.",
                    "L'écoute est continue et les usagers valident ou non les solutions proposées.",
                ],
                ["persona", "world café", "immersion"],
            ),
            (
                "L'animation de la créativité",
                "Animation créative",
                "Sait-on animer des ateliers qui font produire des idées à un groupe ?",
                [
                    "Les réunions suivent toujours le même format descendant.",
                    "Quelques agents ont testé des techniques d'animation, de façon isolée.",
                    "Des ateliers créatifs sont organisés sur certains projets, avec un animateur formé.",
                    "Une palette de méthodes (world café, débat mouvant…) est utilisée selon les besoins.",
                    "Des animateurs internes formés accompagnent les équipes qui le demandent.",
                ],
                ["world café", "débat", "pecha"],
            ),
            (
                "La sélection et la priorisation des idées",
                "Sélection des idées",
                "Les idées sont-elles choisies selon des critères connus, par qui et comment ?",
                [
                    "Les idées sont retenues ou écartées sans explication.",
                    "La sélection dépend de l'intérêt d'un décideur.",
                    "Des critères de sélection sont écrits et communiqués aux porteurs.",
                    "Un jury mixte (élus, direction, agents) auditionne les porteurs sur des critères publics.",
                    "La sélection est transparente, chaque porteur reçoit un retour et peut retenter sa chance.",
                ],
                ["pitch"],
            ),
        ],
    ),
    (
        "Conception",
        "L'organisation conçoit ses services à partir des besoins réels, avec les usagers, et les teste avant de les généraliser.",
        [
            (
                "Partir des besoins réels des usagers",
                "Besoins des usagers",
                "Les projets commencent-ils par comprendre les usagers (immersion, personas) ?",
                [
                    "Les projets partent de la solution envisagée par le service.",
                    "On évoque les usagers, sans travail spécifique pour les comprendre.",
                    "Certains projets commencent par une phase d'immersion ou de personas.",
                    "Chaque projet important commence par une analyse des besoins partagée avec les usagers.",
                    "La compréhension des usagers est systématique et documentée pour les projets suivants.",
                ],
                ["persona", "immersion"],
            ),
            (
                "La co-construction avec les usagers",
                "Co-construction",
                "Les usagers participent-ils à la conception, et pas seulement à la consultation ?",
                [
                    "Les usagers découvrent les services une fois décidés.",
                    "Les usagers sont consultés, sans savoir ce qu'on a fait de leur avis.",
                    "Des ateliers de co-construction réunissent usagers et agents sur quelques projets.",
                    "La co-construction est courante et les usagers voient ce qu'elle a changé.",
                    "Les usagers conçoivent avec les agents, dans un cadre réglementaire et budgétaire connu de tous.",
                ],
                ["world café", "persona", "falc"],
            ),
            (
                "Le prototypage rapide",
                "Prototypage",
                "Rend-on une idée tangible (maquette, prototype) avant d'y investir ?",
                [
                    "On passe directement du cahier des charges à la réalisation.",
                    "Des maquettes sont parfois faites, surtout pour convaincre.",
                    "Maquettes et prototypes servent à discuter avec les usagers sur certains projets.",
                    "Les équipes prototypent vite et à moindre coût, y compris avec un fab lab.",
                    "Le prototypage est un réflexe : plusieurs versions sont comparées avant de choisir.",
                ],
                ["maquette", "prototyp"],
            ),
            (
                "L'expérimentation sur le terrain",
                "Expérimentation",
                "Teste-t-on une solution en situation réelle, à petite échelle, avant de la généraliser ?",
                [
                    "Les solutions sont généralisées d'emblée, sans test.",
                    "Des tests informels, sans critères de réussite.",
                    "Certaines solutions sont expérimentées sur un site, avec un bilan.",
                    "Les expérimentations ont des critères de réussite et peuvent s'arrêter sans drame.",
                    "Tester puis apprendre est la règle, les usagers valident ou non.",
                ],
                ["maquette", "rétrospective"],
            ),
        ],
    ),
    (
        "Gestion de projets",
        "Les projets innovants sont pilotés par itérations, en transversalité, et évalués avant d'être étendus.",
        [
            (
                "Un pilotage agile et itératif",
                "Pilotage agile",
                "Les projets avancent-ils par étapes courtes, avec des ajustements fréquents ?",
                [
                    "Les projets suivent un plan figé, revu seulement en cas de crise.",
                    "Des points d'étape existent, sans remise en cause du plan.",
                    "Quelques projets sont conduits par itérations courtes.",
                    "Les méthodes agiles sont maîtrisées par les chefs de projet et adaptées au contexte.",
                    "L'agilité est la norme, y compris dans les relations avec les prestataires.",
                ],
                ["rétrospective"],
            ),
            (
                "La coopération entre services",
                "Transversalité",
                "Les projets réunissent-ils des services et des métiers différents ?",
                [
                    "Chaque service travaille seul sur ses sujets.",
                    "Des réunions d'information entre services, sans travail commun.",
                    "Des équipes projet transversales sont constituées pour certains projets.",
                    "La transversalité est habituelle et bouscule utilement la chaîne hiérarchique.",
                    "Les équipes associent aussi des partenaires extérieurs (communes, associations, entreprises).",
                ],
                ["world café", "débat"],
            ),
            (
                "L'évaluation et le passage à l'échelle",
                "Évaluation",
                "Les projets sont-ils évalués, et les réussites étendues à d'autres services ou territoires ?",
                [
                    "Aucune évaluation : un projet s'arrête ou continue sans bilan.",
                    "Des bilans ponctuels, peu suivis d'effets.",
                    "Les projets sont évalués, certains sont étendus après l'évaluation.",
                    "L'évaluation est prévue dès le départ et conditionne la généralisation.",
                    "Les solutions qui marchent sont dupliquées, y compris dans d'autres collectivités.",
                ],
                ["rétrospective", "pitch"],
            ),
        ],
    ),
    (
        "Ressources humaines",
        "La gestion des ressources humaines forme, reconnaît et laisse l'autonomie nécessaire pour innover.",
        [
            (
                "La formation aux méthodes d'innovation",
                "Formation",
                "Les agents sont-ils formés aux méthodes d'innovation et peuvent-ils les pratiquer ?",
                [
                    "Aucune formation ni sensibilisation à l'innovation.",
                    "Quelques agents se forment de leur propre initiative.",
                    "Une sensibilisation est proposée à tous et des formations à certains.",
                    "Des agents volontaires sont formés en profondeur et deviennent ambassadeurs.",
                    "La formation par la pratique est continue, les ambassadeurs forment à leur tour.",
                ],
                ["world café", "falc", "pecha"],
            ),
            (
                "La reconnaissance des contributions",
                "Reconnaissance",
                "Les agents qui proposent et portent des projets sont-ils reconnus ?",
                [
                    "Proposer une idée n'apporte rien, voire expose.",
                    "Des remerciements informels.",
                    "Les contributions sont valorisées dans la communication interne.",
                    "La contribution à l'innovation est prise en compte dans les entretiens et les parcours.",
                    "Porter un projet ouvre des parcours reconnus (incubation, nouvelles missions).",
                ],
                ["pitch", "pecha"],
            ),
            (
                "Le droit à l'erreur et l'autonomie",
                "Droit à l'erreur",
                "Les agents peuvent-ils essayer, se tromper et en parler sans crainte ?",
                [
                    "L'erreur est sanctionnée, on évite donc d'essayer.",
                    "L'erreur est tolérée tant qu'elle ne se voit pas.",
                    "Le droit à l'erreur est affirmé, et pratiqué dans certains services.",
                    "Les échecs sont analysés sans chercher de coupable, les équipes ont des marges d'autonomie.",
                    "Essayer, se tromper et partager ses échecs fait partie de la culture de l'organisation.",
                ],
                ["rétrospective", "débat"],
            ),
        ],
    ),
    (
        "Capitalisation des connaissances",
        "L'organisation garde la mémoire de ce qu'elle a appris et la partage, en interne et avec le réseau.",
        [
            (
                "Les retours d'expérience",
                "Retours d'expérience",
                "Tire-t-on les leçons de chaque projet, réussi ou non ?",
                [
                    "Aucun retour d'expérience : on passe au projet suivant.",
                    "Des échanges informels entre les personnes concernées.",
                    "Des rétrospectives sont organisées en fin de certains projets.",
                    "Les retours d'expérience sont systématiques et écrits (ce qui a marché ou non, pourquoi).",
                    "Les leçons sont réutilisées au lancement de chaque nouveau projet.",
                ],
                ["rétrospective"],
            ),
            (
                "La documentation des méthodes et des projets",
                "Documentation",
                "Les méthodes, outils et livrables sont-ils documentés et accessibles à tous ?",
                [
                    "Rien n'est écrit : tout repose sur la mémoire des personnes.",
                    "Des documents existent, dispersés et difficiles à retrouver.",
                    "Une boîte à outils rassemble les principales méthodes.",
                    "Chaque projet laisse un portfolio (démarche, tests, résultats) consultable par tous.",
                    "La documentation est tenue à jour collectivement et rédigée dans un langage clair.",
                ],
                ["falc", "maquette"],
            ),
            (
                "L'ouverture au réseau",
                "Ouverture au réseau",
                "L'organisation apprend-elle des autres collectivités et partage-t-elle ses propres expériences ?",
                [
                    "L'organisation ignore ce que font les autres collectivités.",
                    "Quelques contacts personnels avec d'autres collectivités.",
                    "L'organisation participe à des rencontres et à des réseaux d'innovation publique.",
                    "Elle partage ses retours d'expérience et reprend volontiers les bonnes idées des autres.",
                    "Elle co-construit des outils avec d'autres collectivités et anime le réseau.",
                ],
                ["world café", "pecha"],
            ),
        ],
    ),
]
