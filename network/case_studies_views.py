"""Front-end actions on case studies."""

from django.apps import apps
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .case_studies import can_create_from_idea, create_case_study_from_idea, idea_may_become_case_study


@require_POST
def case_study_from_idea(request, idea_pk):
    """Turn an idea into a draft case study and open it in the editor."""
    if not can_create_from_idea(request.user):
        raise PermissionDenied
    idea = get_object_or_404(apps.get_model("ideas", "Idea").objects.select_related("call"), pk=idea_pk)
    if not idea_may_become_case_study(idea):
        raise PermissionDenied(_("Seule une idée lauréate peut devenir un retour d'expérience."))
    page = create_case_study_from_idea(idea, request.user)
    messages.success(
        request,
        _("Le brouillon du retour d'expérience « %(title)s » est prêt : complétez-le puis publiez-le.")
        % {"title": page.title},
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
