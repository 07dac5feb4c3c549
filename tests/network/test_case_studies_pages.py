import pytest

from network.case_studies import related_case_studies
from network.case_studies_demo import CASE_STUDIES
from network.models import CaseStudyIndexPage, CaseStudyPage, Organisation, PolicyArea
from tests.factories.network import CaseStudyPageFactory, PolicyAreaFactory
from tests.factories.toolbox import MethodPageFactory
from toolbox.models import ToolboxIndexPage

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_case_study_for_each_project_of_the_seeds():
    slugs = set(CaseStudyPage.objects.live().values_list("slug", flat=True))
    assert {data["slug"] for data in CASE_STUDIES} <= slugs
    for name in ["Pau Partage", "Poubelle Battle", "ID Quart", "Histologe", "Simone & Co", "Kameha Meha"]:
        assert CaseStudyPage.objects.filter(title__startswith=name).exists(), name


def test_demo_case_studies_are_linked_to_organisations_and_filed():
    pau = Organisation.objects.get(name="Ville de Pau")
    assert pau.case_studies.count() == 6
    for page in CaseStudyPage.objects.filter(slug__in=[data["slug"] for data in CASE_STUDIES]):
        assert page.organisations.exists(), page.slug
        assert page.policy_area is not None, page.slug
        assert page.tags.exists(), page.slug
        assert page.results.raw_data, page.slug


def test_policy_area_slug_comes_from_its_name():
    assert PolicyAreaFactory(name="Mobilité et transports").slug == "mobilite-et-transports"


def test_a_case_study_page_shows_its_structured_fields(agent_client, django_assert_max_num_queries):
    page = CaseStudyPage.objects.get(slug="cuisiner-autrement-cantines-colleges-somme")
    agent_client.get(page.url)
    with django_assert_max_num_queries(30):
        response = agent_client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    for text in [
        "Département de la Somme",
        "Restauration scolaire et collèges",
        "Expérimentation",
        "Le problème",
        "La démarche",
        "48",
        "cantines de collège concernées",
        "Ce qui a marché",
        "Ce qui n’a pas marché",
        "Et maintenant ?",
        "circuits courts",
        "Producteurs et éleveurs du département",
    ]:
        assert text in html, text
    assert "?motcle=circuits-courts" in html


def test_related_case_studies_prefer_shared_methods_then_policy_area_then_tags():
    index = CaseStudyIndexPage.objects.get()
    method = MethodPageFactory(parent=ToolboxIndexPage.objects.get(), title="Méthode partagée")
    area = PolicyAreaFactory(name="Domaine de test")
    source = CaseStudyPageFactory(parent=index, title="Source", policy_area=area)
    source.methods.add(method)
    source.tags.add("rare")
    source.save()
    by_method = CaseStudyPageFactory(parent=index, title="Par la méthode")
    by_method.methods.add(method)
    by_method.save()
    by_area = CaseStudyPageFactory(parent=index, title="Par le domaine", policy_area=area)
    by_tag = CaseStudyPageFactory(parent=index, title="Par le mot-clé")
    by_tag.tags.add("rare")
    by_tag.save()
    CaseStudyPageFactory(parent=index, title="Sans lien")
    CaseStudyPageFactory(parent=index, title="Brouillon lié", policy_area=area, live=False)
    assert [page.title for page in related_case_studies(source, limit=5)] == [
        by_method.title,
        by_area.title,
        by_tag.title,
    ]


def test_a_case_study_page_lists_related_case_studies(agent_client):
    page = CaseStudyPage.objects.get(slug="poubelle-battle")
    html = agent_client.get(page.url).content.decode()
    assert "Retours d’expérience proches" in html
    assert "Les déchets, aujourd&#x27;hui et demain" in html


def test_related_case_studies_take_a_fixed_number_of_queries(django_assert_num_queries):
    page = CaseStudyPage.objects.get(slug="poubelle-battle")
    with django_assert_num_queries(3):
        related = related_case_studies(page)
        assert [organisation.name for case_study in related for organisation in case_study.organisations.all()]
    assert related


def test_editors_manage_policy_areas_in_the_admin(client_as):
    from home import roles

    client = client_as(roles.EDITORS)
    response = client.get("/admin/snippets/network/policyarea/")
    assert response.status_code == 200
    assert "Environnement et déchets" in response.content.decode()
    created = client.post("/admin/snippets/network/policyarea/add/", {"name": "Culture", "slug": "", "description": ""})
    assert created.status_code == 302
    assert PolicyArea.objects.filter(slug="culture").exists()


def test_the_admin_lists_case_studies_with_filters(client_as):
    from home import roles

    response = client_as(roles.EDITORS).get("/admin/case_studies/", {"stage": "essaimage"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Poubelle Battle" in html
    assert "Pau Partage" not in html


def test_an_editor_can_open_the_case_study_form_in_the_admin(client_as):
    from home import roles

    index = CaseStudyIndexPage.objects.get()
    response = client_as(roles.EDITORS).get(f"/admin/pages/add/network/casestudypage/{index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for label in [
        "Partenaires et contacts",
        "Documents et images",
        "Domaine d&#x27;action publique",
        "Méthodes utilisées",
    ]:
        assert label in html, label


def _related_to_everything(source, pages):
    """Links every page to the source's methods and tags, as a large network would."""
    from network.models import CaseStudyTag

    methods_through = CaseStudyPage.methods.through
    method_ids = list(source.methods.values_list("pk", flat=True))
    tag_ids = list(source.tagged_items.values_list("tag_id", flat=True))
    methods_through.objects.bulk_create(
        [methods_through(casestudypage_id=page.pk, methodpage_id=pk) for page in pages for pk in method_ids]
    )
    CaseStudyTag.objects.bulk_create(
        [CaseStudyTag(content_object_id=page.pk, tag_id=pk) for page in pages for pk in tag_ids]
    )


def test_a_case_study_page_costs_the_same_queries_with_hundreds_of_related_candidates(
    agent_client, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories.network import bulk_create_case_studies

    page = CaseStudyPage.objects.get(slug="poubelle-battle")
    agent_client.get(page.url)  # warm the session and site caches
    with CaptureQueriesContext(connection) as with_the_demo:
        agent_client.get(page.url)
    index = CaseStudyIndexPage.objects.get()
    candidates = bulk_create_case_studies(index, 300, year=2020, stage="idee", policy_area=page.policy_area)
    _related_to_everything(page, candidates)
    with django_assert_num_queries(len(with_the_demo.captured_queries)):
        response = agent_client.get(page.url)
    assert response.status_code == 200
    assert response.content.decode().count('class="card"') == 3


def test_related_case_studies_rank_hundreds_of_candidates_in_the_database():
    from tests.factories.network import bulk_create_case_studies

    index = CaseStudyIndexPage.objects.get()
    method = MethodPageFactory(parent=ToolboxIndexPage.objects.get(), title="Méthode très partagée")
    area = PolicyAreaFactory(name="Domaine très partagé")
    source = CaseStudyPageFactory(parent=index, title="Source", policy_area=area)
    source.methods.add(method)
    source.tags.add("commun")
    source.save()
    by_area = bulk_create_case_studies(index, 200, policy_area=area)
    by_everything = bulk_create_case_studies(index, 2, policy_area=area)
    _related_to_everything(source, by_everything)
    # Same score for the two best: then the title decides.
    expected = sorted(by_everything, key=lambda page: page.title) + sorted(by_area, key=lambda page: page.title)[:2]
    assert [page.pk for page in related_case_studies(source, limit=4)] == [page.pk for page in expected]


def _brute_force_related(source, limit):
    """The ranking spelled out in Python, over every live case study."""
    from network.case_studies import METHOD_WEIGHT, POLICY_AREA_WEIGHT, TAG_WEIGHT

    methods = set(source.methods.values_list("pk", flat=True))
    tags = set(source.tagged_items.values_list("tag_id", flat=True))
    scored = []
    for page in CaseStudyPage.objects.live().exclude(pk=source.pk).prefetch_related("methods", "tagged_items"):
        score = (
            METHOD_WEIGHT * len(methods & {method.pk for method in page.methods.all()})
            + (POLICY_AREA_WEIGHT if source.policy_area_id and page.policy_area_id == source.policy_area_id else 0)
            + TAG_WEIGHT * len(tags & {item.tag_id for item in page.tagged_items.all()})
        )
        if score:
            scored.append((-score, page.title, page.pk))
    return [pk for _score, _title, pk in sorted(scored)[:limit]]


def _source_with_two_methods(*tags):
    """A case study using two methods, in a policy area, with `tags`; and the
    index, the methods and the area, for candidates to share them."""
    index = CaseStudyIndexPage.objects.get()
    toolbox = ToolboxIndexPage.objects.get()
    methods = tuple(MethodPageFactory(parent=toolbox, title=f"Méthode {n}") for n in (1, 2))
    area = PolicyAreaFactory(name="Domaine commun")
    source = CaseStudyPageFactory(parent=index, title="Source", policy_area=area)
    source.methods.add(*methods)
    source.tags.add(*tags)
    source.save()
    return index, methods, area, source


def test_related_case_studies_match_the_full_ranking_whether_methods_settle_it_or_not():
    """The candidates sharing a method are ranked first, and the others scored
    only when those could be beaten or tied: both cases give the full ranking."""
    from tests.factories.network import bulk_create_case_studies

    index, (first, second), area, source = _source_with_two_methods("un", "deux")
    # Many candidates sharing the area and both tags (score 4), and titles that
    # come first: they win the ties against a candidate sharing one method alone.
    crowd = bulk_create_case_studies(index, 40, policy_area=area)
    from network.models import CaseStudyTag

    tag_ids = list(source.tagged_items.values_list("tag_id", flat=True))
    CaseStudyTag.objects.bulk_create([CaseStudyTag(content_object_id=p.pk, tag_id=t) for p in crowd for t in tag_ids])
    one_method = [CaseStudyPageFactory(parent=index, title=f"Zèbre {n}") for n in range(3)]
    for page in one_method:
        page.methods.add(first)
        page.save()
    expected = _brute_force_related(source, 5)
    assert [page.pk for page in related_case_studies(source, limit=5)] == expected
    assert set(expected) & {page.pk for page in crowd}  # the crowd does beat one method alone
    # Now candidates sharing both methods (score 6 and more) settle the top three.
    both = [CaseStudyPageFactory(parent=index, title=f"Yack {n}") for n in range(3)]
    for page in both:
        page.methods.add(first, second)
        page.save()
    assert [page.pk for page in related_case_studies(source, limit=3)] == [page.pk for page in both]
    assert [page.pk for page in related_case_studies(source, limit=5)] == _brute_force_related(source, 5)


def test_related_case_studies_do_not_score_every_candidate_when_methods_settle_it():
    """With three candidates sharing both methods, the hundreds sharing only the
    policy area and a tag are not read: the work (SQLite virtual machine steps)
    is the same with 50 or 500 of them. Scoring all of them made the case study
    page 2.5 times slower at scale 10 than at scale 1."""
    from django.db import connection

    from network.case_studies import _ranked_related_ids
    from network.models import CaseStudyTag
    from tests.factories.network import bulk_create_case_studies

    if connection.vendor != "sqlite":
        pytest.skip("counts SQLite's virtual machine steps")
    index, (first, second), area, source = _source_with_two_methods("un")
    for number in range(3):
        page = CaseStudyPageFactory(parent=index, title=f"Proche {number}")
        page.methods.add(first, second)
        page.save()
    tag_id = source.tagged_items.get().tag_id

    def steps():
        connection.ensure_connection()
        counted = [0]

        def count():
            counted[0] += 1

        connection.connection.set_progress_handler(count, 100)
        try:
            ids = _ranked_related_ids(source, 3)
        finally:
            connection.connection.set_progress_handler(None, 0)
        assert len(ids) == 3
        return counted[0]

    def add_crowd(count):
        crowd = bulk_create_case_studies(index, count, policy_area=area)
        CaseStudyTag.objects.bulk_create([CaseStudyTag(content_object_id=page.pk, tag_id=tag_id) for page in crowd])

    add_crowd(50)
    small = steps()
    add_crowd(450)
    assert steps() <= small + 5
