"""The admin works on submitted ideas only: a draft stays with its authors
whatever admin address is typed, and agents' comments are read there, not
rewritten."""

import pytest
from django.urls import reverse

from home import roles
from ideas.models import Idea, IdeaComment, IdeaState
from tests.factories.ideas import IdeaCommentFactory

pytestmark = pytest.mark.django_db
S = IdeaState
OBJECT_VIEWS = ["edit", "history", "usage", "delete"]


def snippet_url(view, pk):
    return reverse(f"wagtailsnippets_ideas_idea:{view}", args=[pk])


def bulk_url(action, *ideas):
    return reverse("wagtail_bulk_action", args=["ideas", "idea", action]) + "?" + "&".join(f"id={i.pk}" for i in ideas)


@pytest.mark.parametrize("role", [roles.MODERATORS, roles.COORDINATORS, roles.ADMINISTRATORS])
@pytest.mark.parametrize("view", OBJECT_VIEWS)
def test_a_draft_has_no_admin_page_for_any_staff_role(client_as, make_idea, role, view):
    draft = make_idea(state=S.DRAFT, title="Brouillon d'un agent")
    response = client_as(role).get(snippet_url(view, draft.pk))
    assert response.status_code == 404
    assert "Brouillon d'un agent" not in response.content.decode()


def test_posting_the_admin_editor_does_not_change_a_draft(client_as, make_idea):
    draft = make_idea(state=S.DRAFT, title="Brouillon d'un agent")
    response = client_as(roles.MODERATORS).post(snippet_url("edit", draft.pk), {"title": "Réécrit par un modérateur"})
    assert response.status_code == 404
    assert Idea.objects.get(pk=draft.pk).title == "Brouillon d'un agent"


@pytest.mark.parametrize("view", ["edit", "history", "usage"])
def test_a_submitted_idea_keeps_its_admin_pages(client_as, make_idea, view):
    submitted = make_idea(state=S.SUBMITTED, title="Idée déposée")
    response = client_as(roles.MODERATORS).get(snippet_url(view, submitted.pk))
    assert response.status_code == 200
    assert "Idée déposée" in response.content.decode()


def test_the_admin_offers_no_copy_of_an_idea(client_as, make_idea):
    from django.urls import NoReverseMatch

    with pytest.raises(NoReverseMatch):
        snippet_url("copy", make_idea(state=S.SUBMITTED).pk)


def test_the_bulk_transition_leaves_drafts_out_even_when_all_are_selected(client_as, make_idea):
    submitted = make_idea(state=S.SUBMITTED, title="Idée déposée")
    draft = make_idea(state=S.DRAFT, title="Brouillon d'un agent")
    client = client_as(roles.MODERATORS)
    for url in (
        bulk_url("transition", submitted, draft),
        reverse("wagtail_bulk_action", args=["ideas", "idea", "transition"]) + "?id=all",
    ):
        body = client.get(url).content.decode()
        assert "Idée déposée" in body
        assert "Brouillon d'un agent" not in body


def test_the_bulk_deletion_leaves_drafts_out(client_as, make_idea):
    submitted = make_idea(state=S.SUBMITTED, title="Idée déposée")
    draft = make_idea(state=S.DRAFT, title="Brouillon d'un agent")
    client = client_as(roles.ADMINISTRATORS)
    url = bulk_url("delete", submitted, draft)
    body = client.get(url).content.decode()
    assert "Idée déposée" in body
    assert "Brouillon d'un agent" not in body
    client.post(url)
    assert not Idea.objects.filter(pk=submitted.pk).exists()
    assert Idea.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("role", [roles.MODERATORS, roles.ADMINISTRATORS])
def test_comments_are_read_but_not_rewritten_in_the_admin(client_as, make_idea, role):
    comment = IdeaCommentFactory(idea=make_idea(state=S.ADMISSIBLE), text="Mon avis sur cette idée")
    client = client_as(role)
    assert client.get(reverse("wagtailsnippets_ideas_ideacomment:list")).status_code == 200
    inspect = client.get(reverse("wagtailsnippets_ideas_ideacomment:inspect", args=[comment.pk]))
    assert "Mon avis sur cette idée" in inspect.content.decode()
    edit_url = reverse("wagtailsnippets_ideas_ideacomment:edit", args=[comment.pk])
    assert client.get(edit_url).status_code in (302, 403)
    client.post(edit_url, {"text": "Réécrit"})
    assert IdeaComment.objects.get(pk=comment.pk).text == "Mon avis sur cette idée"


def test_the_comment_screen_shows_paris_time_and_dashes_for_what_was_not_recorded(client_as, make_idea):
    import datetime

    from django.utils import timezone

    written = timezone.make_aware(datetime.datetime(2026, 11, 22, 19, 34), datetime.UTC)
    comment = IdeaCommentFactory(idea=make_idea(state=S.ADMISSIBLE), created_at=written, text="x" * 80)
    html = (
        client_as(roles.MODERATORS)
        .get(reverse("wagtailsnippets_ideas_ideacomment:inspect", args=[comment.pk]))
        .content.decode()
    )
    assert "22 novembre 2026, 20h34" in html  # Paris, one hour ahead of UTC in November
    assert "19h34" not in html
    fields = html[html.index("<dl") : html.index("</dl>")]
    assert "None" not in fields
    assert "—" in fields
    assert "x" * 59 + "…" in html


@pytest.mark.parametrize("role", [roles.MODERATORS, roles.COORDINATORS, roles.ADMINISTRATORS])
def test_the_idea_chooser_neither_lists_nor_returns_a_draft(client_as, make_idea, role):
    draft = make_idea(state=S.DRAFT, title="Brouillon d'un agent")
    laureate = make_idea(state=S.LAUREATE, title="Lauréate de l'appel")
    client = client_as(role)
    namespace = "wagtailsnippetchoosers_ideas_idea"
    listing = client.get(reverse(f"{namespace}:choose")).json()["html"]
    assert "Lauréate de l&#x27;appel" in listing
    assert "Brouillon" not in listing
    found = client.get(reverse(f"{namespace}:choose_results"), {"q": "Brouillon"}).content.decode()
    assert "aucun fragment ne correspond" in found
    assert "Brouillon d&#x27;un agent" not in found
    assert client.get(reverse(f"{namespace}:chosen", args=[draft.pk])).status_code == 404
    assert client.get(reverse(f"{namespace}:chosen", args=[laureate.pk])).status_code == 200
    chosen = client.get(reverse(f"{namespace}:chosen_multiple"), {"id": [draft.pk, laureate.pk]}).json()["result"]
    assert [item["id"] for item in chosen] == [str(laureate.pk)]
