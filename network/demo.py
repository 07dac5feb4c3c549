"""Demo organisations of the network (facts from ../shared/seeds/)."""

from home.demo import ensure_page, home_page

from .models import CaseStudyIndexPage, NetworkIndexPage, Organisation, OrganisationEmailDomain

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
    ("Communauté de communes du Pays Haut Val d'Alzette", "intercommunalite", "57", "Grand Est", "", []),
    ("Ville de Dunkerque", "commune", "59", "Hauts-de-France", "https://www.ville-dunkerque.fr", []),
    ("Ville de Nancy", "commune", "54", "Grand Est", "https://www.nancy.fr", []),
    ("Ville de Pau", "commune", "64", "Nouvelle-Aquitaine", "https://www.pau.fr", []),
    ("La 27e Région", "association", "", "", "https://www.la27eregion.fr", []),
    ("Incubateur des services numériques de l'État (beta.gouv.fr)", "etat", "", "", "https://beta.gouv.fr", []),
]


def ensure_organisation(name, kind="departement", departement_number="", region="", website="", domains=()):
    organisation, _created = Organisation.objects.get_or_create(
        name=name,
        defaults={"kind": kind, "departement_number": departement_number, "region": region, "website": website},
    )
    for domain in domains:
        OrganisationEmailDomain.objects.get_or_create(domain=domain, defaults={"organisation": organisation})
    return organisation


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
    case_studies = ensure_page(
        home,
        CaseStudyIndexPage,
        "retours-d-experience",
        title="Retours d'expérience",
        summary="Ce que les collectivités du réseau ont tenté, comment, et ce qui a marché ou non.",
        show_in_menus=True,
    )
    return {"organisations": organisations, "directory": directory, "case_studies": case_studies}
