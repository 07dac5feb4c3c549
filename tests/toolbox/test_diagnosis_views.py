"""Filling a session (evidence required, drafts), privacy, results and their query counts."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home import roles
from network.models import Organisation, PersonProfile
from tests.factories.network import OrganisationFactory
from tests.factories.toolbox import DiagnosisSessionFactory, MethodPageFactory
from toolbox.diagnosis_forms import LEVEL_MISSING
from toolbox.models import ToolboxIndexPage
from toolbox.models.diagnosis import EVIDENCE_REQUIRED, DiagnosisRating, DiagnosisSession, DiagnosisSubPractice

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(somme):
    return DiagnosisSession.objects.get(organisation=somme, status=DiagnosisSession.Status.DRAFT)


@pytest.fixture
def completed(somme):
    return DiagnosisSession.objects.completed().filter(organisation=somme).order_by("-held_on").first()


def subpractices():
    return list(DiagnosisSubPractice.objects.order_by("competency__sort_order", "sort_order"))


def answers(session, overrides=None, action="draft"):
    """The form as the browser posts it: the stored answers, changed by `overrides`."""
    stored = {r.subpractice_id: (r.level, r.evidence) for r in session.ratings.all()}
    data = {"action": action}
    for subpractice in subpractices():
        level, evidence = stored.get(subpractice.pk, (None, ""))
        level, evidence = (overrides or {}).get(subpractice.pk, (level, evidence))
        data[f"level_{subpractice.pk}"] = "" if level is None else str(level)
        data[f"evidence_{subpractice.pk}"] = evidence
    return data


def fill_url(session):
    return reverse("toolbox:diagnosis_fill", kwargs={"pk": session.pk})


def results_url(session):
    return reverse("toolbox:diagnosis_results", kwargs={"pk": session.pk})


def member_of(organisation, email):
    user = get_user_model().objects.create_user(username=email, email=email, password="x")
    PersonProfile.objects.create(user=user, display_name=email, organisation=organisation)
    return user


# Evidence and drafts


def test_completing_with_a_level_without_evidence_is_refused_and_nothing_typed_is_lost(agent_client, draft):
    unrated = [sp for sp in subpractices() if not draft.ratings.filter(subpractice=sp).exists()]
    first, second = unrated[0], unrated[1]
    data = answers(
        draft,
        {first.pk: (4, "   "), second.pk: (None, "Trois ateliers avec les usagers en mars.")},
        action="complete",
    )
    response = agent_client.post(fill_url(draft), data)
    assert response.status_code == 200
    content = response.content.decode()
    assert str(EVIDENCE_REQUIRED).replace("'", "&#x27;") in content
    assert "Trois ateliers avec les usagers en mars." in content
    assert response.context["form"][f"level_{first.pk}"].value() == "4"
    assert not draft.ratings.filter(subpractice__in=[first, second]).exists()


def test_a_draft_saves_a_level_whose_facts_are_not_written_yet_and_says_so(agent_client, draft):
    unrated = [sp for sp in subpractices() if not draft.ratings.filter(subpractice=sp).exists()]
    first, second = unrated[0], unrated[1]
    data = answers(draft, {first.pk: (4, "   "), second.pk: (2, "Trois ateliers avec les usagers en mars.")})
    response = agent_client.post(fill_url(draft), data, follow=True)
    assert response.redirect_chain == [(fill_url(draft), 302)]
    assert (draft.ratings.get(subpractice=first).level, draft.ratings.get(subpractice=first).evidence) == (4, "")
    assert draft.ratings.get(subpractice=second).level == 2
    assert [str(message) for message in response.context["messages"]] == [
        "Brouillon enregistré : vous pourrez reprendre plus tard.",
        "1 niveau attend encore les faits qui le prouvent : notez-les avant de terminer le diagnostic.",
    ]
    assert response.context["form"][f"level_{first.pk}"].value() == 4


def test_a_draft_keeps_its_answers_and_can_be_completed_later(agent_client, draft):
    first = [sp for sp in subpractices() if not draft.ratings.filter(subpractice=sp).exists()][0]
    data = answers(draft, {first.pk: (2, "Une seule réunion interservices en un an.")})
    response = agent_client.post(fill_url(draft), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == DiagnosisSession.Status.DRAFT
    rating = draft.ratings.get(subpractice=first)
    assert (rating.level, rating.evidence) == (2, "Une seule réunion interservices en un an.")
    reopened = agent_client.get(fill_url(draft))
    assert reopened.context["form"][f"level_{first.pk}"].value() == 2


def test_evidence_can_be_noted_before_the_group_agrees_on_a_level(agent_client, draft):
    first = [sp for sp in subpractices() if not draft.ratings.filter(subpractice=sp).exists()][0]
    agent_client.post(fill_url(draft), answers(draft, {first.pk: (None, "À discuter : le budget 2026.")}))
    assert draft.ratings.get(subpractice=first).level is None


def test_emptying_an_answer_removes_it(agent_client, draft):
    rated = draft.ratings.first()
    agent_client.post(fill_url(draft), answers(draft, {rated.subpractice_id: (None, "")}))
    assert not draft.ratings.filter(pk=rated.pk).exists()


def test_completing_needs_a_level_for_every_subpractice(agent_client, draft):
    response = agent_client.post(fill_url(draft), answers(draft, action="complete"))
    assert response.status_code == 200
    assert str(LEVEL_MISSING).replace("'", "&#x27;") in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == DiagnosisSession.Status.DRAFT


def test_completing_a_fully_rated_session_shows_its_results(agent_client, draft):
    everything = {sp.pk: (3, f"Fait observé pour {sp.short_title}.") for sp in subpractices()}
    response = agent_client.post(fill_url(draft), answers(draft, everything, action="complete"))
    assert response.status_code == 302
    assert response.url == results_url(draft)
    draft.refresh_from_db()
    assert draft.is_completed
    assert draft.completed_at is not None
    assert agent_client.get(results_url(draft)).status_code == 200


def test_a_completed_session_is_no_longer_edited(agent_client, completed):
    response = agent_client.post(fill_url(completed), answers(completed, action="draft"))
    assert response.status_code == 302
    assert response.url == results_url(completed)


def test_results_of_a_draft_send_back_to_the_questionnaire(agent_client, draft):
    response = agent_client.get(results_url(draft))
    assert response.status_code == 302
    assert response.url == fill_url(draft)


def test_a_session_cannot_be_completed_while_a_level_lacks_its_facts(draft):
    everything = {sp.pk: (3, f"Fait observé pour {sp.short_title}.") for sp in subpractices()}
    everything[subpractices()[-1].pk] = (3, "")
    draft.save_answers(everything)
    with pytest.raises(ValidationError) as refused:
        draft.complete()
    assert refused.value.code == "evidence_required"
    draft.refresh_from_db()
    assert not draft.is_completed


def test_a_rating_without_evidence_validates_in_a_draft_only(draft, completed):
    DiagnosisRating(session=draft, subpractice=subpractices()[0], level=1, evidence=" ").clean()
    with pytest.raises(ValidationError):
        DiagnosisRating(session=completed, subpractice=subpractices()[0], level=1, evidence=" ").clean()


def test_a_session_cannot_be_completed_while_a_subpractice_is_unrated(draft):
    with pytest.raises(ValidationError):
        draft.complete()


# Opening a session


def test_a_new_session_is_for_the_organisation_of_the_profile(agent_client, somme, demo_user):
    response = agent_client.get(reverse("toolbox:diagnosis_create"))
    assert list(response.context["form"].fields["organisation"].queryset) == [somme]
    nord = Organisation.objects.get(name="Département du Nord")
    refused = agent_client.post(
        reverse("toolbox:diagnosis_create"),
        {"organisation": nord.pk, "title": "Pour le Nord", "held_on": "2026-11-20"},
    )
    assert refused.status_code == 200
    assert not DiagnosisSession.objects.filter(title="Pour le Nord").exists()
    created = agent_client.post(
        reverse("toolbox:diagnosis_create"),
        {"organisation": somme.pk, "title": "Direction de la culture", "held_on": "2026-11-20", "participants": "10"},
    )
    session = DiagnosisSession.objects.get(title="Direction de la culture")
    assert created.url == fill_url(session)
    assert (session.organisation, session.created_by, session.status) == (somme, demo_user(), "draft")


def test_without_an_organisation_on_the_profile_any_organisation_can_be_chosen(client):
    user = get_user_model().objects.create_user(username="sans@exemple.fr", email="sans@exemple.fr", password="x")
    client.force_login(user)
    response = client.get(reverse("toolbox:diagnosis_create"))
    assert response.context["form"].fields["organisation"].queryset.count() == Organisation.objects.count()


def test_sessions_are_listed_newest_first_with_their_progress(agent_client):
    sessions = list(agent_client.get(reverse("toolbox:diagnosis_index")).context["sessions"])
    dates = [session.held_on for session in sessions]
    assert dates == sorted(dates, reverse=True)
    assert sessions[0].title == "Direction des routes"
    assert sessions[0].rated == 8


# Privacy


def test_an_agent_of_another_organisation_gets_404(client_as, completed, draft):
    nord_client = client_as(roles.MODERATORS)  # moderation@lenord.fr, of the Nord
    assert nord_client.get(results_url(completed)).status_code == 404
    assert nord_client.get(fill_url(draft)).status_code == 404
    assert nord_client.post(fill_url(draft), answers(draft)).status_code == 404
    listing = nord_client.get(reverse("toolbox:diagnosis_index"))
    assert completed not in listing.context["sessions"]


def test_members_of_the_organisation_see_its_sessions(client, somme, completed):
    client.force_login(member_of(somme, "collegue@somme.fr"))
    assert client.get(results_url(completed)).status_code == 200
    assert completed in client.get(reverse("toolbox:diagnosis_index")).context["sessions"]


def test_the_creator_sees_their_session_even_without_an_organisation(client, somme):
    user = get_user_model().objects.create_user(username="libre@exemple.fr", email="libre@exemple.fr", password="x")
    session = DiagnosisSessionFactory(organisation=somme, created_by=user)
    client.force_login(user)
    assert client.get(fill_url(session)).status_code == 200


# Results


def test_results_show_history_network_average_and_methods_for_the_weakest(agent_client, completed):
    weakest = completed.ratings.order_by("level", "subpractice__competency__sort_order", "subpractice__sort_order")
    weakest = weakest.first().subpractice
    method = MethodPageFactory(parent=ToolboxIndexPage.objects.get(), title="Rétrospective d'équipe")
    weakest.methods.add(method)
    weakest.save()
    response = agent_client.get(results_url(completed))
    context = response.context
    assert [item["session"].held_on for item in context["history"]] == [
        datetime.date(2025, 3, 12),
        datetime.date(2026, 10, 8),
    ]
    assert context["network_shown"]
    assert context["network_count"] == 5
    assert weakest in [item["subpractice"] for item in context["weakest"]]
    content = response.content.decode()
    assert "Rétrospective d&#x27;équipe" in content
    assert content.count('role="img"') == 8  # the overview, one radar per competency, the history line
    assert "<title id=" in content


def test_results_dates_and_levels_are_written_the_english_way_in_english(agent_client, completed):
    french = agent_client.get(results_url(completed))
    assert [point["label"] for point in french.context["history_chart"]["points"]] == ["12/03/2025", "08/10/2026"]
    assert "Séance précédente (12/03/2025)" in french.content.decode()
    assert "12/03/2025 — " in french.content.decode()

    agent_client.post("/langue/", {"language": "en", "next": "/"})
    response = agent_client.get(results_url(completed))
    chart = response.context["history_chart"]
    assert [point["label"] for point in chart["points"]] == ["03/12/2025", "10/08/2026"]
    assert all("." in point["value"] and "," not in point["value"] for point in chart["points"])
    content = response.content.decode()
    assert "Previous session (03/12/2025)" in content
    assert "03/12/2025 — " in content
    assert "12/03/2025" not in content


def test_network_average_leaves_out_the_organisation_itself(agent_client, completed):
    rows = agent_client.get(results_url(completed)).context["overview_rows"]
    others = DiagnosisSession.objects.completed().exclude(organisation=completed.organisation)
    assert all(row["network"] is not None for row in rows)
    # Somme's own levels (2 to 4) are not in the mean: the demo gives others other levels.
    assert {session.organisation.name for session in others} >= {"Département du Nord", "Ville de Nancy"}


def test_network_average_is_hidden_below_three_other_organisations(agent_client, completed):
    kept = DiagnosisSession.objects.completed().exclude(organisation=completed.organisation)[:2]
    DiagnosisSession.objects.completed().exclude(organisation=completed.organisation).exclude(
        pk__in=[s.pk for s in kept]
    ).delete()
    response = agent_client.get(results_url(completed))
    assert not response.context["network_shown"]
    assert all(row["network"] is None for row in response.context["overview_rows"])
    assert "au moins 3 autres organisations" in response.content.decode()


def bulk_sessions(organisations, per_organisation, status=DiagnosisSession.Status.COMPLETED):
    sessions = DiagnosisSession.objects.bulk_create(
        DiagnosisSession(
            organisation=organisation,
            title=f"Séance {index}",
            held_on=datetime.date(2020 + index % 6, 1 + index % 12, 1),
            status=status,
        )
        for organisation in organisations
        for index in range(per_organisation)
    )
    DiagnosisRating.objects.bulk_create(
        DiagnosisRating(session=session, subpractice=subpractice, level=1 + i % 5, evidence="Un fait.")
        for session in sessions
        for i, subpractice in enumerate(subpractices())
    )
    return sessions


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context), response


def test_results_page_runs_as_many_queries_whatever_the_number_of_sessions(agent_client, completed, somme):
    agent_client.get(results_url(completed))  # warm the site and settings caches
    few, _response = queries_for(agent_client, results_url(completed))
    bulk_sessions(OrganisationFactory.create_batch(40), per_organisation=2)
    bulk_sessions([somme], per_organisation=12)
    many, response = queries_for(agent_client, results_url(completed))
    assert many == few
    assert few <= 20  # 9 of them for the diagnosis, the rest for the session, user and page furniture
    assert response.context["network_count"] == 45
    assert len(response.context["history"]) == 14


def test_session_list_runs_as_many_queries_whatever_the_number_of_sessions(agent_client, somme):
    url = reverse("toolbox:diagnosis_index")
    agent_client.get(url)
    few, _response = queries_for(agent_client, url)
    bulk_sessions([somme], per_organisation=60, status=DiagnosisSession.Status.DRAFT)
    many, response = queries_for(agent_client, url)
    assert many == few
    assert few <= 14
    assert len(response.context["sessions"]) == 63
