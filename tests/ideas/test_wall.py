"""The idea wall on a call page: what it lists, supports, comments, reports and hiding."""

import pytest
from django.db import IntegrityError
from django.urls import reverse
from wagtail.models import ModelLogEntry

from home import roles
from ideas import engagement
from ideas.engagement import COMMENT_HIDDEN
from ideas.models import CallState, IdeaComment, IdeaState, IdeaSupport
from network.models import Organisation
from tests.factories.ideas import IdeaCommentFactory, IdeaFactory, IdeaSupportFactory, IdeaTeamMemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def wall(open_call, author):
    nord = Organisation.objects.get(name="Département du Nord")
    somme = Organisation.objects.get(name="Département de la Somme")
    ideas = {
        "admissible": IdeaFactory(
            call=open_call, state=IdeaState.ADMISSIBLE, title="Recevable du Nord", departement=nord
        ),
        "preselected": IdeaFactory(
            call=open_call, state=IdeaState.PRESELECTED, title="Présélectionnée de la Somme", departement=somme
        ),
        "submitted": IdeaFactory(call=open_call, state=IdeaState.SUBMITTED, title="Encore soumise"),
        "draft": IdeaFactory(call=open_call, state=IdeaState.DRAFT, title="Un brouillon privé", created_by=author),
    }
    IdeaTeamMemberFactory(idea=ideas["admissible"], email="binome@lenord.fr")
    return ideas


def test_the_wall_lists_recevable_ideas_with_state_departement_and_team(agent_client, open_call, wall, make_user):
    colleague = make_user("camille.durand@lenord.fr")
    colleague.first_name, colleague.last_name = "Camille", "Durand"
    colleague.save()
    IdeaTeamMemberFactory(idea=wall["admissible"], email=colleague.email)
    html = agent_client.get(open_call.url).content.decode()
    assert "Le mur des idées" in html
    assert "Recevable du Nord" in html
    assert "Présélectionnée de la Somme" in html
    assert "Encore soumise" not in html
    assert "Un brouillon privé" not in html
    assert "Département du Nord" in html
    # The team: the author (none here), then the members by name or, without an account, address.
    assert "</span>binome@lenord.fr, Camille Durand</p>" in html
    assert "Présélectionnée" in html


def test_the_wall_filters_by_departement_and_state_without_javascript(agent_client, open_call, wall):
    nord = Organisation.objects.get(name="Département du Nord")
    html = agent_client.get(open_call.url, {"departement": nord.pk}).content.decode()
    assert "Recevable du Nord" in html
    assert "Présélectionnée de la Somme" not in html
    html = agent_client.get(open_call.url, {"etat": IdeaState.PRESELECTED}).content.decode()
    assert "Recevable du Nord" not in html
    assert "Présélectionnée de la Somme" in html


def test_an_agent_supports_once_and_may_withdraw(agent_client, demo_user, wall):
    idea = wall["admissible"]
    url = reverse("ideas:support", args=[idea.pk])
    agent_client.post(url, {"action": "support"})
    agent_client.post(url, {"action": "support"})
    assert IdeaSupport.objects.filter(idea=idea).count() == 1
    agent_client.post(url, {"action": "withdraw"})
    assert not IdeaSupport.objects.filter(idea=idea).exists()


def test_the_database_refuses_a_second_support(demo_user, wall):
    IdeaSupport.objects.create(idea=wall["admissible"], user=demo_user())
    with pytest.raises(IntegrityError):
        IdeaSupport.objects.create(idea=wall["admissible"], user=demo_user())


def test_supports_are_counted_on_the_wall(agent_client, open_call, wall, make_user):
    for number in range(3):
        IdeaSupportFactory(idea=wall["admissible"], user=make_user(f"soutien{number}@somme.fr"))
    IdeaCommentFactory(idea=wall["admissible"], author=make_user("commentaire@somme.fr"))
    html = agent_client.get(open_call.url).content.decode()
    assert "3 soutiens" in html
    assert "1 commentaire<" in html
    agent_client.post("/langue/", {"language": "en", "next": "/"})
    html = agent_client.get(open_call.url).content.decode()
    assert "3 supports" in html
    assert "1 comment<" in html


def test_each_card_links_to_its_discussion_and_posts_its_support(agent_client, open_call, wall):
    html = agent_client.get(open_call.url).content.decode()
    for key in ("admissible", "preselected"):
        pk = wall[key].pk
        assert f'href="{reverse("ideas:discussion", args=[pk])}"' in html
        assert f'action="{reverse("ideas:support", args=[pk])}"' in html


def test_ideas_not_yet_recevable_cannot_be_supported(agent_client, wall):
    response = agent_client.post(reverse("ideas:support", args=[wall["submitted"].pk]), {"action": "support"})
    assert response.status_code == 404
    assert not IdeaSupport.objects.filter(idea=wall["submitted"]).exists()


def test_an_agent_comments_and_an_empty_comment_is_refused(agent_client, wall):
    idea = wall["admissible"]
    response = agent_client.post(reverse("ideas:comment", args=[idea.pk]), {"text": "  "})
    assert response.status_code == 400
    assert "Le commentaire est vide." in response.content.decode()
    agent_client.post(reverse("ideas:comment", args=[idea.pk]), {"text": "Nous avons le même besoin."})
    assert IdeaComment.objects.get(idea=idea).text == "Nous avons le même besoin."


def test_anyone_may_report_a_comment_once(agent_client, demo_user, wall):
    comment = IdeaCommentFactory(idea=wall["admissible"])
    url = reverse("ideas:report_comment", args=[comment.pk])
    agent_client.post(url, {"reason": "Hors sujet"})
    agent_client.post(url, {"reason": "Hors sujet"})
    assert comment.reports.count() == 1


def test_a_comment_once_reported_shows_it_instead_of_the_button(agent_client, wall):
    comment = IdeaCommentFactory(idea=wall["admissible"])
    discussion = reverse("ideas:discussion", args=[wall["admissible"].pk])
    report_url = reverse("ideas:report_comment", args=[comment.pk])
    assert report_url in agent_client.get(discussion).content.decode()
    response = agent_client.post(report_url)
    assert response.url == f"{discussion}#commentaire-{comment.pk}"  # back to the comment
    html = agent_client.get(discussion).content.decode()
    assert report_url not in html
    assert "Vous l'avez signalé" in html


def test_nobody_reports_their_own_comment(agent_client, demo_user, wall):
    comment = IdeaCommentFactory(idea=wall["admissible"], author=demo_user(roles.AGENTS))
    discussion = reverse("ideas:discussion", args=[wall["admissible"].pk])
    report_url = reverse("ideas:report_comment", args=[comment.pk])
    assert report_url not in agent_client.get(discussion).content.decode()
    response = agent_client.post(report_url, follow=True)
    assert "Vous ne pouvez pas signaler votre propre commentaire." in response.content.decode()
    assert not comment.reports.exists()


def test_a_hidden_comment_is_gone_for_agents_and_kept_for_moderators(client_as, demo_user, wall):
    idea = wall["admissible"]
    comment = IdeaCommentFactory(idea=idea, text="Un commentaire blessant")
    moderators = client_as(roles.MODERATORS)
    moderators.post(reverse("ideas:hide_comment", args=[comment.pk]), {"action": "hide"})
    comment.refresh_from_db()
    assert comment.is_hidden
    assert comment.hidden_by == demo_user(roles.MODERATORS)
    entry = ModelLogEntry.objects.for_instance(comment).get(action=COMMENT_HIDDEN)
    assert entry.user == demo_user(roles.MODERATORS)

    moderator_view = moderators.get(reverse("ideas:discussion", args=[idea.pk])).content.decode()
    assert "Un commentaire blessant" in moderator_view
    assert "Masqué par" in moderator_view

    agents = client_as(roles.AGENTS)
    assert "Un commentaire blessant" not in agents.get(reverse("ideas:discussion", args=[idea.pk])).content.decode()
    # Nor can an agent act on it any more.
    assert agents.post(reverse("ideas:report_comment", args=[comment.pk])).status_code == 404


def test_only_moderators_hide_comments(agent_client, wall):
    comment = IdeaCommentFactory(idea=wall["admissible"])
    assert agent_client.post(reverse("ideas:hide_comment", args=[comment.pk]), {"action": "hide"}).status_code == 403
    comment.refresh_from_db()
    assert not comment.is_hidden
    with pytest.raises(engagement.EngagementRefused):
        engagement.set_hidden(comment.author, comment, True)


def test_after_the_results_the_laureates_are_highlighted_first(agent_client):
    from ideas.models import IdeaCallPage

    forum = IdeaCallPage.objects.get(slug="forum-interdepartemental-2019")
    assert forum.state == CallState.RESULTS
    html = agent_client.get(forum.url).content.decode()
    wall_html = html[html.index('id="mur"') :]
    assert wall_html.count("idea-card--laureate") == 8
    first_card = wall_html[wall_html.index('<li class="card') :][:200]
    assert "idea-card--laureate" in first_card


def test_a_wall_of_300_ideas_with_supports_and_comments_runs_a_constant_number_of_queries(
    agent_client, open_call, make_user, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from ideas.models import Idea, IdeaTeamMember

    somme = Organisation.objects.get(name="Département de la Somme")
    supporters = [make_user(f"soutien{n}@somme.fr") for n in range(3)]

    def add_ideas(count, start):
        ideas = Idea.objects.bulk_create(
            Idea(call=open_call, title=f"Idée {n:03}", state=IdeaState.ADMISSIBLE, departement=somme)
            for n in range(start, start + count)
        )
        IdeaSupport.objects.bulk_create(IdeaSupport(idea=idea, user=user) for idea in ideas for user in supporters)
        IdeaComment.objects.bulk_create(IdeaComment(idea=idea, author=supporters[0], text="Bravo") for idea in ideas)
        IdeaTeamMember.objects.bulk_create(
            IdeaTeamMember(idea=idea, email=f"equipe{idea.pk}@somme.fr") for idea in ideas
        )

    def queries():
        with CaptureQueriesContext(connection) as context:
            response = agent_client.get(open_call.url)
        assert response.status_code == 200
        return len(context.captured_queries), response.content.decode()

    add_ideas(10, 0)
    agent_client.get(open_call.url)  # warm the caches (site, settings)
    few, _html = queries()
    add_ideas(290, 10)
    many, html = queries()
    assert "300 idées recevables" in html
    assert many == few
    with django_assert_max_num_queries(30):
        agent_client.get(open_call.url, {"page": 5})


def test_the_first_report_of_a_comment_alerts_the_moderators(agent_client, client_as, wall):
    from django.core import mail

    comment = IdeaCommentFactory(idea=wall["admissible"], text="Un commentaire limite")
    mail.outbox.clear()
    agent_client.post(reverse("ideas:report_comment", args=[comment.pk]), {"reason": "Agressif"})
    assert len(mail.outbox) == 1
    assert "moderation@lenord.fr" in mail.outbox[0].to
    assert "Agressif" in mail.outbox[0].body
    client_as(roles.MODERATORS).post(reverse("ideas:report_comment", args=[comment.pk]))
    assert len(mail.outbox) == 1


def test_moderators_find_the_reported_comments_first_in_the_admin(client_as, wall):
    quiet = IdeaCommentFactory(idea=wall["admissible"], text="Un commentaire calme")
    reported = IdeaCommentFactory(idea=wall["admissible"], text="Un commentaire signalé")
    engagement.report(quiet.author, reported)
    html = client_as(roles.MODERATORS).get(reverse("wagtailsnippets_ideas_ideacomment:list")).content.decode()
    assert html.index("Un commentaire signalé") < html.index("Un commentaire calme")


def test_a_report_offers_a_labelled_reason_that_reaches_the_moderators(agent_client, wall):
    from django.core import mail

    comment = IdeaCommentFactory(idea=wall["admissible"])
    html = agent_client.get(reverse("ideas:discussion", args=[wall["admissible"].pk])).content.decode()
    assert f'<label for="report-reason-{comment.pk}">Motif, pour les modérateurs (facultatif)</label>' in html
    assert f'id="report-reason-{comment.pk}" name="reason"' in html
    mail.outbox.clear()
    agent_client.post(reverse("ideas:report_comment", args=[comment.pk]), {"reason": "Propos blessants"})
    assert "Propos blessants" in mail.outbox[0].body
    assert comment.reports.get().reason == "Propos blessants"
