"""Demo content for the foundation, and the idempotent helpers every app's
demo module and the tests share. Facts come from ../shared/seeds/, in our words."""

import datetime

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from . import roles
from .models import HomePage, NetworkSettings, NewsIndexPage, NewsPage, StandardPage

PARIS = datetime.timezone(datetime.timedelta(hours=1))  # CET, for winter dates in the seeds

DEMO_ACCOUNTS = [
    # (email, first name, last name, role)
    ("agent@somme.fr", "Camille", "Agent", roles.AGENTS),
    ("coordination@somme.fr", "Claire", "Coordinatrice", roles.COORDINATORS),
    ("moderation@lenord.fr", "Mehdi", "Modérateur", roles.MODERATORS),
    ("jury@oise.fr", "Julien", "Juré", roles.JURY),
    ("edition@pasdecalais.fr", "Élise", "Éditrice", roles.EDITORS),
    ("admin@valdoise.fr", "Alix", "Administratrice", roles.ADMINISTRATORS),
]


# Pages created by this run of the loader: only those are re-ordered, so that a
# second run leaves the order editors chose.
created_page_ids = set()

# The order of the main navigation, by slug of the home page's children.
SECTION_ORDER = ["boite-a-outils", "appels-a-idees", "reseau", "retours-d-experience"]


def ensure_page(parent, model, slug, **fields):
    """Return the live child of `parent` with this slug, creating and publishing
    it when missing. Existing pages are left as editors changed them."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    created_page_ids.add(page.pk)
    return page


def order_sections(slugs=SECTION_ORDER):
    """Put newly created sections of the home page in the navigation's order."""
    home = home_page()
    sections = {page.slug: page for page in home.get_children().filter(slug__in=slugs)}
    if not any(page.pk in created_page_ids for page in sections.values()):
        return
    for slug in slugs:
        if slug in sections:
            Page.objects.get(pk=sections[slug].pk).move(home, pos="last-child")


def ensure_user(email, password=None, first_name="", last_name="", groups=(), is_superuser=False):
    """A verified account that can log in with `password`."""
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=email,
        defaults={"email": email, "first_name": first_name, "last_name": last_name},
    )
    if created:
        user.set_password(password or settings.PORTAL_DEMO_PASSWORD)
        user.is_superuser = is_superuser
        user.is_staff = is_superuser
        user.save()
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    if groups:
        user.groups.add(*Group.objects.filter(name__in=groups))
    return user


NETWORK_NAME = "Réseau d'innovation publique des départements"


def home_page():
    """The site's home page, replacing Wagtail's welcome page on a fresh install."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    existing = HomePage.objects.first()
    root = Page.get_first_root_node()
    if existing is None:
        for welcome in root.get_children().filter(slug="home"):
            if type(welcome.specific) is Page:
                welcome.delete()
        existing = HomePage(
            title="Bienvenue sur le portail du réseau",
            slug="accueil",
            summary=(
                "Le portail des agents et des équipes innovation des départements du réseau : "
                "des méthodes pour animer, des appels à idées, un annuaire pour trouver qui peut aider "
                "et les retours d'expérience de chacun."
            ),
        )
        root.add_child(instance=existing)
        existing.save_revision().publish()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=existing, is_default_site=True, site_name=NETWORK_NAME
        )
    else:
        site.root_page = existing
        # Wagtail's default site is named after its host: the admin's dashboard read « localhost ».
        if not site.site_name or site.site_name == site.hostname:
            site.site_name = NETWORK_NAME
        site.save()
    return existing


def load(stdout=None):
    for account in DEMO_ACCOUNTS:
        email, first_name, last_name, role = account
        ensure_user(
            email,
            first_name=first_name,
            last_name=last_name,
            groups=[role],
            is_superuser=role == roles.ADMINISTRATORS,
        )

    home = home_page()
    site = Site.objects.get(is_default_site=True)
    network_settings = NetworkSettings.for_site(site)
    if not network_settings.contact_email:
        network_settings.network_name = NETWORK_NAME
        network_settings.tagline = "Nord · Pas-de-Calais · Oise · Somme · Val-d'Oise"
        network_settings.contact_email = "innovation@somme.fr"
        network_settings.footer_text = (
            "Un intranet commun aux départements du réseau, pour partager idées, méthodes et expériences "
            "au-delà des frontières administratives."
        )
        network_settings.save()

    news_index = ensure_page(
        home,
        NewsIndexPage,
        "actualites",
        title="Actualités et événements",
        summary="La vie du réseau : rencontres, forums, appels à idées et nouvelles des équipes.",
        show_in_menus=False,
    )
    forum = ensure_page(
        news_index,
        NewsPage,
        "forum-interdepartemental-amiens-2019",
        title="Premier forum interdépartemental de l'innovation publique, à Amiens",
        summary=(
            "Le 28 novembre 2019, en pleine Semaine de l'innovation publique, cinq départements ont réuni "
            "à Amiens les agents porteurs d'idées : quinze projets présélectionnés sur 125 propositions, "
            "pitchés en trois minutes devant un jury de treize personnes."
        ),
        date=datetime.date(2019, 11, 29),
        event_start=datetime.datetime(2019, 11, 28, 9, 0, tzinfo=PARIS),
        event_end=datetime.datetime(2019, 11, 28, 17, 30, tzinfo=PARIS),
        location="Hôtel du Département de la Somme, Amiens",
        body=[
            (
                "paragraph",
                (
                    "<p>À l'automne 2018, le Nord, le Pas-de-Calais, l'Oise, la Somme et le Val-d'Oise ont chacun "
                    "lancé un appel à idées auprès de leurs agents, hors du cadre hiérarchique habituel et dans une "
                    "démarche d'intelligence collective. Objectif : améliorer un service rendu aux usagers ou le "
                    "fonctionnement de la collectivité, et faire émerger des intrapreneurs prêts à porter leur projet "
                    "en équipe.</p>"
                ),
            ),
            (
                "key_figures",
                {
                    "heading": "La journée en chiffres",
                    "figures": [
                        {"value": "5", "label": "départements"},
                        {"value": "125", "label": "propositions d'agents"},
                        {"value": "15", "label": "projets présélectionnés"},
                        {"value": "13", "label": "membres du jury"},
                        {"value": "8", "label": "lauréats"},
                        {"value": "3 mois", "label": "de pré-incubation"},
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Le matin, les 26 agents porteurs ont été coachés par des accompagnateurs de l'incubateur "
                    "des services numériques de l'État. L'après-midi, chaque équipe disposait de trois minutes, "
                    "chronomètre en main, pour convaincre un jury mêlant élus, directeurs généraux et agents de "
                    "terrain, puis de cinq minutes de questions : une solution comparable existe-t-elle déjà ? "
                    "De quel outil auriez-vous besoin ?</p>"
                    "<p>Les huit lauréats entrent en pré-incubation pour obtenir des résultats en trois mois ; les "
                    "projets non retenus restent à la disposition de chaque département, libre de s'en emparer.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "Il y a une envie de travailler ensemble entre départements des Hauts-de-France.",
                    "attribution": "La direction générale adjointe des solidarités de la Somme, qui a piloté la démarche",
                },
            ),
        ],
        programme=[
            (
                "programme",
                {
                    "heading": "Programme de la journée",
                    "items": [
                        {
                            "time": "9h00",
                            "title": "Accueil des équipes",
                            "description": "Café et installation des porteurs de projets.",
                        },
                        {
                            "time": "9h30",
                            "title": "Coaching des équipes",
                            "description": "Préparer le pitch en trois temps : le drame (pourquoi), la solution (quoi), la mise en œuvre (comment).",
                        },
                        {"time": "12h30", "title": "Déjeuner", "description": ""},
                        {
                            "time": "14h00",
                            "title": "Pitchs devant le jury",
                            "description": "Quinze équipes, trois minutes de pitch et cinq minutes de questions chacune.",
                        },
                        {
                            "time": "16h30",
                            "title": "Délibération du jury",
                            "description": "Le jury classe les projets et désigne les lauréats.",
                        },
                        {
                            "time": "17h00",
                            "title": "Annonce des lauréats",
                            "description": "Huit projets retenus pour trois mois de pré-incubation.",
                        },
                    ],
                },
            ),
        ],
    )
    about = ensure_page(
        home,
        StandardPage,
        "a-propos",
        title="À propos du réseau",
        summary="Un réseau de départements qui mettent en commun leurs démarches d'innovation publique participative.",
        show_in_menus=False,
        body=[
            (
                "paragraph",
                (
                    "<p>Les départements du réseau ont fait un constat simple : leurs agents se heurtent souvent aux "
                    "mêmes problèmes, et les bonnes idées nées dans une collectivité peuvent servir aux autres. Ils ont "
                    "demandé un lieu commun pour capitaliser les expériences, les outils et les ressources, un annuaire "
                    "des équipes d'innovation et une bourse d'échange de compétences : c'est ce portail.</p>"
                ),
            ),
            (
                "cards",
                {
                    "heading": "Ce que vous trouverez ici",
                    "cards": [
                        {
                            "title": "La boîte à outils",
                            "text": "World café, personas, pitch en trois minutes, débat mouvant…",
                        },
                        {
                            "title": "Les appels à idées",
                            "text": "Proposez une idée, suivez-la jusqu'au jury et à l'incubation.",
                        },
                        {
                            "title": "L'annuaire du réseau",
                            "text": "Qui fait quoi, dans quel département, et qui peut vous aider.",
                        },
                        {
                            "title": "Les retours d'expérience",
                            "text": "Ce qui a été tenté, comment, et ce qui a marché ou non.",
                        },
                    ],
                },
            ),
        ],
    )
    if not home.body:
        home.body = [
            (
                "hero",
                {
                    "title": "Innover ensemble, d'un département à l'autre",
                    "text": (
                        "Des idées d'agents portées hors du cadre hiérarchique, des méthodes partagées, "
                        "un réseau qui s'entraide."
                    ),
                    "page": about,
                    "button_label": "Découvrir le réseau",
                },
            ),
            ("latest_news", {"heading": "Actualités et événements", "count": 3}),
        ]
        home.save_revision().publish()
    return {"home": home, "news_index": news_index, "forum": forum, "about": about}
