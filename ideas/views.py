from collections import defaultdict

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from home.ids import object_ids

from . import rules, workflow
from .followup import followup_for
from .forms import IdeaForm
from .models import CallJuror, Idea, IdeaAttachment, IdeaCallPage, IdeaState, IdeaTeamMember
from .models.ideas import team_rows_of
from .rules import TransitionRefused


def pitch_prefill(user, pitch_id):
    """The toolbox pitch builder's content, when that app provides it."""
    try:
        from toolbox.pitch import pitch_prefill as toolbox_prefill
    except ImportError:
        return None
    return toolbox_prefill(user, pitch_id)


def save_team(idea, emails):
    existing = {member.email: member for member in idea.team_members.all()}
    for email, member in existing.items():
        if email not in emails:
            member.delete()
    for email in emails:
        if email not in existing:
            IdeaTeamMember(idea=idea, email=email).save()


def save_attachments(idea, form, removed_ids):
    if removed_ids:
        for attachment in idea.attachments.filter(pk__in=removed_ids):
            attachment.file.delete(save=False)
            attachment.delete()
    for uploaded, mime in getattr(form, "attachment_types", []):
        IdeaAttachment.objects.create(
            idea=idea, file=uploaded, name=uploaded.name, content_type=mime, size=uploaded.size
        )


def idea_form_view(request, idea):
    call = idea.call
    submitting = request.method == "POST" and "submit" in request.POST
    initial = {}
    if idea.pk is None and request.GET.get("pitch"):
        initial = pitch_prefill(request.user, request.GET["pitch"]) or {}
    form = IdeaForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        instance=idea,
        initial=initial,
        call=call,
        user=request.user,
        submitting=submitting,
    )
    if request.method == "POST":
        refusal = rules.submission_refusal(idea) if submitting else None
        if refusal:
            # Outside the call's dates: keep what was typed as a draft, say why.
            form = IdeaForm(request.POST, request.FILES, instance=idea, call=call, user=request.user, submitting=False)
        if form.is_valid():
            with transaction.atomic():
                idea = form.save()
                save_team(idea, form.cleaned_data["team_emails"])
                save_attachments(idea, form, object_ids(request.POST.getlist("remove_attachment")))
            if refusal:
                messages.error(request, refusal + " " + _("Votre brouillon est enregistré."))
                return redirect("ideas:edit", idea.pk)
            if submitting:
                try:
                    workflow.transition(idea, IdeaState.SUBMITTED, request.user)
                except TransitionRefused as error:
                    messages.error(request, str(error))
                    return redirect("ideas:edit", idea.pk)
                messages.success(
                    request,
                    _(
                        "Votre idée est soumise. Numéro de référence : %(reference)s. Un courriel de confirmation vous est envoyé."
                    )
                    % {"reference": idea.reference},
                )
                return redirect("ideas:detail", idea.pk)
            messages.success(
                request, _("Brouillon enregistré. Vous pouvez le reprendre à tout moment dans « Mes idées ».")
            )
            return redirect("ideas:edit", idea.pk)
    return render(
        request,
        "ideas/idea_form.html",
        {
            "form": form,
            "call": call,
            "idea": idea,
            "attachments": list(idea.attachments.all()) if idea.pk else [],
            "submission_refusal": rules.submission_refusal(idea),
            "return_comment": return_comment(idea),
        },
    )


def return_comment(idea):
    """What the moderators asked for when they returned the idea to its authors."""
    if idea.state != IdeaState.TO_COMPLETE:
        return ""
    steps = [step for step in workflow.timeline(idea) if step["to"] == IdeaState.TO_COMPLETE]
    return steps[-1]["comment"] if steps else ""


def submit(request, call_pk):
    call = get_object_or_404(IdeaCallPage.objects.live(), pk=call_pk)
    return idea_form_view(request, Idea(call=call, created_by=request.user))


def editable_idea(request, pk):
    idea = get_object_or_404(
        Idea.objects.authored_by(request.user).select_related("call").prefetch_related("team_members"), pk=pk
    )
    return idea


def edit(request, pk):
    idea = editable_idea(request, pk)
    if not idea.is_editable:
        messages.error(
            request, _("Cette idée ne peut plus être modifiée : elle est « %(state)s ».") % {"state": idea.state_label}
        )
        return redirect("ideas:detail", idea.pk)
    return idea_form_view(request, idea)


def visible_idea(request, pk):
    return get_object_or_404(
        Idea.objects.visible_to(request.user)
        .select_related("call", "departement", "theme", "created_by")
        .prefetch_related(
            Prefetch("team_members", queryset=IdeaTeamMember.objects.select_related("user")), "attachments"
        ),
        pk=pk,
    )


def detail(request, pk):
    idea = visible_idea(request, pk)
    is_author = rules.is_author(request.user, idea)
    is_staff = rules.is_staff_for_ideas(request.user)
    context = {
        "idea": idea,
        "is_author": is_author,
        "can_withdraw": rules.can_transition(request.user, idea, IdeaState.WITHDRAWN),
        "can_edit": is_author and idea.is_editable,
        "can_delete": is_author and idea.state == IdeaState.DRAFT,
        "can_leave": is_author and idea.created_by_id != request.user.pk,
        "timeline": workflow.timeline(idea) if is_author or is_staff else None,
        "followup": followup_for(idea, request.user, is_author=is_author, is_staff=is_staff),
        "authors": people(idea),
        "is_staff_for_ideas": is_staff,
    }
    return render(request, "ideas/idea_detail.html", context)


def people(idea):
    """The submitter and the team, by their directory name: one query for every
    profile; an account without a profile shows its own name (a GET creates nothing)."""
    from network.models import PersonProfile

    members = list(idea.team_members.all())
    accounts = [idea.created_by] if idea.created_by else []
    accounts += [member.user for member in members if member.user_id]
    profiles = PersonProfile.objects.only("user", "display_name").by_user(accounts)

    def name(user):
        profile = profiles.get(user.pk)
        return profile.display_name if profile else PersonProfile.default_name(user)

    names = [name(idea.created_by)] if idea.created_by else []
    names += [name(member.user) if member.user_id else member.email for member in members]
    return names


@require_POST
def withdraw(request, pk):
    idea = editable_idea(request, pk)
    try:
        workflow.transition(idea, IdeaState.WITHDRAWN, request.user, request.POST.get("comment", ""))
    except TransitionRefused as error:
        messages.error(request, str(error))
        return redirect("ideas:detail", idea.pk)
    messages.success(request, _("Votre idée « %(title)s » est retirée.") % {"title": idea.title})
    return redirect("ideas:my_ideas")


@require_POST
def delete_draft(request, pk):
    idea = editable_idea(request, pk)
    if idea.state != IdeaState.DRAFT:
        messages.error(request, _("Seul un brouillon peut être supprimé ; une idée déposée peut être retirée."))
        return redirect("ideas:detail", idea.pk)
    files = [item.file for item in idea.attachments.all()]
    with transaction.atomic():
        idea.delete()
        # The files go once the rows are gone for good, not before.
        transaction.on_commit(lambda: [file.delete(save=False) for file in files])
    messages.success(request, _("Le brouillon « %(title)s » est supprimé.") % {"title": idea.title})
    return redirect("ideas:my_ideas")


@require_POST
def leave_team(request, pk):
    """Anyone can be named in a team by email: a member who did not ask for it
    (or no longer wants it) leaves, and the idea is no longer theirs."""
    idea = editable_idea(request, pk)
    memberships = team_rows_of(request.user).filter(idea=idea)
    if idea.created_by_id == request.user.pk or not memberships.exists():
        messages.error(request, _("Vous avez déposé cette idée : vous ne pouvez pas quitter son équipe."))
        return redirect("ideas:detail", idea.pk)
    memberships.delete()
    log(idea, workflow.TEAM_LEFT_ACTION, user=request.user)
    messages.success(request, _("Vous ne faites plus partie de l'équipe de « %(title)s ».") % {"title": idea.title})
    return redirect("ideas:my_ideas")


def attachment(request, pk):
    item = get_object_or_404(IdeaAttachment.objects.select_related("idea"), pk=pk)
    if not Idea.objects.visible_to(request.user).filter(pk=item.idea_id).exists():
        raise Http404
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.name, content_type=item.content_type)


def timelines(ideas):
    """Every idea's transitions in one query: {idea pk: [steps]}."""
    if not ideas:
        return {}
    content_type = ContentType.objects.get_for_model(Idea)
    entries = (
        ModelLogEntry.objects.filter(
            content_type=content_type,
            object_id__in=[str(idea.pk) for idea in ideas],
            action=workflow.TRANSITION_ACTION,
        )
        .select_related("user")
        .order_by("timestamp", "pk")
    )
    steps = defaultdict(list)
    for entry in entries:
        steps[int(entry.object_id)].append(workflow.step(entry))
    return steps


def my_ideas(request):
    ideas = list(Idea.objects.authored_by(request.user).for_listing().order_by("-updated_at"))
    steps = timelines(ideas)
    rows = [
        {
            "idea": idea,
            "timeline": steps.get(idea.pk, []),
            "can_edit": idea.is_editable,
            "can_withdraw": idea.state in rules.WITHDRAWABLE_STATES,
            "can_delete": idea.state == IdeaState.DRAFT,
            "can_leave": idea.created_by_id != request.user.pk,
        }
        for idea in ideas
    ]
    # The jury's pages had no way in but a link on the call's wall.
    jury_member = rules.is_coordinator(request.user) or CallJuror.objects.filter(user=request.user).exists()
    return render(request, "ideas/my_ideas.html", {"rows": rows, "jury_member": jury_member})
