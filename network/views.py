import csv
import json
from collections import Counter

import vobject
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from home.exports import CSV_BYTE_ORDER_MARK, CSV_DELIMITER, safe_cell

from .directory import among, departements, facets_and_total, matches, search_people
from .forms import DirectorySearchForm, ProfileForm
from .matching import people_offering_what
from .models import InnovationTeamPage, Organisation, PersonProfile
from .models.taxonomy import departement_name
from .privacy import delete_profile, profile_data

PAGE_SIZE = 24


def directory(request):
    form = DirectorySearchForm(request.GET)
    query = form.query()
    people = search_people(query)
    if query.text:
        # The text is matched once: the page and the facets start from its ids.
        found = matches(people)
        ids = [pk for pk, _organisation in found]
        page = Paginator(ids, PAGE_SIZE).get_page(request.GET.get("page"))
        cards = PersonProfile.objects.listed().for_listing().in_bulk(page.object_list)
        page.object_list = [cards[pk] for pk in page.object_list if pk in cards]
        matched = among(ids, people.db)
        facet_groups, _total = facets_and_total(
            PersonProfile.objects.filter(pk__in=matched),
            matched,
            organisations_counted=Counter(organisation for _pk, organisation in found),
        )
    else:
        facet_groups, total = facets_and_total(people)
        paginator = Paginator(people.for_listing().order_by("display_name", "pk"), PAGE_SIZE)
        paginator.count = total  # counted with the facets
        page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "network/directory.html",
        {
            "form": form,
            "query": query,
            "page_obj": page,
            "people": page.object_list,
            "facets": facet_links(request.GET, facet_groups, query),
            "matches": [] if not query.is_empty else people_offering_what(PersonProfile.for_user(request.user), 6),
        },
    )


def facet_links(params, facet_groups, query):
    """Give each facet value the link that toggles it, keeping the other criteria."""
    for name, items in facet_groups.items():
        current = str(getattr(query, name) or "")
        for item in items:
            link = params.copy()
            link.pop("page", None)
            item["selected"] = str(item["value"]) == current
            if item["selected"]:
                link.pop(name, None)
            else:
                link[name] = item["value"]
            item["url"] = "?" + link.urlencode()
    return facet_groups


def _visible_profile(request, pk):
    profile = get_object_or_404(PersonProfile.objects.select_related("organisation", "team", "photo", "user"), pk=pk)
    if not profile.visible_to(request.user):
        raise Http404
    return profile


def person(request, pk):
    profile = _visible_profile(request, pk)
    return render(
        request,
        "network/person.html",
        {
            "profile": profile,
            "skills": profile.skills.all(),
            "offers": profile.offers.all(),
            "requests": profile.requests.all(),
            "methods": profile.methods.live().order_by("title"),
            "is_owner": profile.user_id == request.user.pk,
        },
    )


def person_vcard(request, pk):
    profile = _visible_profile(request, pk)
    card = vobject.vCard()
    card.add("fn").value = profile.display_name
    card.add("n").value = vobject.vcard.Name(family=profile.display_name)
    if profile.job_title:
        card.add("title").value = profile.job_title
    if profile.organisation_id:
        card.add("org").value = [profile.organisation.name]
    email = profile.contact_email or profile.user.email
    if email:
        card.add("email").value = email
    if profile.phone:
        card.add("tel").value = profile.phone
    card.add("url").value = request.build_absolute_uri(profile.get_absolute_url())
    response = HttpResponse(card.serialize(), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(profile.display_name) or "contact"}.vcf"'
    return response


@require_http_methods(["GET", "POST"])
def my_profile(request):
    profile = PersonProfile.for_user(request.user)
    return _edit_profile(request, profile)


@require_http_methods(["GET", "POST"])
def person_edit(request, pk):
    profile = get_object_or_404(PersonProfile, pk=pk)
    if profile.user_id == request.user.pk:
        return redirect("network:my_profile")
    if not profile.visible_to(request.user):
        raise Http404
    if request.user.has_perm("network.change_personprofile"):
        return redirect(reverse("wagtailsnippets_network_personprofile:edit", args=[profile.pk]))
    raise PermissionDenied


def _edit_profile(request, profile):
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Votre profil est enregistré."))
        return redirect("network:my_profile")
    return render(
        request,
        "network/my_profile.html",
        {
            "form": form,
            "profile": profile,
            "is_stale": profile.is_stale(),
            "matches": people_offering_what(profile),
        },
    )


def my_profile_data(request):
    profile = PersonProfile.for_user(request.user)
    data = profile_data(profile)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="mon-profil.json"'
    return response


@require_http_methods(["GET", "POST"])
def my_profile_delete(request):
    profile = get_object_or_404(PersonProfile, user=request.user)
    if request.method == "POST":
        delete_profile(profile)
        messages.success(
            request,
            _("Votre profil est supprimé et l'équipe éditoriale est prévenue. Votre compte de connexion est conservé."),
        )
        return redirect("/")
    return render(request, "network/my_profile_delete.html", {"profile": profile})


def departement(request, number):
    organisations = list(Organisation.objects.filter(departement_number=number).order_by("kind", "name"))
    if not organisations:
        raise Http404
    main = next((o for o in organisations if o.kind == Organisation.Kind.DEPARTEMENT), None)
    people = PersonProfile.objects.listed().filter(organisation__departement_number=number).for_listing()
    page = Paginator(people.order_by("display_name", "pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "network/departement.html",
        {
            "number": number,
            "name": main.name if main else departement_name(number),
            "organisations": organisations,
            "teams": InnovationTeamPage.objects.live()
            .filter(organisation__departement_number=number)
            .select_related("organisation")
            .order_by("title"),
            "page_obj": page,
            "people": page.object_list,
            "departements": departements(),
        },
    )


EXPORT_COLUMNS = [
    (gettext_lazy("Nom"), lambda p: p.display_name),
    (gettext_lazy("Fonction"), lambda p: p.job_title),
    (gettext_lazy("Organisation"), lambda p: p.organisation.name if p.organisation_id else ""),
    (gettext_lazy("Département"), lambda p: p.departement_number),
    (gettext_lazy("Équipe"), lambda p: p.team.title if p.team_id else ""),
    (gettext_lazy("Courriel"), lambda p: p.contact_email or p.user.email),
    (gettext_lazy("Téléphone"), lambda p: p.phone),
    (gettext_lazy("Compétences"), PersonProfile.skill_names),
    (gettext_lazy("Je peux aider sur"), PersonProfile.offer_names),
    (gettext_lazy("Je cherche"), PersonProfile.request_names),
    (gettext_lazy("Mis à jour le"), lambda p: timezone.localtime(p.updated_at).date().isoformat()),
]


@permission_required("network.view_personprofile", raise_exception=True)
def export_csv(request):
    """The listed people matching the directory's current search, for the editors."""
    query = DirectorySearchForm(request.GET).query()
    people = (
        search_people(query)
        .select_related("organisation", "team", "user")
        .prefetch_related("skills", "offers", "requests")
        .order_by("display_name", "pk")
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="annuaire.csv"'
    response.write(CSV_BYTE_ORDER_MARK)
    writer = csv.writer(response, delimiter=CSV_DELIMITER)
    writer.writerow([str(heading) for heading, _value in EXPORT_COLUMNS])
    for profile in people:
        # A name or a title typed as =HYPERLINK(...) must not run as a formula in a spreadsheet.
        writer.writerow([safe_cell(value(profile)) for _heading, value in EXPORT_COLUMNS])
    return response
