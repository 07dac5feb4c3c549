import contextlib

from wagtail import hooks
from wagtail.admin.navigation import get_site_for_user
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.models import Site

from home.tree import descendants_and_self


class PagesSummaryItemByPathRange(PagesSummaryItem):
    """Wagtail's dashboard page count (same context), counted by path range."""

    def get_context_data(self, parent_context):
        site_details = get_site_for_user(self.request.user)
        root_page = site_details["root_page"]
        page_count = 0
        if root_page:
            page_count = descendants_and_self(root_page).count()
            if root_page.is_root():
                # The tree's root is no real page; with one site, link to its home page.
                page_count -= 1
                with contextlib.suppress(Site.DoesNotExist, Site.MultipleObjectsReturned):
                    root_page = Site.objects.get().root_page
        return {"root_page": root_page, "total_pages": page_count, "site_name": site_details["site_name"]}


@hooks.register("construct_homepage_summary_items", order=100)
def count_pages_by_path_range(request, items):
    items[:] = [PagesSummaryItemByPathRange(request) if type(item) is PagesSummaryItem else item for item in items]
