"""The jury on the server: blindness, conflicts of interest, ranking, jury day
and publishing the results through the workflow."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry

from home import roles
from ideas import jury
from ideas.models import CallJuror, CallState, IdeaCallPage, IdeaState, JuryEvaluation
from ideas.workflow import TRANSITION_ACTION
from tests.factories.ideas import IdeaFactory, IdeaTeamMemberFactory

pytestmark = pytest.mark.django_db

CRITERIA = [
    ("criterion", {"name": "Utilité pour les usagers", "description": "", "weight": 3}),
    ("criterion", {"name": "Faisabilité", "description": "", "weight": 2}),
    ("criterion", {"name": "Caractère innovant", "description": "", "weight": 1}),
]


@pytest.fixture
def jury_call(make_call):
    call = make_call(opens_in_days=-60, closes_in_days=-10, criteria=CRITERIA)
    # Read it back so that the criteria blocks have their ids.
    return IdeaCallPage.objects.get(pk=call.pk)


@pytest.fixture
def juror(demo_user, jury_call):
    user = demo_user(roles.JURY)
    CallJuror.objects.create(call=jury_call, user=user)
    return user


@pytest.fixture
def second_juror(make_user, jury_call):
    user = make_user("jure2@lenord.fr", roles.JURY)
    CallJuror.objects.create(call=jury_call, user=user)
    return user


@pytest.fixture
def preselected(jury_call, author):
    return IdeaFactory(call=jury_call, state=IdeaState.PRESELECTED, created_by=author, title="Un guichet mobile")


@pytest.fixture
def conflicted(jury_call, author, juror):
    """A pre-selected idea whose team includes the juror."""
    idea = IdeaFactory(call=jury_call, state=IdeaState.PRESELECTED, created_by=author, title="Une idée du juré")
    IdeaTeamMemberFactory(idea=idea, email=juror.email)
    return idea


def score_data(call, values=(5, 4, 3), comment="Très convaincant."):
    data = {f"criterion_{block.id}": value for block, value in zip(call.criteria, values, strict=True)}
    data["comment"] = comment
    return data


def test_a_juror_scores_every_criterion_with_a_comment(client, juror, preselected, jury_call):
    client.force_login(juror)
    response = client.post(reverse("ideas:jury_score", args=[preselected.pk]), score_data(jury_call))
    assert response.status_code == 302
    evaluation = JuryEvaluation.objects.get(idea=preselected, juror=juror)
    assert evaluation.comment == "Très convaincant."
    assert sorted(evaluation.values().values()) == [3, 4, 5]
    page = client.get(response.url).content.decode()
    assert "Votre évaluation est enregistrée" in page
    assert "Vous avez envoyé votre évaluation de cette idée : elle n'est plus modifiable." in page
    assert "alert--warning" not in page
    assert "sur 1 évaluation ;" in page


def test_a_missing_criterion_is_refused_and_what_was_typed_kept(client, juror, preselected, jury_call):
    client.force_login(juror)
    data = score_data(jury_call)
    data.pop(f"criterion_{jury_call.criteria[1].id}")
    response = client.post(reverse("ideas:jury_score", args=[preselected.pk]), data)
    assert response.status_code == 400
    assert "Notez ce critère de 1 à 5." in response.content.decode()
    assert "Très convaincant." in response.content.decode()
    assert not JuryEvaluation.objects.filter(idea=preselected).exists()


def test_a_score_outside_one_to_five_is_refused_on_the_server(juror, preselected, jury_call):
    block = jury_call.criteria[0]
    values = {b.id: 3 for b in jury_call.criteria} | {block.id: 6}
    with pytest.raises(jury.ScoreRefused):
        jury.submit_evaluation(juror, preselected, values)


def test_a_juror_does_not_see_the_others_scores_before_submitting(client, juror, second_juror, preselected, jury_call):
    client.force_login(second_juror)
    client.post(reverse("ideas:jury_score", args=[preselected.pk]), score_data(jury_call, comment="Avis du second"))

    client.force_login(juror)
    before = client.get(reverse("ideas:jury_score", args=[preselected.pk])).content.decode()
    assert "Avis du second" not in before
    assert "Les notes du jury" not in before

    client.post(reverse("ideas:jury_score", args=[preselected.pk]), score_data(jury_call, values=(2, 2, 2)))
    after = client.get(reverse("ideas:jury_score", args=[preselected.pk])).content.decode()
    assert "Avis du second" in after
    assert "Les notes du jury" in after


def test_a_juror_cannot_score_twice(juror, preselected, jury_call):
    values = {block.id: 4 for block in jury_call.criteria}
    jury.submit_evaluation(juror, preselected, values)
    with pytest.raises(jury.ScoreRefused):
        jury.submit_evaluation(juror, preselected, values)
    assert JuryEvaluation.objects.filter(juror=juror, idea=preselected).count() == 1


def test_a_juror_in_the_team_is_refused_on_the_server(client, juror, conflicted, jury_call):
    client.force_login(juror)
    page = client.get(reverse("ideas:jury_score", args=[conflicted.pk]))
    assert "(conflit d&#x27;intérêts)" in page.content.decode()
    assert "Envoyer mon évaluation" not in page.content.decode()
    # Posting anyway, as a crafted request would.
    response = client.post(reverse("ideas:jury_score", args=[conflicted.pk]), score_data(jury_call))
    assert response.status_code == 403
    assert not JuryEvaluation.objects.filter(idea=conflicted).exists()


def test_a_juror_who_authored_the_idea_is_refused(jury_call, juror):
    idea = IdeaFactory(call=jury_call, state=IdeaState.PRESELECTED, created_by=juror)
    with pytest.raises(jury.ScoreRefused, match="conflit"):
        jury.check_may_score(juror, idea)


def test_someone_outside_the_jury_gets_404(agent_client, preselected):
    assert agent_client.get(reverse("ideas:jury_score", args=[preselected.pk])).status_code == 404


@pytest.mark.parametrize("state", [IdeaState.DRAFT, IdeaState.SUBMITTED, IdeaState.INADMISSIBLE])
def test_the_scoring_page_of_an_idea_the_jury_does_not_see_is_404_for_jurors_and_coordinators(
    client, client_as, juror, jury_call, author, state
):
    idea = IdeaFactory(call=jury_call, state=state, created_by=author, title="Une idée hors du jury")
    url = reverse("ideas:jury_score", args=[idea.pk])
    client.force_login(juror)
    assert client.get(url).status_code == 404
    response = client_as(roles.COORDINATORS).get(url)
    assert response.status_code == 404
    assert "Une idée hors du jury" not in response.content.decode()


def test_an_idea_scored_before_the_results_keeps_its_scoring_page(client, juror, preselected, jury_call):
    client.force_login(juror)
    client.post(reverse("ideas:jury_score", args=[preselected.pk]), score_data(jury_call))
    preselected.state = IdeaState.LAUREATE
    preselected.save()
    assert client.get(reverse("ideas:jury_score", args=[preselected.pk])).status_code == 200


def test_a_juror_of_another_call_may_not_score(make_user, preselected, jury_call):
    other = make_user("autre.jure@oise.fr", roles.JURY)
    with pytest.raises(jury.ScoreRefused):
        jury.submit_evaluation(other, preselected, {block.id: 3 for block in jury_call.criteria})


def test_coordinators_see_the_weighted_ranking_with_the_spread(
    client_as, juror, second_juror, preselected, jury_call, author
):
    weaker = IdeaFactory(call=jury_call, state=IdeaState.PRESELECTED, created_by=author, title="Une idée moyenne")
    ids = [block.id for block in jury_call.criteria]
    jury.submit_evaluation(juror, preselected, dict(zip(ids, (5, 5, 5), strict=True)))
    jury.submit_evaluation(second_juror, preselected, dict(zip(ids, (3, 3, 3), strict=True)))
    jury.submit_evaluation(juror, weaker, dict(zip(ids, (2, 2, 2), strict=True)))
    ranking = jury.ranking(jury_call)
    assert [(r.idea.pk, r.rank, r.score, r.spread) for r in ranking] == [
        (preselected.pk, 1, 4, 2),
        (weaker.pk, 2, 2, 0),
    ]

    response = client_as(roles.COORDINATORS).get(reverse("ideas:jury_ranking", args=[jury_call.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Un guichet mobile") < html.index("Une idée moyenne")
    assert "jurés partagés" in html  # a spread of 2 points


def test_jurors_and_agents_may_not_see_the_ranking(client, juror, agent_client, jury_call):
    assert agent_client.get(reverse("ideas:jury_ranking", args=[jury_call.pk])).status_code == 403
    client.force_login(juror)
    assert client.get(reverse("ideas:jury_day", args=[jury_call.pk])).status_code == 403


def test_jury_day_shows_the_order_of_passage_and_the_timer(client_as, preselected, jury_call, author):
    second = IdeaFactory(call=jury_call, state=IdeaState.PRESELECTED, created_by=author, title="Zéro papier")
    client = client_as(roles.COORDINATORS)
    html = client.get(reverse("ideas:jury_day", args=[jury_call.pk])).content.decode()
    assert 'data-pitch="180"' in html
    assert 'data-questions="300"' in html
    assert "Équipe 1 sur 2" in html
    assert html.index(preselected.title) < html.index(second.title)
    last = client.get(reverse("ideas:jury_day", args=[jury_call.pk]) + "?equipe=2").content.decode()
    assert "Passer à la délibération" in last


def test_publishing_the_results_goes_through_the_workflow(client_as, preselected, jury_call, author):
    other = IdeaFactory(call=jury_call, state=IdeaState.PRESELECTED, created_by=author, title="Non retenue")
    client = client_as(roles.COORDINATORS)
    mail.outbox.clear()
    response = client.post(reverse("ideas:jury_publish", args=[jury_call.pk]), {"laureates": [preselected.pk]})
    call = IdeaCallPage.objects.get(pk=jury_call.pk)
    assert response.status_code == 302
    assert response.url == call.url
    preselected.refresh_from_db()
    other.refresh_from_db()
    assert preselected.state == IdeaState.LAUREATE
    assert other.state == IdeaState.NOT_SELECTED
    assert call.state == CallState.RESULTS
    logged = ModelLogEntry.objects.filter(action=TRANSITION_ACTION, object_id__in=[str(preselected.pk), str(other.pk)])
    assert {entry.data["to"] for entry in logged} == {IdeaState.LAUREATE, IdeaState.NOT_SELECTED}
    assert len(mail.outbox) == 2
    laureate_mail, other_mail = sorted(mail.outbox, key=lambda message: "Non retenue" in message.body)
    assert "Félicitations" in laureate_mail.body
    assert "trois mois de pré-incubation" in laureate_mail.body
    assert "vivier des idées" in other_mail.body
    assert "http://testserver/idees/vivier/" in other_mail.body
    # The call page now shows the laureate.
    page = client.get(call.url).content.decode()
    assert "Les idées lauréates" in page
    assert preselected.title in page


def test_publishing_the_results_keeps_an_editors_draft_of_the_call(client_as, preselected, jury_call, demo_user):
    call = IdeaCallPage.objects.get(pk=jury_call.pk)
    call.summary = "Résumé revu, pas encore publié"
    call.save_revision(user=demo_user(roles.COORDINATORS))
    client = client_as(roles.COORDINATORS)
    client.post(reverse("ideas:jury_publish", args=[jury_call.pk]), {"laureates": [preselected.pk]})

    call = IdeaCallPage.objects.get(pk=jury_call.pk)
    assert call.state == CallState.RESULTS
    assert call.has_unpublished_changes
    assert call.get_latest_revision_as_object().summary == "Résumé revu, pas encore publié"
    assert call.summary != "Résumé revu, pas encore publié"
    entry = PageLogEntry.objects.filter(page=call, action=jury.RESULTS_PUBLISHED_ACTION).get()
    assert entry.data == {"laureates": [preselected.pk]}
    # Publishing the draft afterwards keeps the results on the call page.
    call.get_latest_revision().publish()
    call = IdeaCallPage.objects.get(pk=jury_call.pk)
    assert call.summary == "Résumé revu, pas encore publié"
    assert call.state == CallState.RESULTS


def test_results_are_not_published_while_the_call_is_open(client_as, make_call, author):
    call = make_call(opens_in_days=-10, closes_in_days=5, criteria=CRITERIA)
    idea = IdeaFactory(call=call, state=IdeaState.PRESELECTED, created_by=author)
    waiting = IdeaFactory(call=call, state=IdeaState.ADMISSIBLE, created_by=author)
    client = client_as(roles.COORDINATORS)
    sheet = client.get(reverse("ideas:jury_deliberation", args=[call.pk])).content.decode()
    assert "ses résultats se publient après sa clôture" in sheet
    assert reverse("ideas:jury_publish", args=[call.pk]) not in sheet
    assert "1 idée de cet appel attend encore une décision" in sheet

    response = client.post(reverse("ideas:jury_publish", args=[call.pk]), {"laureates": [idea.pk]}, follow=True)
    assert "ses résultats se publient après sa clôture" in response.content.decode()
    idea.refresh_from_db()
    waiting.refresh_from_db()
    assert (idea.state, waiting.state) == (IdeaState.PRESELECTED, IdeaState.ADMISSIBLE)
    assert IdeaCallPage.objects.get(pk=call.pk).results_published_at is None


def test_only_coordinators_publish_results(client, juror, preselected, jury_call):
    client.force_login(juror)
    response = client.post(reverse("ideas:jury_publish", args=[jury_call.pk]), {"laureates": [preselected.pk]})
    assert response.status_code == 403
    preselected.refresh_from_db()
    assert preselected.state == IdeaState.PRESELECTED


def test_the_demo_jury_ranks_the_eight_2019_laureates_first():
    call = IdeaCallPage.objects.get(slug="forum-interdepartemental-2019")
    ranking = jury.ranking(call)
    assert len(ranking) == 15
    assert {r.idea.state for r in ranking[:8]} == {IdeaState.LAUREATE}
    assert {r.idea.state for r in ranking[8:]} == {IdeaState.NOT_SELECTED}
    assert all(r.count == 4 for r in ranking)


def test_coordinators_name_the_jurors_of_a_call_among_the_jury_group(client_as, demo_user, jury_call):
    client = client_as(roles.COORDINATORS)
    add_url = reverse("wagtailsnippets_ideas_calljuror:add")
    form = client.get(add_url).content.decode()
    assert "jury@oise.fr" in form
    assert "agent@somme.fr" not in form
    agent = demo_user(roles.AGENTS)
    client.post(add_url, {"call": jury_call.pk, "user": agent.pk})
    assert not CallJuror.objects.filter(call=jury_call, user=agent).exists()
    response = client.post(add_url, {"call": jury_call.pk, "user": demo_user(roles.JURY).pk})
    assert response.status_code == 302
    assert CallJuror.objects.filter(call=jury_call, user=demo_user(roles.JURY)).exists()


def test_jurors_and_coordinators_find_the_jury_pages_from_my_ideas(client, juror, client_as):
    client.force_login(juror)
    assert reverse("ideas:jury_home") in client.get(reverse("ideas:my_ideas")).content.decode()
    assert reverse("ideas:jury_home") in client_as(roles.COORDINATORS).get(reverse("ideas:my_ideas")).content.decode()
    assert reverse("ideas:jury_home") not in client_as(roles.AGENTS).get(reverse("ideas:my_ideas")).content.decode()
