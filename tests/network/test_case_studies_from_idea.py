import pytest
from django.urls import reverse

from home import roles
from ideas.models import Idea, IdeaCallIndexPage, IdeaState, IdeaTeamMember
from network.case_studies import can_create_from_idea, create_case_study_from_idea
from network.models import CaseStudyIndexPage, CaseStudyPage, Organisation, PersonProfile
from tests.factories.ideas import IdeaCallPageFactory
from tests.factories.network import CaseStudyPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def idea(demo_user):
    call = IdeaCallPageFactory(parent=IdeaCallIndexPage.objects.get(), title="Appel à idées 2019")
    author = demo_user(roles.AGENTS)
    profile = PersonProfile.for_user(author)
    profile.organisation = Organisation.objects.get(name="Département de la Somme")
    profile.save()
    return Idea.objects.create(
        call=call,
        title="Des jardins partagés dans les collèges",
        summary="Les élèves cultivent un potager avec les agents d'entretien.\nLes légumes vont à la cantine.",
        created_by=author,
        state=IdeaState.LAUREATE,
    )


def test_an_idea_becomes_a_prefilled_unpublished_draft(idea, demo_user):
    coordinator = demo_user(roles.COORDINATORS)
    page = create_case_study_from_idea(idea, coordinator)
    page.refresh_from_db()
    assert not page.live
    assert page.has_unpublished_changes
    assert page.get_parent().specific == CaseStudyIndexPage.objects.get()
    assert page.title == idea.title
    assert page.summary == idea.summary
    assert page.slug == "des-jardins-partages-dans-les-colleges"
    assert "<p>Les légumes vont à la cantine.</p>" in page.problem
    assert page.source_idea == idea
    assert list(idea.case_studies.all()) == [page]
    assert page.year == idea.call.opens_at.year
    assert page.stage == CaseStudyPage.Stage.EXPERIMENT
    assert [o.name for o in page.organisations.all()] == ["Département de la Somme"]
    assert page.departement_number == "80"
    assert [p.user for p in page.contacts.all()] == [idea.created_by]
    assert page.owner == coordinator
    assert page.latest_revision is not None
    assert page.latest_revision.user == coordinator


def test_turning_the_same_idea_twice_returns_the_first_draft(idea, demo_user):
    first = create_case_study_from_idea(idea, demo_user(roles.COORDINATORS))
    again = create_case_study_from_idea(idea, demo_user(roles.ADMINISTRATORS))
    assert again.pk == first.pk
    assert CaseStudyPage.objects.filter(source_idea=idea).count() == 1


def test_a_taken_slug_gets_a_number(idea, demo_user):
    CaseStudyPageFactory(
        parent=CaseStudyIndexPage.objects.get(), title=idea.title, slug="des-jardins-partages-dans-les-colleges"
    )
    page = create_case_study_from_idea(idea, demo_user(roles.COORDINATORS))
    assert page.slug == "des-jardins-partages-dans-les-colleges-2"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (roles.AGENTS, False),
        (roles.MODERATORS, False),
        (roles.JURY, False),
        (roles.EDITORS, False),
        (roles.COORDINATORS, True),
        (roles.ADMINISTRATORS, True),
    ],
)
def test_only_coordinators_and_administrators_may_turn_ideas_into_case_studies(demo_user, role, allowed):
    assert can_create_from_idea(demo_user(role)) is allowed


def test_a_coordinator_turns_an_idea_into_a_draft_and_lands_in_the_editor(client_as, idea):
    client = client_as(roles.COORDINATORS)
    response = client.post(reverse("network:case_study_from_idea", args=[idea.pk]))
    page = CaseStudyPage.objects.get(source_idea=idea)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    editor = client.get(response["Location"])
    assert editor.status_code == 200
    assert idea.title in editor.content.decode()


@pytest.mark.parametrize("role", [roles.AGENTS, roles.EDITORS, roles.JURY])
def test_other_roles_get_403_and_nothing_is_created(client_as, idea, role):
    response = client_as(role).post(reverse("network:case_study_from_idea", args=[idea.pk]))
    assert response.status_code == 403
    assert not CaseStudyPage.objects.filter(source_idea=idea).exists()


def test_the_action_needs_a_post(client_as, idea):
    response = client_as(roles.COORDINATORS).get(reverse("network:case_study_from_idea", args=[idea.pk]))
    assert response.status_code == 405
    assert not CaseStudyPage.objects.filter(source_idea=idea).exists()


def test_an_unknown_idea_is_a_404(client_as):
    response = client_as(roles.ADMINISTRATORS).post(reverse("network:case_study_from_idea", args=[999999]))
    assert response.status_code == 404


def test_a_visitor_who_is_not_logged_in_is_sent_to_the_login_page(client, idea):
    response = client.post(reverse("network:case_study_from_idea", args=[idea.pk]))
    assert response.status_code == 302
    assert "/comptes/login/" in response["Location"]


@pytest.mark.parametrize(
    ("state", "allowed"),
    [
        (IdeaState.SUBMITTED, False),
        (IdeaState.PRESELECTED, False),
        (IdeaState.NOT_SELECTED, False),
        (IdeaState.LAUREATE, True),
        (IdeaState.INCUBATION, True),
        (IdeaState.DEPLOYED, True),
    ],
)
def test_only_ideas_that_are_laureates_or_further_may_become_case_studies(idea, state, allowed):
    from network.case_studies import idea_may_become_case_study

    idea.state = state
    assert idea_may_become_case_study(idea) is allowed


def test_the_co_authors_profiles_are_read_in_one_query_whatever_their_number(idea, django_assert_num_queries):
    from network.case_studies import _idea_people
    from tests.factories.network import PersonProfileFactory

    co_authors = PersonProfileFactory.create_batch(6)
    for profile in co_authors:
        IdeaTeamMember.objects.create(idea=idea, email=profile.user.email, user=profile.user)
    idea = Idea.objects.get(pk=idea.pk)
    # The idea's author, its team and their accounts (two queries), then every
    # profile with its organisation in one query, not one per person.
    with django_assert_num_queries(4):
        people = _idea_people(idea)
    assert people[0].user == idea.created_by
    assert {person.pk for person in people[1:]} == {profile.pk for profile in co_authors}
    assert all(person.organisation.name for person in people)


def test_a_co_author_without_a_profile_gets_one_when_the_draft_is_created(idea, demo_user):
    from tests.factories.network import UserFactory

    newcomer = UserFactory(first_name="Camille", last_name="Nouvelle")
    IdeaTeamMember.objects.create(idea=idea, email=newcomer.email, user=newcomer)
    page = create_case_study_from_idea(Idea.objects.get(pk=idea.pk), demo_user(roles.COORDINATORS))
    contacts = {person.user: person for person in page.contacts.all()}
    assert set(contacts) == {idea.created_by, newcomer}
    assert contacts[newcomer].display_name == "Camille Nouvelle"
