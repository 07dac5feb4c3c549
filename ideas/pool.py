"""The idea pool: ideas not retained (and deployed laureates) stay findable, and
any département's coordinator may adopt one."""

from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from network.models import Organisation

from . import notifications, rules
from .models import POOL_STATES, IdeaAdoption


class AdoptionRefused(Exception):
    pass


def in_pool(idea):
    return idea.state in POOL_STATES


def pool_queryset(queryset):
    return (
        queryset.filter(state__in=POOL_STATES)
        .select_related("call", "departement", "theme")
        .prefetch_related(
            Prefetch("adoptions", queryset=IdeaAdoption.objects.select_related("departement").order_by("adopted_at"))
        )
    )


def departement_of(user):
    """The coordinator's own département, from their network profile."""
    from network.models import PersonProfile

    profile = PersonProfile.objects.filter(user=user).select_related("organisation").first()
    if profile and profile.organisation and profile.organisation.kind == Organisation.Kind.DEPARTEMENT:
        return profile.organisation
    return None


def adopt(user, idea, departement, note=""):
    """Record that `departement` takes the idea up, and tell its authors."""
    if not rules.is_coordinator(user):
        raise AdoptionRefused(_("Seuls les coordinateurs peuvent adopter une idée pour leur département."))
    if not in_pool(idea):
        raise AdoptionRefused(_("Cette idée n'est pas dans le vivier : elle ne peut pas être adoptée."))
    own = departement_of(user)
    if own is not None and departement != own and not user.is_superuser:
        raise AdoptionRefused(
            _("Vous ne pouvez adopter une idée que pour votre département (%(name)s).") % {"name": own}
        )
    if departement.kind != Organisation.Kind.DEPARTEMENT:
        raise AdoptionRefused(_("Seul un département peut adopter une idée."))
    try:
        with transaction.atomic():
            adoption = IdeaAdoption.objects.create(
                idea=idea, departement=departement, adopted_by=user, note=(note or "").strip()
            )
    except IntegrityError as error:
        raise AdoptionRefused(_("%(name)s a déjà adopté cette idée.") % {"name": departement}) from error
    notifications.send(
        "adoption",
        idea.author_emails(),
        {**notifications.idea_context(idea), "adoption": adoption, "departement": departement, "actor": user},
    )
    return adoption


def adoption_context(request, idea, form=None):
    """What the discussion page shows about adoptions; `form`: an adoption
    posted that did not validate, shown with its errors and what was typed."""
    from .pool_views import AdoptionForm

    can_adopt = in_pool(idea) and rules.is_coordinator(request.user)
    if can_adopt and form is None:
        form = AdoptionForm(initial={"departement": departement_of(request.user)})
    return {
        "adoptions": list(idea.adoptions.select_related("departement", "adopted_by")),
        "in_pool": in_pool(idea),
        "adoption_form": form if can_adopt else None,
    }
