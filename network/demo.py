"""Demo organisations, innovation teams and people of the network (facts from
../shared/seeds/, in our words; the people are fictional)."""

from django.apps import apps

from home import roles
from home.demo import ensure_page, ensure_user, home_page
from home.roles import grant_page_permissions

from .models import (
    CaseStudyIndexPage,
    InnovationTeamPage,
    NetworkIndexPage,
    Organisation,
    OrganisationEmailDomain,
    PersonProfile,
)

ORGANISATIONS = [
    # name, kind, département number, region, website, sign-up email domains
    ("Département du Nord", "departement", "59", "Hauts-de-France", "https://lenord.fr", ["lenord.fr"]),
    (
        "Département du Pas-de-Calais",
        "departement",
        "62",
        "Hauts-de-France",
        "https://www.pasdecalais.fr",
        ["pasdecalais.fr"],
    ),
    ("Département de l'Oise", "departement", "60", "Hauts-de-France", "https://www.oise.fr", ["oise.fr"]),
    ("Département de la Somme", "departement", "80", "Hauts-de-France", "https://www.somme.fr", ["somme.fr"]),
    ("Département du Val-d'Oise", "departement", "95", "Île-de-France", "https://www.valdoise.fr", ["valdoise.fr"]),
    ("Département du Calvados", "departement", "14", "Normandie", "https://www.calvados.fr", []),
    ("Département des Alpes-Maritimes", "departement", "06", "Provence-Alpes-Côte d'Azur", "", []),
    ("Département de la Creuse", "departement", "23", "Nouvelle-Aquitaine", "", []),
    ("Département de la Drôme", "departement", "26", "Auvergne-Rhône-Alpes", "", []),
    ("Département de la Gironde", "departement", "33", "Nouvelle-Aquitaine", "", []),
    ("Département de l'Isère", "departement", "38", "Auvergne-Rhône-Alpes", "", []),
    ("Département de la Loire-Atlantique", "departement", "44", "Pays de la Loire", "", []),
    ("Département de la Seine-Saint-Denis", "departement", "93", "Île-de-France", "", []),
    ("Communauté de communes du Pays Haut Val d'Alzette", "intercommunalite", "57", "Grand Est", "", []),
    ("Communauté urbaine de Dunkerque", "intercommunalite", "59", "Hauts-de-France", "", []),
    ("Ville de Dunkerque", "commune", "59", "Hauts-de-France", "https://www.ville-dunkerque.fr", []),
    ("Ville de Nancy", "commune", "54", "Grand Est", "https://www.nancy.fr", []),
    ("Ville de Pau", "commune", "64", "Nouvelle-Aquitaine", "https://www.pau.fr", []),
    ("Communauté d'agglomération Pau Béarn Pyrénées", "intercommunalite", "64", "Nouvelle-Aquitaine", "", []),
    ("CCAS de Pau", "autre", "64", "Nouvelle-Aquitaine", "", []),
    ("La 27e Région", "association", "", "", "https://www.la27eregion.fr", []),
    ("Incubateur des services numériques de l'État (beta.gouv.fr)", "etat", "", "", "https://beta.gouv.fr", []),
    ("Agence Indivisible", "autre", "", "", "", []),
]

# Methods are linked by (part of) their title, once the toolbox has them: see link_methods().
TEAMS = [
    {
        "slug": "modernisation-calvados",
        "title": "Direction de la modernisation de l'action publique du Calvados",
        "organisation": "Département du Calvados",
        "summary": "Une douzaine de consultants internes au service des directions du Département, depuis 2014.",
        "mission": (
            "<p>Créée en 2014, la direction fonctionne comme un cabinet de conseil interne : une équipe "
            "pluridisciplinaire d'une douzaine d'experts, à la disposition des directions opérationnelles pour "
            "rendre le service public plus contemporain. Elle accompagne l'évaluation des politiques publiques, "
            "la transformation numérique, la simplification des procédures et la protection des données.</p>"
        ),
        "offers": ["conseil interne", "animation d'ateliers", "évaluation des politiques publiques", "simplification"],
        "methods": ["world café", "rétrospective", "design de service", "hackathon"],
        "location": "Caen",
        "year_created": 2014,
        "contact_name": "Direction de la modernisation",
    },
    {
        "slug": "labo-innovation-dunkerque",
        "title": "Laboratoire d'innovation interne de la Communauté urbaine de Dunkerque",
        "organisation": "Communauté urbaine de Dunkerque",
        "summary": "Des agents volontaires de tous métiers qui testent de nouvelles façons de faire, formés avec La 27e Région.",
        "mission": (
            "<p>Après dix-huit mois d'apprentissage aux côtés de La 27e Région, des agents volontaires, de tous "
            "âges, catégories et métiers, ont fondé début 2019 un laboratoire rattaché à la direction générale. "
            "Il s'installe un an dans une direction pour travailler sur ses cas concrets : les déchets, puis "
            "une commande publique plus simple et accessible aux entreprises locales.</p>"
        ),
        "offers": ["prototypage", "animation d'ateliers", "marchés publics", "FALC"],
        "methods": ["prototyp", "FALC", "world café"],
        "location": "Dunkerque",
        "year_created": 2019,
        "contact_name": "Coordination du laboratoire",
    },
    {
        "slug": "innovation-participative-somme",
        "title": "Innovation participative de la Somme",
        "organisation": "Département de la Somme",
        "summary": "La coordination de l'appel à idées des agents et du forum interdépartemental d'Amiens.",
        "mission": (
            "<p>La mission coordonne la démarche d'innovation participative du Département : l'appel à idées "
            "ouvert aux agents en dehors du cadre hiérarchique, l'accompagnement des porteurs de projets et "
            "l'accueil du premier forum interdépartemental de l'innovation publique, à Amiens, en novembre "
            "2019.</p>"
        ),
        "offers": ["appel à idées", "coaching de porteurs de projets", "animation d'ateliers"],
        "methods": ["pitch", "intelligence collective"],
        "location": "Amiens",
        "year_created": 2018,
        "contact_name": "Mission innovation participative",
        "contact_email": "coordination@somme.fr",
    },
    {
        "slug": "transformation-pau",
        "title": "Direction de la transformation et de l'innovation de Pau",
        "organisation": "Ville de Pau",
        "summary": "Un programme d'intrapreneuriat qui fait des idées d'agents des startups publiques.",
        "mission": (
            "<p>Créée en janvier 2019 par la ville et l'agglomération, la direction accompagne l'évolution de "
            "l'organisation et des politiques publiques. Son premier chantier : un programme d'intrapreneuriat, "
            "monté avec beta.gouv.fr, où les agents proposent un problème et une solution, sont coachés, "
            "pré-incubés trois mois puis incubés au moins six mois.</p>"
        ),
        "offers": ["intrapreneuriat", "incubation", "coaching de porteurs de projets"],
        "methods": ["pitch", "test and learn", "world café"],
        "location": "Pau",
        "year_created": 2019,
        "contact_name": "Délégation qualité, innovation, pilotage et prospective",
    },
    {
        "slug": "innovation-nord",
        "title": "Mission innovation du Nord",
        "organisation": "Département du Nord",
        "summary": "L'appel à idées des agents du Nord et le suivi de ses lauréats.",
        "mission": (
            "<p>La mission a lancé à l'automne 2018 un appel à idées auprès des agents du Département et "
            "accompagne ses lauréats, dont le projet primé au forum d'Amiens pour trouver le bon interlocuteur "
            "dans le domaine social.</p>"
        ),
        "offers": ["appel à idées", "accompagnement de projets"],
        "methods": ["pitch"],
        "location": "Lille",
        "year_created": 2018,
    },
    {
        "slug": "innovation-pas-de-calais",
        "title": "Équipe innovation du Pas-de-Calais",
        "organisation": "Département du Pas-de-Calais",
        "summary": "Elle accompagne les idées d'agents, de l'accueil des usagers aux démarches en ligne.",
        "mission": (
            "<p>L'équipe anime l'appel à idées des agents du Département et suit ses projets lauréats : une "
            "première réponse immédiate aux usagers à l'accueil ou à distance, et une application pour "
            "demander l'occupation du domaine public.</p>"
        ),
        "offers": ["accompagnement de projets", "design de service"],
        "methods": ["persona", "design de service"],
        "location": "Arras",
        "year_created": 2018,
    },
    {
        "slug": "innovation-oise",
        "title": "Équipe innovation de l'Oise",
        "organisation": "Département de l'Oise",
        "summary": "Elle porte l'appel à idées des agents de l'Oise et ses projets, comme les cantines des collèges.",
        "mission": (
            "<p>L'équipe anime l'appel à idées du Département et accompagne ses lauréats, dont un projet pour "
            "mieux informer les familles sur les cantines des collèges et réduire le gaspillage alimentaire.</p>"
        ),
        "offers": ["appel à idées", "animation d'ateliers"],
        "methods": ["intelligence collective"],
        "location": "Beauvais",
        "year_created": 2018,
    },
    {
        "slug": "innovation-val-d-oise",
        "title": "Équipe innovation du Val-d'Oise",
        "organisation": "Département du Val-d'Oise",
        "summary": "Elle relie les idées des agents du Val-d'Oise aux autres départements du réseau.",
        "mission": (
            "<p>L'équipe anime l'appel à idées du Département et travaille avec d'autres départements, par "
            "exemple sur l'accueil dans les services sociaux. Ses lauréats 2019 : les sanitaires des collèges "
            "et l'accueil de la petite enfance pour les familles en recherche d'emploi.</p>"
        ),
        "offers": ["animation d'ateliers", "formation"],
        "methods": ["world café", "persona"],
        "location": "Cergy",
        "year_created": 2018,
    },
]

# (email, first name, last name, organisation, team slug, job title, bio, skills, offers, requests, methods)
PEOPLE = [
    (
        "agent@somme.fr",
        "Camille",
        "Agent",
        "Département de la Somme",
        "",
        "Cheffe de cuisine au collège",
        "Je veux faire travailler ensemble les cuisines des collèges : circuits courts, bio, fait maison.",
        ["restauration collective", "circuits courts"],
        ["restauration collective"],
        ["marchés publics", "animation d'ateliers"],
        [],
    ),
    (
        "coordination@somme.fr",
        "Claire",
        "Coordinatrice",
        "Département de la Somme",
        "innovation-participative-somme",
        "Coordinatrice de l'innovation participative",
        "Je coordonne l'appel à idées des agents et j'ai organisé le forum interdépartemental d'Amiens.",
        ["intelligence collective", "pitch", "appel à idées"],
        ["appel à idées", "pitch"],
        ["intrapreneuriat", "évaluation des politiques publiques"],
        ["pitch"],
    ),
    (
        "moderation@lenord.fr",
        "Mehdi",
        "Modérateur",
        "Département du Nord",
        "innovation-nord",
        "Chargé de mission innovation",
        "",
        ["accès aux droits", "action sociale"],
        ["accès aux droits"],
        ["design de service"],
        [],
    ),
    (
        "jury@oise.fr",
        "Julien",
        "Juré",
        "Département de l'Oise",
        "innovation-oise",
        "Directeur adjoint de l'éducation",
        "",
        ["restauration collective"],
        ["restauration collective"],
        ["FALC"],
        [],
    ),
    (
        "edition@pasdecalais.fr",
        "Élise",
        "Éditrice",
        "Département du Pas-de-Calais",
        "innovation-pas-de-calais",
        "Chargée de communication interne",
        "",
        ["design de service", "persona"],
        ["design de service"],
        ["prototypage"],
        ["persona"],
    ),
    (
        "admin@valdoise.fr",
        "Alix",
        "Administratrice",
        "Département du Val-d'Oise",
        "innovation-val-d-oise",
        "Responsable de l'équipe innovation",
        "",
        ["animation d'ateliers", "world café"],
        ["animation d'ateliers", "formation"],
        ["intrapreneuriat"],
        ["world café"],
    ),
    (
        "n.lefort@calvados.fr",
        "Nadia",
        "Lefort",
        "Département du Calvados",
        "modernisation-calvados",
        "Consultante interne en modernisation",
        "Consultante interne : j'accompagne les directions dans leurs projets de simplification et d'évaluation.",
        ["évaluation des politiques publiques", "world café", "méthodes agiles"],
        ["évaluation des politiques publiques", "animation d'ateliers", "simplification"],
        ["FALC"],
        ["world café", "rétrospective"],
    ),
    (
        "t.roussel@calvados.fr",
        "Thomas",
        "Roussel",
        "Département du Calvados",
        "modernisation-calvados",
        "Consultant interne, transformation numérique",
        "",
        ["accessibilité numérique", "dématérialisation"],
        ["dématérialisation", "design de service"],
        [],
        ["hackathon"],
    ),
    (
        "s.vandamme@cud.fr",
        "Sophie",
        "Vandamme",
        "Communauté urbaine de Dunkerque",
        "labo-innovation-dunkerque",
        "Coordinatrice du laboratoire d'innovation",
        "Avec les agents volontaires du labo, nous avons prototypé une zone zéro poubelle et simplifié les appels d'offres.",
        ["FALC", "prototypage", "marchés publics"],
        ["marchés publics", "FALC", "prototypage"],
        ["évaluation des politiques publiques"],
        ["FALC", "prototyp"],
    ),
    (
        "k.benali@cud.fr",
        "Karim",
        "Benali",
        "Communauté urbaine de Dunkerque",
        "labo-innovation-dunkerque",
        "Agent ambassadeur du laboratoire",
        "",
        ["gestion des déchets", "prototypage"],
        ["prototypage"],
        ["restauration collective"],
        [],
    ),
    (
        "m.etchart@pau.fr",
        "Maïa",
        "Etchart",
        "Ville de Pau",
        "transformation-pau",
        "Chargée de projets intrapreneuriat",
        "J'accompagne les agents intrapreneurs de la sélection à l'incubation, avec les coachs de beta.gouv.fr.",
        ["intrapreneuriat", "pitch", "test and learn"],
        ["intrapreneuriat", "pitch"],
        ["FALC"],
        ["pitch"],
    ),
    (
        "l.girard@nancy.fr",
        "Louise",
        "Girard",
        "Ville de Nancy",
        "",
        "Chargée de mission innovation et qualité",
        "Je fais passer à des équipes l'autodiagnostic de leur capacité à innover.",
        ["autodiagnostic", "démocratie participative"],
        ["autodiagnostic"],
        ["intrapreneuriat"],
        [],
    ),
    (
        "p.muller@phva.fr",
        "Pierre",
        "Muller",
        "Communauté de communes du Pays Haut Val d'Alzette",
        "",
        "Chargé de la participation citoyenne",
        "Nous co-construisons le projet de territoire avec les habitants, atelier après atelier.",
        ["co-construction", "world café", "persona"],
        ["animation d'ateliers", "co-construction"],
        ["évaluation des politiques publiques"],
        ["world café", "persona"],
    ),
]

# A profile left unlisted, to show that opting out is honoured.
UNLISTED = ["k.benali@cud.fr"]


def ensure_organisation(name, kind="departement", departement_number="", region="", website="", domains=()):
    organisation, _created = Organisation.objects.get_or_create(
        name=name,
        defaults={"kind": kind, "departement_number": departement_number, "region": region, "website": website},
    )
    for domain in domains:
        OrganisationEmailDomain.objects.get_or_create(domain=domain, defaults={"organisation": organisation})
    return organisation


def find_methods(keywords):
    """The toolbox's live methods whose title contains one of the keywords."""
    method_model = apps.get_model("toolbox", "MethodPage")
    found = []
    for keyword in keywords:
        found += list(method_model.objects.live().filter(title__icontains=keyword))
    return found


def ensure_team(directory, organisations, data):
    fields = {key: value for key, value in data.items() if key not in ("slug", "organisation", "offers", "methods")}
    existing = directory.get_children().filter(slug=data["slug"]).first()
    if existing is not None:
        return existing.specific
    team = InnovationTeamPage(slug=data["slug"], organisation=organisations[data["organisation"]], **fields)
    team.offers.set(data["offers"])
    directory.add_child(instance=team)
    team.save_revision().publish()
    return team


def ensure_person(row, organisations, teams):
    email, first, last, organisation, team, job_title, bio, skills, offers, requests, _methods = row
    # New accounts join the Agents group on creation (home.signals); demo accounts keep their role.
    user = ensure_user(email, first_name=first, last_name=last)
    profile = PersonProfile.for_user(user)
    if profile.job_title:  # already filled: editors' and members' changes are kept
        return profile
    profile.organisation = organisations[organisation]
    profile.team = teams.get(team)
    profile.job_title = job_title
    profile.bio = bio
    profile.listed = email not in UNLISTED
    profile.skills.set(skills)
    profile.offers.set(offers)
    profile.requests.set(requests)
    profile.save()
    return profile


def link_methods():
    """Link teams and people to the toolbox's methods named in the demo. The toolbox
    demo runs after this module: run again (or call this) once it has loaded."""
    for data in TEAMS:
        team = InnovationTeamPage.objects.filter(slug=data["slug"]).first()
        methods = find_methods(data["methods"])
        if team is not None and methods and not team.methods.exists():
            team.methods.set(methods)
            team.save_revision().publish()
    for row in PEOPLE:
        profile = PersonProfile.objects.filter(user__email=row[0]).first()
        methods = find_methods(row[10])
        if profile is not None and methods and not profile.methods.exists():
            profile.methods.set(methods)
            profile.save()


def load(stdout=None):
    organisations = {row[0]: ensure_organisation(*row[:5], domains=row[5]) for row in ORGANISATIONS}
    home = home_page()
    directory = ensure_page(
        home,
        NetworkIndexPage,
        "reseau",
        title="Réseau",
        summary="Qui fait quoi, dans quel département : les organisations, les équipes d'innovation et les personnes du réseau.",
        show_in_menus=True,
    )
    grant_page_permissions(directory, roles.EDITORS)
    case_studies = ensure_page(
        home,
        CaseStudyIndexPage,
        "retours-d-experience",
        title="Retours d'expérience",
        summary="Ce que les collectivités du réseau ont tenté, comment, et ce qui a marché ou non.",
        show_in_menus=True,
    )
    teams = {data["slug"]: ensure_team(directory, organisations, data) for data in TEAMS}
    people = {row[0]: ensure_person(row, organisations, teams) for row in PEOPLE}
    link_methods()
    return {
        "organisations": organisations,
        "directory": directory,
        "case_studies": case_studies,
        "teams": teams,
        "people": people,
    }
