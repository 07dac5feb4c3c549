"""The case-study index's facet checkboxes, rendered in Python: a facet lists
a value per method, tag or year in use (hundreds on a large network), and the
template engine spent more time on those lines than the database on counting."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

from network.case_studies_search import SHOW_ALL_PARAM

register = template.Library()


@register.simple_tag
def facet_values(facet):
    """The <li> of each value shown of a facet, ticked when selected."""
    param = escape(facet.param)
    results = {}  # the spoken count, translated once per number
    lines = []
    for number, value in enumerate(facet.shown, start=1):
        if value.count not in results:
            text = ngettext("%(counter)s résultat", "%(counter)s résultats", value.count)
            results[value.count] = escape(text % {"counter": value.count})
        checked = " checked" if value.selected else ""
        lines.append(
            f'<li class="checkbox"><input type="checkbox" name="{param}" value="{escape(value.value)}"'
            f' id="facet-{param}-{number}"{checked}> <label for="facet-{param}-{number}">{escape(value.label)}'
            f'<span class="visually-hidden"> : {results[value.count]}</span>'
            f' <span class="case-study-facet__count" aria-hidden="true">({value.count})</span></label></li>'
        )
    # Every piece of text above is escaped.
    return mark_safe("\n".join(lines))  # noqa: S308


@register.simple_tag
def facet_show_all_url(facet, params):
    """This very search, with every value of `facet` listed, back at that facet."""
    params = params.copy()
    params.pop("page", None)
    params[SHOW_ALL_PARAM] = facet.param
    return f"?{params.urlencode()}#facette-{facet.param}"
