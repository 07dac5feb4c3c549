from django import template
from django.utils.translation import gettext as _

from .. import pitch

register = template.Library()


@register.filter
def minutes(value):
    """90 → « 1 h 30 », 45 → « 45 min » in French; each language's catalogue has its own formats."""
    try:
        total = int(value)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(total, 60)
    if not hours:
        return _("%(minutes)d min") % {"minutes": rest}
    if not rest:
        return _("%(hours)d h") % {"hours": hours}
    return _("%(hours)d h %(minutes)02d") % {"hours": hours, "minutes": rest}


@register.filter
def clock(seconds):
    """Seconds as m:ss, the way a timer shows them."""
    return pitch.format_duration(seconds or 0)
