"""The front-end submission form: drafts, dates, validation, emails, attachments."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from ideas.models import Idea, IdeaState, IdeaTeamMember
from network.models import Organisation

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64 + b"PE\x00\x00"


def form_data(**overrides):
    somme = Organisation.objects.get(name="Département de la Somme")
    data = {
        "title": "Un guichet unique pour les aidants",
        "summary": "Un seul endroit pour les démarches des aidants.",
        "problem": "Les aidants font dix démarches.",
        "solution": "Un guichet unique.",
        "implementation": "Un pilote dans deux territoires.",
        "departement": somme.pk,
        "service": "Direction de l'autonomie",
        "public_concerned": "Les aidants familiaux.",
        "expected_benefits": "Du temps gagné.",
        "resources_needed": "Deux jours par mois.",
        "existing_solutions": "Rien de comparable dans la Somme.",
        "team_emails": "collegue@somme.fr",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_a_draft_needs_only_a_title(agent_client, open_call):
    response = agent_client.post(reverse("ideas:submit", args=[open_call.pk]), {"title": "À creuser", "draft": "1"})
    idea = Idea.objects.get(title="À creuser")
    assert response.status_code == 302
    assert idea.state == IdeaState.DRAFT
    assert mail.outbox == []


def test_submitting_records_the_transition_and_emails_a_reference(agent_client, open_call, author):
    response = agent_client.post(reverse("ideas:submit", args=[open_call.pk]), form_data(submit="1"))
    idea = Idea.objects.get(title="Un guichet unique pour les aidants")
    assert response.status_code == 302
    assert idea.state == IdeaState.SUBMITTED
    assert idea.reference.startswith("IDEE-")
    assert idea.created_by == author
    assert [member.email for member in idea.team_members.all()] == ["collegue@somme.fr"]
    entry = ModelLogEntry.objects.for_instance(idea).get(action="ideas.transition")
    assert entry.data == {"from": "brouillon", "to": "soumise", "comment": ""}
    assert entry.user == author
    confirmation = next(message for message in mail.outbox if "bien déposée" in message.subject)
    assert idea.reference in confirmation.subject
    assert idea.reference in confirmation.body
    assert set(confirmation.to) == {"agent@somme.fr", "collegue@somme.fr"}
    alert = next(message for message in mail.outbox if "examiner" in message.subject)
    assert "moderation@lenord.fr" in alert.to


def test_email_subjects_show_apostrophes_and_ampersands_as_typed(agent_client, open_call):
    agent_client.post(
        reverse("ideas:submit", args=[open_call.pk]), form_data(title="L'accueil & l'écoute <vite>", submit="1")
    )
    subjects = [message.subject for message in mail.outbox]
    assert "Votre idée « L'accueil & l'écoute <vite> » est bien déposée" in subjects[0]
    assert any(subject.startswith("Idée à examiner : « L'accueil & l'écoute <vite> »") for subject in subjects)
    assert not any("&#x27;" in subject or "&amp;" in subject or "&lt;" in subject for subject in subjects)


def test_a_validation_error_keeps_everything_typed(agent_client, open_call):
    response = agent_client.post(
        reverse("ideas:submit", args=[open_call.pk]), form_data(problem="", consent=None, submit="1")
    )
    assert response.status_code == 200
    assert not Idea.objects.filter(title="Un guichet unique pour les aidants").exists()
    body = response.content.decode()
    assert "Un guichet unique pour les aidants" in body
    assert "Direction de l&#x27;autonomie" in body
    assert "collegue@somme.fr" in body
    assert response.context["form"].errors.keys() >= {"problem", "consent"}


@pytest.mark.parametrize(("opens", "closes", "message"), [(3, 30, "pas encore ouvert"), (-30, -1, "clos")])
def test_submitting_outside_the_dates_is_refused_and_kept_as_a_draft(agent_client, make_call, opens, closes, message):
    call = make_call(opens_in_days=opens, closes_in_days=closes)
    response = agent_client.post(reverse("ideas:submit", args=[call.pk]), form_data(submit="1"), follow=True)
    idea = Idea.objects.get(title="Un guichet unique pour les aidants")
    assert idea.state == IdeaState.DRAFT
    assert message in response.content.decode()
    assert not [m for m in mail.outbox if "déposée" in m.subject]


def test_the_team_is_limited_to_the_calls_maximum(agent_client, make_call):
    call = make_call(max_team_size=2)
    response = agent_client.post(
        reverse("ideas:submit", args=[call.pk]), form_data(team_emails="a@somme.fr\nb@somme.fr", submit="1")
    )
    assert "au plus 2 personnes" in response.content.decode()


def test_every_invalid_team_address_is_named_at_once(agent_client, open_call):
    response = agent_client.post(
        reverse("ideas:submit", args=[open_call.pk]),
        form_data(team_emails="pas-un-email\nfoo@bar\ncollegue@somme.fr", submit="1"),
    )
    errors = response.context["form"].errors["team_emails"]
    assert errors == [
        "« pas-un-email » n'est pas une adresse électronique valide.",
        "« foo@bar » n'est pas une adresse électronique valide.",
    ]


def test_the_error_summary_links_to_each_field_to_correct(agent_client, open_call):
    response = agent_client.post(
        reverse("ideas:submit", args=[open_call.pk]), form_data(problem="", team_emails="pas-un-email", submit="1")
    )
    html = response.content.decode()
    summary = html[html.index('id="form-errors"') : html.index("</ul></div>", html.index('id="form-errors"'))]
    assert 'href="#id_problem"' in summary
    assert 'href="#id_team_emails"' in summary
    assert 'href="#id_title"' not in summary


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_an_idea_holds_at_most_ten_attachments(agent_client, open_call):
    files = [upload(f"note-{n}.pdf", PDF) for n in range(11)]
    response = agent_client.post(
        reverse("ideas:submit", args=[open_call.pk]), form_data(draft="1", new_attachments=files)
    )
    assert "au plus 10 pièces jointes : elle en aurait 11" in response.content.decode()
    assert not Idea.objects.filter(title="Un guichet unique pour les aidants").exists()


def test_removing_attachments_makes_room_for_new_ones(agent_client, open_call):
    submit = reverse("ideas:submit", args=[open_call.pk])
    agent_client.post(submit, form_data(draft="1", new_attachments=[upload(f"n{n}.pdf", PDF) for n in range(9)]))
    idea = Idea.objects.get(title="Un guichet unique pour les aidants")
    edit = reverse("ideas:edit", args=[idea.pk])
    two = [upload("a.pdf", PDF), upload("b.pdf", PDF)]
    response = agent_client.post(edit, form_data(draft="1", new_attachments=two))
    assert "elle en aurait 11" in response.content.decode()
    assert idea.attachments.count() == 9
    first = idea.attachments.first()
    two = [upload("a.pdf", PDF), upload("b.pdf", PDF)]
    agent_client.post(edit, form_data(draft="1", new_attachments=two, remove_attachment=[str(first.pk)]))
    assert idea.attachments.count() == 10


def test_pdf_and_image_attachments_are_accepted(agent_client, open_call):
    data = form_data(draft="1", new_attachments=[upload("note.pdf", PDF), upload("photo.png", PNG)])
    agent_client.post(reverse("ideas:submit", args=[open_call.pk]), data)
    idea = Idea.objects.get(title="Un guichet unique pour les aidants")
    assert sorted(idea.attachments.values_list("content_type", flat=True)) == ["application/pdf", "image/png"]


def test_an_office_document_is_accepted(agent_client, open_call):
    from openpyxl import Workbook

    buffer = io.BytesIO()
    Workbook().save(buffer)
    data = form_data(draft="1", new_attachments=[upload("budget.xlsx", buffer.getvalue())])
    agent_client.post(reverse("ideas:submit", args=[open_call.pk]), data)
    idea = Idea.objects.get(title="Un guichet unique pour les aidants")
    assert idea.attachments.get().content_type.endswith("spreadsheetml.sheet")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("programme.pdf", EXE, "pas un type de fichier accepté"),  # a renamed executable
        ("notes.txt", b"juste du texte", "pas un type de fichier accepté"),  # a wrong type
        ("gros.pdf", PDF + b"0" * (10 * 1024 * 1024), "pèse 10,0 Mo : 10 Mo au plus"),  # too large
    ],
)
def test_bad_attachments_are_refused_with_a_clear_message(agent_client, open_call, name, content, message):
    data = form_data(draft="1", new_attachments=[upload(name, content, "application/pdf")])
    response = agent_client.post(reverse("ideas:submit", args=[open_call.pk]), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Idea.objects.filter(title="Un guichet unique pour les aidants").exists()


def test_the_pitch_builder_prefills_the_form_when_the_toolbox_provides_it(agent_client, open_call, monkeypatch):
    import ideas.views

    monkeypatch.setattr(ideas.views, "pitch_prefill", lambda user, pitch_id: {"title": f"Pitch {pitch_id}"})
    response = agent_client.get(reverse("ideas:submit", args=[open_call.pk]) + "?pitch=7")
    assert response.context["form"].initial["title"] == "Pitch 7"


def test_authors_see_what_to_complete_then_edit_and_resubmit(agent_client, make_idea, author, demo_user):
    from home import roles
    from ideas import workflow

    idea = make_idea(state=IdeaState.DRAFT)
    workflow.transition(idea, IdeaState.SUBMITTED, author)
    workflow.transition(idea, IdeaState.TO_COMPLETE, demo_user(roles.MODERATORS), "Chiffrez le coût.")
    assert "Chiffrez le coût." in agent_client.get(reverse("ideas:edit", args=[idea.pk])).content.decode()
    response = agent_client.post(reverse("ideas:edit", args=[idea.pk]), form_data(title="Complétée", submit="1"))
    idea.refresh_from_db()
    assert response.status_code == 302
    assert (idea.title, idea.state) == ("Complétée", IdeaState.SUBMITTED)
    alerts = [message for message in mail.outbox if "moderation@lenord.fr" in message.to]
    assert len(alerts) == 2  # the first submission, then the completed one


def test_a_submitted_idea_can_no_longer_be_edited(agent_client, make_idea):
    idea = make_idea(state=IdeaState.SUBMITTED)
    agent_client.post(reverse("ideas:edit", args=[idea.pk]), form_data(title="Changée", draft="1"))
    idea.refresh_from_db()
    assert idea.title != "Changée"


def test_the_authors_are_found_before_the_team_is_saved(open_call, author, make_user):
    colleague = make_user("collegue@somme.fr")
    idea = Idea(call=open_call, title="Pas encore enregistrée", created_by=author)
    # What a submission form holds before saving: the team in modelcluster's memory.
    idea.team_members = [IdeaTeamMember(email="collegue@somme.fr", user=colleague), IdeaTeamMember(email="x@oise.fr")]
    assert {user.email for user in idea.author_users()} == {author.email, colleague.email}
    assert idea.author_emails() == sorted({author.email.lower(), "collegue@somme.fr", "x@oise.fr"})


def test_the_attachments_help_follows_the_readers_language():
    from django.utils import translation

    from ideas.forms import IdeaForm

    with translation.override("en"):
        assert str(IdeaForm.base_fields["new_attachments"].help_text).startswith("Optional. PDF")
    with translation.override("fr"):
        assert str(IdeaForm.base_fields["new_attachments"].help_text).startswith("Facultatif. PDF")


def test_a_summary_longer_than_600_characters_is_refused_and_kept(agent_client, open_call):
    response = agent_client.post(reverse("ideas:submit", args=[open_call.pk]), form_data(summary="x" * 601, submit="1"))
    assert response.status_code == 200
    assert "summary" in response.context["form"].errors
    assert "x" * 601 in response.content.decode()
    assert not Idea.objects.filter(title="Un guichet unique pour les aidants").exists()


def test_a_section_longer_than_5000_characters_is_refused_kept_and_counted(agent_client, open_call):
    text = "é" * 5001
    response = agent_client.post(reverse("ideas:submit", args=[open_call.pk]), form_data(problem=text, draft="1"))
    assert response.status_code == 200
    assert "problem" in response.context["form"].errors
    page = response.content.decode()
    assert text in page
    # The count under the field, which the script updates as one types.
    assert 'id="id_problem_count" data-char-limit="5000"' in page
    assert not Idea.objects.filter(title="Un guichet unique pour les aidants").exists()


def test_line_breaks_count_once_against_a_section_limit(agent_client, open_call):
    # 2,500 lines: 4,999 characters as the browser and the count take them,
    # 7,498 as the browser sends them (each break as CRLF).
    text = "\r\n".join(["x"] * 2500)
    response = agent_client.post(reverse("ideas:submit", args=[open_call.pk]), form_data(problem=text, draft="1"))
    assert response.status_code == 302
    assert Idea.objects.get(title="Un guichet unique pour les aidants").problem == "\n".join(["x"] * 2500)


def test_a_request_too_large_gets_a_translated_page_that_says_what_to_do(agent_client, open_call):
    response = agent_client.post(
        reverse("ideas:submit", args=[open_call.pk]), form_data(problem="x" * 3_000_000, draft="1")
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "trop volumineux" in page
    assert "Retour" in page
    agent_client.cookies["portail_language"] = "en"
    response = agent_client.post(
        reverse("ideas:submit", args=[open_call.pk]), form_data(problem="x" * 3_000_000, draft="1")
    )
    assert response.status_code == 400
    assert "too large" in response.content.decode()
