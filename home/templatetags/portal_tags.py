from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Site

from home.restrictions import readable

register = template.Library()


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The site's sections: the home page's children that editors show in menus."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    sections = []
    current_path = ""
    if site is not None:
        # A section the reader may not open is not offered (home/restrictions.py).
        sections = readable(site.root_page.get_children().live().in_menu(), request)
        sections = list(sections.only("id", "title", "url_path", "path", "depth"))
        current = context.get("page")
        current_path = current.url_path if current is not None else ""
    search_active = bool(request and request.resolver_match and request.resolver_match.namespace == "search")
    return {
        "sections": sections,
        "current_path": current_path,
        "search_active": search_active,
        "request": request,
    }


@register.filter
def starts_with(value, prefix):
    return bool(prefix) and str(value).startswith(str(prefix))


@register.simple_tag
def content_lang():
    """` lang="fr"` for an element holding what editors and members wrote (in
    the portal's language) while the interface is in another one: screen
    readers then read it with a French voice (WCAG 3.1.2, RGAA 8.7). Nothing
    in French, where the page's own lang already says it."""
    content = settings.LANGUAGE_CODE
    if (translation.get_language() or content).split("-")[0] == content:
        return ""
    return format_html(' lang="{}"', content)
