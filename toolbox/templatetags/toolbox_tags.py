from django import template

from .. import pitch

register = template.Library()


@register.filter
def minutes(value):
    """90 → « 1 h 30 », 45 → « 45 min »."""
    try:
        total = int(value)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(total, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


@register.filter
def clock(seconds):
    """Seconds as m:ss, the way a timer shows them."""
    return pitch.format_duration(seconds or 0)
