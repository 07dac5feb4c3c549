import re
import time

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from network.case_studies_facets_cache import bump_version
from network.case_studies_search import CaseStudySearch
from network.models import CaseStudyIndexPage, CaseStudyPage, PolicyArea
from tests.factories.network import CaseStudyPageFactory, PolicyAreaFactory, bulk_create_case_studies
from tests.factories.toolbox import MethodPageFactory
from toolbox.models import ToolboxIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return CaseStudyIndexPage.objects.get()


def search(index, query_string=""):
    return CaseStudySearch(index, QueryDict(query_string)).run()


def facet(result, param):
    return {value.value: value.count for value in next(f for f in result.facets if f.param == param).values}


def test_the_index_lists_every_demo_case_study_newest_first(index):
    result = search(index)
    assert result.total == CaseStudyPage.objects.live().count() >= 14
    dates = [page.first_published_at for page in result.case_studies]
    assert dates == sorted(dates, reverse=True)


def test_facet_counts_follow_the_other_filters(index):
    result = search(index, "departement=64")
    assert result.total == 6  # the six Pau start-ups
    stages = facet(result, "stade")
    assert stages == {"deploiement": 3, "essaimage": 1, "experimentation": 2}
    # The département facet ignores its own selection, so other départements stay reachable with their counts.
    departements = facet(result, "departement")
    assert departements["64"] == 6
    assert departements["80"] == 2


def test_every_facet_count_is_what_selecting_that_value_returns(index):
    base = "departement=64&stade=deploiement"
    result = search(index, base)
    for current in result.facets:
        for value in current.values:
            others = "&".join(part for part in base.split("&") if not part.startswith(f"{current.param}="))
            narrowed = search(index, f"{others}&{current.param}={value.value}")
            assert narrowed.total == value.count, (current.param, value.value)


def test_several_values_of_a_facet_widen_and_different_facets_narrow(index):
    somme = search(index, "departement=80").total
    nord = search(index, "departement=59").total
    assert search(index, "departement=80&departement=59").total == somme + nord
    assert search(index, "departement=80&stade=essaimage").total == 0


def test_tag_and_policy_area_facets_filter_by_slug(index):
    result = search(index, "motcle=intrapreneuriat")
    assert result.total == 6
    waste = PolicyArea.objects.get(name="Environnement et déchets")
    result = search(index, f"domaine={waste.slug}")
    assert {page.slug for page in result.case_studies} == {"poubelle-battle", "dechets-laboratoire-interne-dunkerque"}


def test_method_facet_counts_only_live_methods(index):
    toolbox = ToolboxIndexPage.objects.get()
    method = MethodPageFactory(parent=toolbox, title="Carte d'empathie")
    hidden = MethodPageFactory(parent=toolbox, title="Méthode en brouillon", live=False)
    pages = list(CaseStudyPage.objects.filter(departement_number="64")[:2])
    for page in pages:
        page.methods.add(method, hidden)
        page.save()
    result = search(index)
    methods = facet(result, "methode")
    assert methods[str(method.pk)] == 2
    assert str(hidden.pk) not in methods
    assert search(index, f"methode={method.pk}").total == 2


def test_year_facet(index):
    result = search(index, "annee=2020")
    assert result.total == CaseStudyPage.objects.live().filter(year=2020).count() > 0
    assert all(page.year == 2020 for page in result.case_studies)


def test_full_text_search_ranks_and_facets_the_matches(index):
    result = search(index, "q=cantines")
    assert result.sort == "pertinence"
    assert result.case_studies[0].slug == "cuisiner-autrement-cantines-colleges-somme"
    assert sum(facet(result, "stade").values()) == result.total


def test_search_can_be_sorted_by_date(index):
    result = search(index, "q=intrapreneuriat&tri=date")
    assert result.sort == "date"
    dates = [page.first_published_at for page in result.case_studies]
    assert dates == sorted(dates, reverse=True)


def test_unknown_filter_values_are_ignored(index):
    result = search(index, "stade=inconnu&annee=deux-mille&methode=abc&tri=n-importe")
    assert result.total == CaseStudyPage.objects.live().count()
    assert result.sort == "date"


def test_drafts_are_not_listed(index):
    draft = CaseStudyPageFactory(parent=index, title="Brouillon secret", live=False)
    assert draft.pk not in [page.pk for page in search(index).case_studies]


def test_the_index_page_keeps_filters_in_the_url(agent_client, index):
    response = agent_client.get(index.url, {"departement": "64", "tri": "date", "q": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        'value="64" id="facet-departement-1" checked' in html or 'value="64" id="facet-departement-2" checked' in html
    )
    assert "6 retours d’expérience" in html
    assert "flux/?departement=64" in html
    assert "export/?departement=64" in html


def test_the_index_page_says_when_nothing_matches(agent_client, index):
    html = agent_client.get(index.url, {"q": "zzzzyxw"}).content.decode()
    assert "Aucun retour d’expérience ne correspond" in html


def test_pagination_keeps_the_filters(agent_client, index):
    bulk_create_case_studies(index, 30, year=2021, stage="deploiement")
    html = agent_client.get(index.url, {"annee": "2021"}).content.decode()
    assert "30 retours d’expérience" in html
    assert "?annee=2021&amp;page=2" in html
    second = agent_client.get(index.url, {"annee": "2021", "page": "3"}).content.decode()
    assert second.count('class="card"') == 6


def queries_of(client, url, params):
    """(number of queries, response) of one request."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    return len(captured.captured_queries), response


def test_index_query_count_does_not_grow_with_a_thousand_case_studies(agent_client, index):
    params = {"tri": "date", "q": ""}
    agent_client.get(index.url, params)  # warm the session and site caches
    bump_version()
    miss_with_the_demo, _response = queries_of(agent_client, index.url, params)
    hit_with_the_demo, _response = queries_of(agent_client, index.url, params)
    area = PolicyAreaFactory(name="Domaine massif")
    started = time.monotonic()
    bulk_create_case_studies(index, 1000, year=2018, stage="idee", policy_area=area, departement_number="60")
    assert time.monotonic() - started < 30
    miss, response = queries_of(agent_client, index.url, params)
    hit, cached = queries_of(agent_client, index.url, params)
    assert (miss, hit) == (miss_with_the_demo, hit_with_the_demo)
    # A cache hit reads the version instead of the six facets' GROUP BYs.
    assert hit == miss - 6
    assert miss <= 22
    live = CaseStudyPage.objects.live().count()
    for html in (response.content.decode(), cached.content.decode()):
        assert f"{live} retours d’expérience" in html
        assert html.count('class="card"') == 12
    result = search(index, "departement=60")
    assert facet(result, "domaine")[area.slug] == 1000
    assert facet(result, "annee")["2018"] == 1000


def test_a_search_query_adds_one_query_whatever_the_number_of_matches(agent_client, index):
    params = {"q": "intrapreneuriat", "stade": "deploiement"}
    agent_client.get(index.url, params)
    bump_version()
    miss_before, response = queries_of(agent_client, index.url, params)
    total_before = response.context["search"].total
    hit_before, _response = queries_of(agent_client, index.url, params)
    CaseStudyPageFactory.create_batch(
        15, parent=index, summary="Programme intrapreneuriat municipal", stage="deploiement"
    )
    agent_client.get("/")  # new pages renew the site lookup's token: any page reads it again
    miss, response = queries_of(agent_client, index.url, params)
    hit, _response = queries_of(agent_client, index.url, params)
    assert (miss, hit) == (miss_before, hit_before)
    assert response.context["search"].total == total_before + 15


def test_a_newly_published_case_study_is_found_by_its_tags(index):
    page = CaseStudyPageFactory.build(title="Essai d'indexation", slug="essai-d-indexation")
    index.add_child(instance=page)
    page.tags.set(["zorglubmot"])
    page.save_revision().publish()
    assert [found.pk for found in CaseStudyPage.objects.live().search("zorglubmot")] == [page.pk]


def test_a_ticked_value_stays_listed_at_zero_so_it_can_be_unticked(index):
    result = search(index, "departement=80&stade=essaimage")
    assert result.total == 0
    stages = {value.value: value for value in next(f for f in result.facets if f.param == "stade").values}
    assert stages["essaimage"].count == 0
    assert stages["essaimage"].selected
    assert stages["essaimage"].label == "Essaimage"


def test_facet_checkboxes_escape_their_labels_and_say_their_counts(agent_client, index):
    page = CaseStudyPageFactory(parent=index, title="Mot-clé piégé")
    page.tags.add("<b>gras</b>")
    page.save_revision().publish()
    html = agent_client.get(index.url, {"motcle": "bgrasb"}).content.decode()
    assert "&lt;b&gt;gras&lt;/b&gt;" in html
    assert "<b>gras</b>" not in html
    assert re.search(r'name="motcle" value="bgrasb" id="facet-motcle-\d+" checked>', html)
    assert "1 retour d’expérience" in html
    assert '<span class="visually-hidden"> : 1 résultat</span>' in html
