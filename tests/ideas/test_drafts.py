"""A draft stays with its authors until it is submitted: they delete it, they
do not withdraw it (a withdrawn idea is listed to moderators and coordinators)."""

import importlib

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.urls import reverse

from home import roles
from ideas import rules
from ideas.models import Idea, IdeaAttachment, IdeaState, IdeaTeamMember

pytestmark = pytest.mark.django_db
S = IdeaState


def test_a_draft_cannot_be_withdrawn(agent_client, author, make_idea):
    draft = make_idea(state=S.DRAFT)
    assert not rules.can_transition(author, draft, S.WITHDRAWN)
    agent_client.post(reverse("ideas:withdraw", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.state == S.DRAFT


def test_its_author_deletes_a_draft_and_its_attachments(
    agent_client, make_idea, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    draft = make_idea(state=S.DRAFT, title="Une piste à creuser")
    item = IdeaAttachment(idea=draft, name="note.pdf", content_type="application/pdf", size=9)
    item.file.save("note.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    path = item.file.path

    page = agent_client.get(reverse("ideas:my_ideas")).content.decode()
    assert reverse("ideas:delete_draft", args=[draft.pk]) in page
    assert reverse("ideas:withdraw", args=[draft.pk]) not in page

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = agent_client.post(reverse("ideas:delete_draft", args=[draft.pk]), follow=True)
    assert len(callbacks) == 1  # the files go once the deletion is committed
    assert not Idea.objects.filter(pk=draft.pk).exists()
    assert not IdeaAttachment.objects.filter(pk=item.pk).exists()
    assert not (tmp_path / path).exists()  # the file too, not only its row
    assert "Le brouillon « Une piste à creuser » est supprimé." in response.content.decode()


def test_nobody_else_deletes_a_draft_and_a_submitted_idea_is_not_deleted(client_as, make_idea):
    draft = make_idea(state=S.DRAFT)
    submitted = make_idea(state=S.SUBMITTED)
    moderator = client_as(roles.MODERATORS)
    assert moderator.post(reverse("ideas:delete_draft", args=[draft.pk])).status_code == 404
    agent = client_as(roles.AGENTS)
    response = agent.post(reverse("ideas:delete_draft", args=[submitted.pk]), follow=True)
    assert "Seul un brouillon peut être supprimé" in response.content.decode()
    assert Idea.objects.filter(pk__in=[draft.pk, submitted.pk]).count() == 2
    assert agent.get(reverse("ideas:delete_draft", args=[draft.pk])).status_code == 405


def test_drafts_withdrawn_before_become_private_drafts_again(client_as, make_idea):
    withdrawn_draft = make_idea(state=S.WITHDRAWN, submitted_at=None)
    withdrawn_idea = make_idea(state=S.WITHDRAWN)
    withdrawn_idea.submitted_at = withdrawn_idea.created_at
    withdrawn_idea.save()
    moderator = client_as(roles.MODERATORS)
    assert moderator.get(reverse("ideas:detail", args=[withdrawn_draft.pk])).status_code == 200

    migration = importlib.import_module("ideas.migrations.0012_withdrawn_drafts_stay_private")
    migration.withdrawn_drafts_back_to_drafts(apps, None)

    withdrawn_draft.refresh_from_db()
    withdrawn_idea.refresh_from_db()
    assert withdrawn_draft.state == S.DRAFT
    assert withdrawn_idea.state == S.WITHDRAWN
    assert moderator.get(reverse("ideas:detail", args=[withdrawn_draft.pk])).status_code == 404


def test_a_team_member_named_without_asking_leaves_the_team(client, make_user, make_idea):
    moderator = make_user("relecture@lenord.fr", roles.MODERATORS)
    idea = make_idea(state=S.SUBMITTED, title="Une idée d'équipe")
    IdeaTeamMember.objects.create(idea=idea, email="Relecture@lenord.fr")
    client.force_login(moderator)
    assert "Quitter l'équipe" in client.get(reverse("ideas:my_ideas")).content.decode()

    response = client.post(reverse("ideas:leave_team", args=[idea.pk]), follow=True)
    assert "Vous ne faites plus partie de l&#x27;équipe de « Une idée d&#x27;équipe »." in response.content.decode()
    assert not IdeaTeamMember.objects.filter(idea=idea).exists()
    assert not rules.is_author(moderator, Idea.objects.get(pk=idea.pk))
    assert "Une idée d&#x27;équipe" not in client.get(reverse("ideas:my_ideas")).content.decode()


def test_the_submitter_does_not_leave_and_strangers_find_nothing(agent_client, client_as, make_idea):
    idea = make_idea(state=S.SUBMITTED)
    response = agent_client.post(reverse("ideas:leave_team", args=[idea.pk]), follow=True)
    assert "vous ne pouvez pas quitter son équipe" in response.content.decode()
    assert client_as(roles.JURY).post(reverse("ideas:leave_team", args=[idea.pk])).status_code == 404
