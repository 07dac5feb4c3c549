"""The case-study index as RSS/Atom feeds and as a CSV file; both follow the
same query string as the index page, so a filtered view can be subscribed
to or exported as it is."""

import csv

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from home.exports import CSV_BYTE_ORDER_MARK, CSV_DELIMITER, safe_cell

from .case_studies_search import CaseStudySearch

FEED_SIZE = 30


class CaseStudyRssFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return CaseStudySearch(self.index_page, request.GET, request.user)

    def title(self, search):
        return str(_("Retours d'expérience du réseau"))

    def link(self, search):
        query = self.request.GET.urlencode()
        return self.index_page.get_url(request=self.request) + (f"?{query}" if query else "")

    def description(self, search):
        return self.index_page.summary or str(_("Les derniers retours d'expérience publiés."))

    def items(self, search):
        search.sort = "date"
        return search.all_results(limit=FEED_SIZE)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        categories = [tagged.tag.name for tagged in item.tagged_items.all()]
        if item.policy_area:
            categories.insert(0, item.policy_area.name)
        return categories


class CaseStudyAtomFeed(CaseStudyRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, search):
        return self.description(search)


CSV_COLUMNS = [
    _("Titre"),
    _("Adresse"),
    _("Résumé"),
    _("Organisations"),
    _("Département"),
    _("Territoire"),
    _("Année"),
    _("Domaine d'action publique"),
    _("Type d'innovation"),
    _("Stade"),
    _("Méthodes utilisées"),
    _("Mots-clés"),
    _("Publié le"),
]


def csv_row(page, request):
    published = timezone.localtime(page.first_published_at).date().isoformat() if page.first_published_at else ""
    return [
        page.title,
        request.build_absolute_uri(page.get_url(request=request)),
        page.summary,
        " ; ".join(organisation.name for organisation in page.organisations.all()),
        page.departement_label,
        page.territory,
        page.year or "",
        page.policy_area.name if page.policy_area else "",
        page.get_innovation_type_display(),
        page.get_stage_display(),
        " ; ".join(method.title for method in page.methods.all()),
        " ; ".join(tagged.tag.name for tagged in page.tagged_items.all()),
        published,
    ]


def export_csv(index_page, request):
    search = CaseStudySearch(index_page, request.GET, request.user)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="retours-d-experience.csv"'
    response.write(CSV_BYTE_ORDER_MARK)
    writer = csv.writer(response, delimiter=CSV_DELIMITER)
    writer.writerow([str(column) for column in CSV_COLUMNS])
    for page in search.all_results():
        writer.writerow([safe_cell(cell) for cell in csv_row(page, request)])
    return response
