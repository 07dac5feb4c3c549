"""The directory stays within a constant number of queries with 2,000 people."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from network.models import NetworkTag, PersonProfile, TaggedSkill
from tests.factories.network import OrganisationFactory

pytestmark = pytest.mark.django_db

PEOPLE = 2000
# Measured with 2,000 people (60 with a photo): 23 for the unfiltered directory (page frame, count,
# page, tags, photos and renditions, 4 facets, the member's matches), 17 when filtered (no matches
# shown), 17 for a département page; the CSV export needs a handful.
DIRECTORY_QUERIES = 23
DEPARTEMENT_QUERIES = 17
EXPORT_QUERIES = 8


@pytest.fixture
def crowd(departement, make_method):
    organisations = [departement("988", "Département test")] + [
        OrganisationFactory(departement_number=f"9{n:02d}") for n in range(10)
    ]
    tags = [NetworkTag.objects.create(name=f"compétence {n}", slug=f"competence-{n}") for n in range(20)]
    method = make_method("Méthode de la foule")
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"foule{n}@exemple.fr", email=f"foule{n}@exemple.fr") for n in range(PEOPLE)
    )
    users = get_user_model().objects.filter(username__startswith="foule").order_by("pk")
    profiles = PersonProfile.objects.bulk_create(
        PersonProfile(
            user=user,
            display_name=f"Personne {n:04d}",
            organisation=organisations[n % len(organisations)],
            job_title="Agent",
            listed=n % 10 != 0,
        )
        for n, user in enumerate(users)
    )
    profiles = list(PersonProfile.objects.filter(user__username__startswith="foule").order_by("pk"))
    TaggedSkill.objects.bulk_create(
        TaggedSkill(content_object=profile, tag=tags[(n + k) % len(tags)])
        for n, profile in enumerate(profiles)
        for k in range(3)
    )
    # Some people have a photo: its renditions are fetched once for the whole page.
    PersonProfile.objects.filter(pk__in=[p.pk for p in profiles[:60]]).update(photo=ImageFactory())
    PersonProfile.methods.through.objects.bulk_create(
        PersonProfile.methods.through(personprofile=profile, methodpage=method) for profile in profiles[::7]
    )
    return {"tags": tags, "method": method}


def count_queries(client, url, params=None):
    client.get(url, params)  # warm caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "Personne"},
        {"departement": "988"},
        {"skill": "competence-3", "page": "3"},
        {"q": "compétence", "organisation": "", "method": ""},
    ],
    ids=["all", "text", "departement", "skill-page-3", "free-text-on-tags"],
)
def test_the_directory_runs_a_constant_number_of_queries_with_2000_people(
    agent_client, crowd, params, django_assert_max_num_queries
):
    agent_client.get("/membres/", params)
    with django_assert_max_num_queries(DIRECTORY_QUERIES):
        response = agent_client.get("/membres/", params)
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count > 24


def test_the_directory_counts_2000_people_and_facets_them(agent_client, crowd):
    _count, response = count_queries(agent_client, "/membres/", {"departement": "988"})
    expected = PersonProfile.objects.listed().filter(organisation__departement_number="988").count()
    assert response.context["page_obj"].paginator.count == expected
    skill_counts = {f["label"]: f["count"] for f in response.context["facets"]["skill"]}
    assert sum(skill_counts.values()) <= expected * 3
    assert response.context["facets"]["departement"][0]["count"] == expected


def test_a_departement_page_and_the_csv_export_stay_constant_with_2000_people(
    client_as, crowd, django_assert_max_num_queries
):
    from home import roles

    client = client_as(roles.EDITORS)
    client.get("/membres/departements/988/")
    with django_assert_max_num_queries(DEPARTEMENT_QUERIES):
        assert client.get("/membres/departements/988/").status_code == 200
    with django_assert_max_num_queries(EXPORT_QUERIES):
        response = client.get("/membres/export.csv")
    assert response.content.decode("utf-8-sig").count("\n") == PersonProfile.objects.listed().count() + 1


# Measured: 23 with 1,800 listed members (page frame, team, members with their
# tags and photos, methods, offers, case studies).
TEAM_PAGE_QUERIES = 23


def test_a_team_page_with_hundreds_of_members_runs_a_constant_number_of_queries(
    agent_client, crowd, directory_page, django_assert_max_num_queries
):
    from tests.factories.network import InnovationTeamPageFactory

    team = InnovationTeamPageFactory(parent=directory_page, title="Grande équipe")
    team.methods.add(crowd["method"])
    team.offers.add("coaching", "formation")
    team.save_revision().publish()
    PersonProfile.objects.filter(user__username__startswith="foule").update(team=team)
    agent_client.get(team.url)
    with django_assert_max_num_queries(TEAM_PAGE_QUERIES):
        response = agent_client.get(team.url)
    assert response.status_code == 200
    assert response.content.decode().count("person-card") >= 1800


def add_people(count, organisation, tag, prefix):
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"{prefix}{n}@exemple.fr", email=f"{prefix}{n}@exemple.fr") for n in range(count)
    )
    users = get_user_model().objects.filter(username__startswith=prefix)
    PersonProfile.objects.bulk_create(
        PersonProfile(user=user, display_name=f"Personne {prefix} {n}", organisation=organisation, listed=True)
        for n, user in enumerate(users)
    )
    TaggedSkill.objects.bulk_create(
        TaggedSkill(content_object=profile, tag=tag) for profile in PersonProfile.objects.filter(user__in=users)
    )


@pytest.mark.parametrize("params", [{}, {"q": "Personne"}, {"q": "compétence 3"}, {"skill": "competence-3"}])
def test_the_directory_runs_as_many_queries_with_twice_the_people(agent_client, crowd, params):
    before, response = count_queries(agent_client, "/membres/", params)
    people_before = response.context["page_obj"].paginator.count
    organisation = PersonProfile.objects.filter(organisation__isnull=False).first().organisation
    add_people(PEOPLE, organisation, crowd["tags"][3], "double")
    after, response = count_queries(agent_client, "/membres/", params)
    assert response.context["page_obj"].paginator.count > people_before
    assert after == before


def test_the_directory_entry_pages_its_teams_with_a_constant_number_of_queries(agent_client, directory_page):
    from network.models.directory import TEAMS_PER_PAGE
    from tests.factories.network import InnovationTeamPageFactory

    InnovationTeamPageFactory(parent=directory_page, title="Équipe 000")
    before, _response = count_queries(agent_client, directory_page.url)
    for n in range(1, 2 * TEAMS_PER_PAGE + 1):
        InnovationTeamPageFactory(parent=directory_page, title=f"Équipe {n:03d}")
    after, response = count_queries(agent_client, directory_page.url)
    assert after == before
    assert response.context["teams"].paginator.num_pages >= 3
    html = agent_client.get(directory_page.url, {"page": 2}).content.decode()
    assert f"Équipe {TEAMS_PER_PAGE:03d}" in html


@pytest.mark.parametrize("params", [{"q": "Personne"}, {"q": "Personne", "page": "40"}, {"q": "compétence"}])
def test_a_free_text_search_sends_no_list_of_its_matches_back_to_the_database(agent_client, crowd, params):
    # 1,800 people match: the count, the page and the facets start from their ids
    # sent as one parameter (network.directory.among), not one parameter each.
    sent = []

    def record(execute, sql, query_params, many, context):
        sent.append(len(query_params or ()))
        return execute(sql, query_params, many, context)

    agent_client.get("/membres/", params)
    with connection.execute_wrapper(record):
        response = agent_client.get("/membres/", params)
    assert response.context["page_obj"].paginator.count >= 1800
    assert max(sent) < 30


def test_a_free_text_search_pages_its_matches_in_directory_order(agent_client, crowd):
    from network.directory import DirectoryQuery, search_people

    expected = list(
        search_people(DirectoryQuery(text="Personne")).order_by("display_name", "pk").values_list("pk", flat=True)
    )
    response = agent_client.get("/membres/", {"q": "Personne", "page": "3"})
    assert response.context["page_obj"].paginator.count == len(expected)
    assert [person.pk for person in response.context["people"]] == expected[48:72]


def test_a_filtered_directory_counts_people_without_an_organisation(agent_client, crowd):
    # The count comes from the organisation facet's groups, the people without an
    # organisation included.
    PersonProfile.objects.filter(user__username__startswith="foule").filter(
        pk__in=TaggedSkill.objects.filter(tag=crowd["tags"][3]).values("content_object_id")
    ).update(organisation=None)
    response = agent_client.get("/membres/", {"skill": "competence-3"})
    expected = PersonProfile.objects.listed().filter(skills__slug="competence-3").count()
    assert expected > 24
    assert response.context["page_obj"].paginator.count == expected
    assert response.context["facets"]["organisation"] == []
