"""What editors and members write is French, whatever the interface language
(WCAG 3.1.2, RGAA 8.7): in English, `{% content_lang %}` marks each element
holding only that content with lang="fr", so that screen readers switch to a
French voice there, while the translated interface around it stays English.
In French, the page's own <html lang="fr"> says it all: nothing is added."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse

from home import roles
from ideas.models import Idea, IdeaComment
from network.models import CaseStudyIndexPage, PersonProfile
from tests.factories.network import CaseStudyPageFactory
from tests.factories.toolbox import PersonaFactory, PitchFactory

pytestmark = pytest.mark.django_db

HOME = "/"
METHOD = "/boite-a-outils/world-cafe/"
NEWS = "/actualites/forum-interdepartemental-amiens-2019/"
CASE_STUDY = "/retours-d-experience/cuisiner-autrement-cantines-colleges-somme/"
CALL = "/appels-a-idees/forum-interdepartemental-2019/"
DIRECTORY = "/membres/"
SEARCH = reverse("search:search")


def lang_of(element):
    """The language a screen reader gives the element: its own lang, or its closest ancestor's."""
    for node in [element, *element.parents]:
        if node.get("lang"):
            return node["lang"]
    return None


def page(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def assert_french(*elements):
    assert elements
    for element in elements:
        assert lang_of(element) == "fr", element


def assert_english(*elements):
    assert elements
    for element in elements:
        assert lang_of(element) == "en", element


@pytest.fixture
def english(agent_client):
    agent_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return agent_client


@pytest.fixture
def discussed_idea(demo_user):
    """An idea on a call's wall, with a member's comment."""
    idea = Idea.objects.filter(state="recevable").exclude(summary="").order_by("pk").first()
    IdeaComment.objects.create(idea=idea, author=demo_user(roles.COORDINATORS), text="Très bonne idée, on la teste.")
    return idea


@pytest.fixture
def profile():
    """A listed member whose profile has a job title, a bio, an organisation and a team."""
    return (
        PersonProfile.objects.filter(listed=True, team__isnull=False, organisation__isnull=False)
        .exclude(bio="")
        .exclude(job_title="")
        .order_by("pk")
        .first()
    )


def test_in_english_the_home_page_marks_the_network_settings_menu_and_content_french(english):
    html = page(english, HOME)
    assert html.html["lang"] == "en"
    assert_english(html.select_one(".skip-link"), html.select_one(".user-menu"), html.select_one("#open-calls-title"))
    assert_french(
        html.select_one(".site-brand__name"),
        html.select_one(".site-brand__tagline"),
        html.select_one(".site-footer p"),
        html.h1,
        html.select_one(".lead"),
        html.select_one(".hero"),
        *html.select(".call-cards .card__title"),
        *html.select(".latest-news .card__title"),
    )
    sections = html.select(".main-nav a")
    assert_french(*sections[:-1])
    assert sections[-1].get_text() == "Search"
    assert_english(sections[-1])


def test_in_english_a_method_page_marks_its_text_and_steps_french_and_not_its_headings(english):
    html = page(english, METHOD)
    home, *crumbs = html.select(".breadcrumbs a, .breadcrumbs [aria-current]")
    assert_english(home)
    assert_french(*crumbs, html.h1, html.select_one(".lead"))
    assert html.select_one("#steps-title").get_text() == "The steps"
    assert_english(
        html.select_one("#steps-title"),
        html.select_one(".method-facts"),
        *html.select(".method-step__title .badge"),
        *html.select(".method-tip__kind"),
    )
    assert_french(
        *html.select(".method-step__title span:first-child"),
        *html.select(".method-step p"),
        *html.select(".method-tip span:not(.method-tip__kind)"),
        html.select_one("[aria-labelledby=purpose-title] p"),
        html.select_one("[aria-labelledby=materials-title] ul"),
        *html.select("[aria-labelledby=case-studies-title] .card__title"),
    )


def test_in_english_a_news_item_marks_its_title_summary_place_and_programme_french(english):
    html = page(english, NEWS)
    meta = html.select_one(".news .meta")
    assert "Event" in meta.get_text()
    assert_english(meta)
    assert_french(html.h1, html.select_one(".lead"), meta.span, html.select_one(".programme"))


def test_in_english_a_case_study_marks_its_text_and_facts_french_and_not_its_headings(english):
    html = page(english, CASE_STUDY)
    assert_french(
        html.h1,
        html.select_one(".lead"),
        *html.select(".case-study .rich-text"),
        *html.select(".case-study-tags a"),
    )
    facts = {dt.get_text(): dt.find_next_sibling("dd") for dt in html.select(".case-study-facts dt")}
    assert_french(facts["Led by"], facts["Territory"], facts["Domain"].a, facts["From the idea"])
    assert_english(
        *html.select(".case-study-facts dt"),
        facts["Type of innovation"],
        facts["Stage"],
        *html.select(".case-study > section > h2"),
    )


def test_in_english_an_idea_call_marks_its_text_criteria_and_dates_french(english):
    html = page(english, CALL)
    assert_french(
        html.h1,
        html.select_one(".idea-call .rich-text"),
        *html.select(".criteria strong"),
        *html.select(".key-date:not(.key-date--jury) > strong"),
    )
    assert_english(
        html.select_one("#criteria-title"), *html.select(".criteria .badge"), *html.select(".key-date--jury > strong")
    )


def test_in_english_an_idea_marks_its_title_summary_and_comments_french(english, discussed_idea):
    html = page(english, reverse("ideas:discussion", args=[discussed_idea.pk]))
    assert_french(html.h1, html.select_one(".lead"), *html.select(".comment__text"))
    assert html.select_one("#comments-title").get_text() == "Comments"
    assert_english(html.select_one("#comments-title"), html.select_one(".idea-state"), *html.select("button"))


def test_in_english_a_profile_marks_the_members_text_and_organisations_french(english, profile):
    html = page(english, profile.get_absolute_url())
    assert_french(
        html.select_one(".profile-header .lead"),
        html.select_one(".profile-header .meta"),
        html.select_one(".rich-text"),
        *html.select(".profile-grid .tag-list a"),
    )
    assert_english(*html.select(".profile-grid h2"), html.select_one("#contact-title"))
    # A person's name is nobody's French text: WCAG 3.1.2 leaves proper names out.
    assert html.h1.get_text() == profile.display_name
    assert_english(html.h1)


def test_in_english_the_directory_marks_cards_and_facet_values_french_and_not_its_own_words(english):
    html = page(english, DIRECTORY)
    assert_english(html.h1, html.select_one(".lead"), *html.select(".facet__title"), *html.select(".facet__count"))
    assert_french(
        *html.select(".person-card .card__meta"),
        *html.select(".person-card .badge"),
        *html.select(".facet li a > span:first-child"),
    )


def test_in_english_a_search_page_keeps_its_interface_english_and_its_menu_french(english):
    html = page(english, SEARCH, q="cantine")
    assert html.h1.get_text() == "Search"
    assert_english(html.h1, html.select_one("label[for=search-q]"))
    assert_french(*html.select(".main-nav a")[:-1])


def test_in_english_a_members_pitch_and_personas_are_marked_french_and_not_the_tools_words(english, demo_user):
    agent = demo_user(roles.AGENTS)
    pitch = PitchFactory(owner=agent, title="Le guichet sans attente")
    html = page(english, pitch.get_absolute_url())
    assert_french(html.h1, *html.select("[data-pitch-print]"))
    assert_english(html.select_one(".breadcrumbs [aria-current]"), *html.select(".pitch-text h3"))

    persona = PersonaFactory(persona_set__owner=agent, situation="Retraitée, vit seule à la campagne.")
    html = page(english, persona.persona_set.get_absolute_url())
    assert_french(html.h1, html.select_one(".persona-card__name"), html.select_one(".persona-card dd"))
    assert_english(html.select_one(".persona-card dt"), html.select_one(".breadcrumbs [aria-current]"))

    html = page(english, reverse("toolbox:pitch_delete", args=[pitch.pk]))
    assert_french(html.select_one(".breadcrumbs [aria-current]"))
    assert_english(*html.select(".breadcrumbs a"))


def test_in_english_search_result_titles_and_excerpts_are_french(english):
    parent = CaseStudyIndexPage.objects.get()
    CaseStudyPageFactory(
        parent=parent, title="Des composteurs partagés au pied des immeubles", summary="Un composteur par immeuble."
    )
    html = page(english, SEARCH, q="composteurs")
    assert html.select(".result__title")
    assert_french(*html.select(".result__title"), *html.select(".result__excerpt"))


FRENCH_PAGES = [
    HOME,
    METHOD,
    NEWS,
    "/actualites/",
    "/boite-a-outils/",
    CASE_STUDY,
    "/retours-d-experience/",
    CALL,
    "/appels-a-idees/",
    "/reseau/",
    "/reseau/innovation-participative-somme/",
    DIRECTORY,
    "/membres/departements/80/",
    "discussion",
    "profile",
    "search",
    reverse("ideas:pool"),
    "pitch",
    "personas",
]


@pytest.mark.parametrize("url", FRENCH_PAGES)
def test_in_french_no_lang_is_added_inside_the_body(agent_client, demo_user, discussed_idea, profile, url):
    agent = demo_user(roles.AGENTS)
    url = {
        "discussion": lambda: reverse("ideas:discussion", args=[discussed_idea.pk]),
        "profile": profile.get_absolute_url,
        "search": lambda: f"{SEARCH}?q=cantine",
        "pitch": lambda: PitchFactory(owner=agent).get_absolute_url(),
        "personas": lambda: PersonaFactory(
            persona_set__owner=agent, quote="Pas le temps."
        ).persona_set.get_absolute_url(),
    }.get(url, lambda: url)()
    html = page(agent_client, url)
    assert html.html["lang"] == "fr"
    # Only the language switch names each language in itself.
    marked = html.body.select("[lang]")
    assert marked
    assert all(element.name == "option" and element.find_parent(class_="language-switch") for element in marked)
