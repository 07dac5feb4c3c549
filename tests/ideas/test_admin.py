"""Moderation in the Wagtail admin: listing, filters, export, inspect screen,
transitions, bulk transitions, notes, dashboard counts, alert preferences."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import ModelLogEntry

from home import roles
from ideas.models import Idea, IdeaNote, IdeaState, ModerationAlertPreference
from tests.exports import admin_csv_rows

pytestmark = pytest.mark.django_db
S = IdeaState
LIST = "wagtailsnippets_ideas_idea:list"


def test_the_moderation_listing_runs_a_constant_number_of_queries(
    client_as, open_call, author, django_assert_max_num_queries
):
    Idea.objects.bulk_create(
        [Idea(call=open_call, created_by=author, title=f"Idée {n}", state=S.SUBMITTED) for n in range(500)]
    )
    client = client_as(roles.MODERATORS)
    with django_assert_max_num_queries(20):  # 15 measured, with 10 or 500 ideas
        response = client.get(reverse(LIST), {"call": open_call.pk})
    assert response.status_code == 200
    assert response.context["paginator"].count == 500


def test_the_listing_filters_by_state_and_hides_drafts(client_as, make_idea):
    submitted = make_idea(state=S.SUBMITTED, title="Soumise ici")
    make_idea(state=S.DRAFT, title="Brouillon caché")
    response = client_as(roles.MODERATORS).get(reverse(LIST), {"state": S.SUBMITTED})
    body = response.content.decode()
    assert submitted.title in body
    assert "Brouillon caché" not in body


def test_agents_have_no_access_to_the_moderation_listing(agent_client):
    assert agent_client.get(reverse(LIST)).status_code in (302, 403)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_ideas_export_as_csv_and_excel(client_as, make_idea, export_format):
    make_idea(state=S.SUBMITTED, title="Exportée")
    response = client_as(roles.COORDINATORS).get(reverse(LIST), {"export": export_format})
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        assert "Exportée" in content.decode()
    else:
        assert content[:2] == b"PK"


def test_the_ideas_csv_reads_as_the_listing_state_labels_and_paris_time(client_as, make_idea):
    import datetime

    from django.utils import timezone

    submitted = timezone.make_aware(datetime.datetime(2026, 11, 19, 20, 56), datetime.UTC)
    make_idea(state=S.SUBMITTED, title="=Exportée", submitted_at=submitted)
    response = client_as(roles.COORDINATORS).get(reverse(LIST), {"export": "csv"})
    rows = admin_csv_rows(response)
    row = next(row for row in rows if "Exportée" in row["Titre"])
    assert row["État"] == "Soumise"
    assert row["Soumise le"] == "2026-11-19 21:56"
    assert row["Titre"] == "'=Exportée"  # never run as a formula


def test_the_inspect_screen_shows_the_idea_timeline_notes_and_transitions(client_as, make_idea, demo_user):
    idea = make_idea(state=S.SUBMITTED, title="À examiner")
    IdeaNote.objects.create(idea=idea, author=demo_user(roles.COORDINATORS), text="Voir avec la DRH")
    response = client_as(roles.MODERATORS).get(reverse("wagtailsnippets_ideas_idea:inspect", args=[idea.pk]))
    body = response.content.decode()
    assert "À examiner" in body
    assert "Voir avec la DRH" in body
    assert [value for value, _label in response.context["transition_form"].fields["target"].choices] == [
        S.ADMISSIBLE,
        S.INADMISSIBLE,
        S.TO_COMPLETE,
    ]


def test_a_moderator_declares_an_idea_recevable_and_the_authors_are_told(client_as, make_idea, demo_user):
    idea = make_idea(state=S.SUBMITTED)
    client = client_as(roles.MODERATORS)
    client.post(reverse("ideas_transition", args=[idea.pk]), {"target": S.ADMISSIBLE, "comment": ""})
    idea.refresh_from_db()
    assert idea.state == S.ADMISSIBLE
    assert mail.outbox[-1].to == ["agent@somme.fr"]
    entry = ModelLogEntry.objects.for_instance(idea).get(action="ideas.transition")
    assert entry.user == demo_user(roles.MODERATORS)
    history = client.get(reverse("wagtailsnippets_ideas_idea:history", args=[idea.pk])).content.decode()
    assert "Recevable" in history


def test_irrecevable_without_a_reason_is_refused(client_as, make_idea):
    idea = make_idea(state=S.SUBMITTED)
    client_as(roles.MODERATORS).post(reverse("ideas_transition", args=[idea.pk]), {"target": S.INADMISSIBLE})
    idea.refresh_from_db()
    assert idea.state == S.SUBMITTED


def test_a_moderator_who_decides_second_is_told_and_keeps_the_comment(client_as, make_idea):
    idea = make_idea(state=S.SUBMITTED, title="Un guichet unique")
    client = client_as(roles.MODERATORS)
    # Another moderator declared it recevable while this one was typing.
    client.post(reverse("ideas_transition", args=[idea.pk]), {"target": S.ADMISSIBLE, "comment": ""})
    response = client.post(
        reverse("ideas_transition", args=[idea.pk]), {"target": S.TO_COMPLETE, "comment": "Il manque le budget."}
    )
    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert "« Un guichet unique » est maintenant « Recevable »" in page
    assert "Il manque le budget." in page
    idea.refresh_from_db()
    assert idea.state == S.ADMISSIBLE
    # Kept for one display only.
    assert "Il manque le budget." not in client.get(response.url).content.decode()


def test_a_moderator_among_the_authors_is_told_why_there_is_nothing_to_decide(client_as, make_idea, demo_user):
    idea = make_idea(state=S.SUBMITTED, created_by=demo_user(roles.MODERATORS))
    page = client_as(roles.MODERATORS).get(reverse("wagtailsnippets_ideas_idea:inspect", args=[idea.pk])).content
    assert "Vous faites partie des auteurs de cette idée" in page.decode()
    assert "Faire avancer l&#x27;idée" not in page.decode()


@pytest.mark.parametrize("role", [roles.COORDINATORS, roles.AGENTS, roles.JURY, roles.EDITORS])
def test_only_moderators_decide_recevabilite_on_the_server(client_as, make_idea, role):
    idea = make_idea(state=S.SUBMITTED)
    response = client_as(role).post(reverse("ideas_transition", args=[idea.pk]), {"target": S.ADMISSIBLE})
    idea.refresh_from_db()
    assert idea.state == S.SUBMITTED
    assert response.status_code in (302, 403, 404)


def test_coordinators_make_the_laureates(client_as, make_idea):
    idea = make_idea(state=S.PRESELECTED)
    client_as(roles.COORDINATORS).post(reverse("ideas_transition", args=[idea.pk]), {"target": S.LAUREATE})
    idea.refresh_from_db()
    assert idea.state == S.LAUREATE


def test_bulk_transition_moves_what_the_rules_allow(client_as, make_idea):
    movable = [make_idea(state=S.SUBMITTED) for _n in range(3)]
    stuck = make_idea(state=S.LAUREATE)
    ids = "&".join(f"id={idea.pk}" for idea in [*movable, stuck])
    url = reverse("wagtail_bulk_action", args=["ideas", "idea", "transition"]) + "?" + ids
    client = client_as(roles.MODERATORS)
    assert client.get(url).status_code == 200
    client.post(url, {"target": S.ADMISSIBLE, "comment": ""})
    assert [Idea.objects.get(pk=idea.pk).state for idea in movable] == [S.ADMISSIBLE] * 3
    assert Idea.objects.get(pk=stuck.pk).state == S.LAUREATE


def test_internal_notes_are_for_moderators_and_coordinators_only(client_as, make_idea):
    idea = make_idea(state=S.SUBMITTED)
    client_as(roles.COORDINATORS).post(reverse("ideas_add_note", args=[idea.pk]), {"text": "Prometteuse"})
    assert IdeaNote.objects.filter(idea=idea, text="Prometteuse").exists()
    response = client_as(roles.EDITORS).post(reverse("ideas_add_note", args=[idea.pk]), {"text": "Intrus"})
    assert response.status_code in (302, 403)
    assert not IdeaNote.objects.filter(text="Intrus").exists()


def test_the_admin_dashboard_counts_ideas_per_state(client_as, make_idea):
    make_idea(state=S.SUBMITTED)
    body = client_as(roles.MODERATORS).get(reverse("wagtailadmin_home")).content.decode()
    assert "Idées par état" in body


def test_moderators_choose_a_daily_digest_and_the_command_sends_it(client_as, make_idea, demo_user, author):
    from ideas import workflow

    moderator = demo_user(roles.MODERATORS)
    ModerationAlertPreference.objects.create(user=moderator, mode=ModerationAlertPreference.Mode.DIGEST)
    idea = make_idea(state=S.DRAFT)
    workflow.transition(idea, S.SUBMITTED, author)
    assert not any(moderator.email in message.to for message in mail.outbox)
    call_command("send_idea_digest", stdout=__import__("io").StringIO())
    digest = [message for message in mail.outbox if moderator.email in message.to]
    assert len(digest) == 1
    assert idea.title in digest[0].body


def test_the_alert_preference_is_set_in_the_admin_account(client_as, demo_user):
    client = client_as(roles.MODERATORS)
    response = client.get(reverse("wagtailadmin_account"))
    assert "Alertes sur les nouvelles idées" in response.content.decode()


def test_the_listing_searches_and_its_titles_open_the_full_idea(client_as, make_idea):
    idea = make_idea(state=S.SUBMITTED, title="Covoiturage des agents du collège")
    make_idea(state=S.SUBMITTED, title="Autre chose")
    response = client_as(roles.MODERATORS).get(reverse(LIST), {"q": "covoiturage"})
    body = response.content.decode()
    assert idea.title in body
    assert "Autre chose" not in body
    assert reverse("wagtailsnippets_ideas_idea:inspect", args=[idea.pk]) in body


def test_a_laureate_offers_a_case_study_only_when_that_url_exists(client_as, make_idea):
    from django.urls import NoReverseMatch

    idea = make_idea(state=S.LAUREATE)
    body = client_as(roles.COORDINATORS).get(reverse("wagtailsnippets_ideas_idea:inspect", args=[idea.pk])).content
    try:
        reverse("network:case_study_from_idea", args=[idea.pk])
        expected = True
    except NoReverseMatch:
        expected = False
    assert ("Créer un retour d'expérience" in body.decode()) is expected


def test_the_inspect_screen_shows_a_demo_idea_without_an_account_behind_it(client_as):
    laureate = Idea.objects.filter(state=S.LAUREATE, created_by__isnull=True).first()
    response = client_as(roles.COORDINATORS).get(reverse("wagtailsnippets_ideas_idea:inspect", args=[laureate.pk]))
    assert response.status_code == 200
    assert "Lauréate" in response.content.decode()


def test_the_idea_screen_shows_paris_time_and_yes_or_no(client_as, make_idea):
    import datetime

    from django.utils import timezone

    submitted = timezone.make_aware(datetime.datetime(2026, 11, 22, 19, 34), datetime.UTC)
    idea = make_idea(state=S.SUBMITTED, submitted_at=submitted, consent=True, departement=None)
    html = client_as(roles.MODERATORS).get(reverse("wagtailsnippets_ideas_idea:inspect", args=[idea.pk])).content
    html = html.decode()
    assert "22 novembre 2026, 20h34" in html  # Paris, one hour ahead of UTC in November
    assert "19:34" not in html
    assert "19h34" not in html
    fields = html[html.index("<dl") : html.index("</dl>")]
    assert "True" not in fields
    assert "None" not in fields
    assert "Oui" in fields


def test_a_comment_or_a_note_too_long_is_refused_for_its_length_not_as_a_decision_taken_elsewhere(client_as, make_idea):
    idea = make_idea(state=S.SUBMITTED)
    client = client_as(roles.MODERATORS)
    response = client.post(
        reverse("ideas_transition", args=[idea.pk]), {"target": S.TO_COMPLETE, "comment": "x" * 2001}, follow=True
    )
    page = response.content.decode()
    assert "au plus 2000 caractères" in page
    assert "une autre personne a pu décider" not in page
    idea.refresh_from_db()
    assert idea.state == S.SUBMITTED
    response = client.post(reverse("ideas_add_note", args=[idea.pk]), {"text": "x" * 2001}, follow=True)
    assert "au plus 2000 caractères" in response.content.decode()
    assert not IdeaNote.objects.filter(idea=idea).exists()
    response = client.post(reverse("ideas_add_note", args=[idea.pk]), {"text": "  "}, follow=True)
    assert "La note est vide." in response.content.decode()
