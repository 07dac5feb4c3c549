"""« Est-ce que ça existe déjà ? » while typing a new idea: an HTML fragment for
the script, and without JavaScript the whole form again, as typed, with the
neighbours found."""

from django.shortcuts import get_object_or_404, render

from home.ids import object_id

from . import rules, similarity, views
from .forms import IdeaForm
from .models import Idea, IdeaCallPage


def wants_fragment(request):
    return request.GET.get("fragment") == "1" or request.headers.get("X-Requested-With") == "fetch"


def similar(request):
    data = request.POST if request.method == "POST" else request.GET
    idea_pk = object_id(request.GET.get("idea"))
    found = similarity.neighbours(data.get("title", ""), data.get("problem", ""), exclude_pk=idea_pk)
    if wants_fragment(request) or request.method != "POST":
        return render(request, "ideas/similar/results.html", {"similar": found, "searched": True})
    if "similar" not in request.POST:
        # The form re-rendered here posts back here: saving or submitting goes
        # to the submission views as if the form had never left them.
        if idea_pk:
            return views.edit(request, idea_pk)
        return views.submit(request, object_id(request.GET.get("call")) or 0)
    idea = (
        get_object_or_404(Idea.objects.authored_by(request.user).select_related("call"), pk=idea_pk)
        if idea_pk
        else Idea(
            call=get_object_or_404(IdeaCallPage.objects.live(), pk=object_id(request.GET.get("call")) or 0),
            created_by=request.user,
        )
    )
    # Nothing is saved: the form comes back as it was typed, with the results.
    form = IdeaForm(request.POST, instance=idea, call=idea.call, user=request.user, submitting=False)
    return render(
        request,
        "ideas/idea_form.html",
        {
            "form": form,
            "call": idea.call,
            "idea": idea,
            "attachments": list(idea.attachments.all()) if idea.pk else [],
            "submission_refusal": rules.submission_refusal(idea),
            "return_comment": views.return_comment(idea),
            "similar": found,
            "searched": True,
        },
    )
