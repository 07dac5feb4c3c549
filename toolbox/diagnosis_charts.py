"""Geometry of the radar charts, rendered as SVG by the server
(templates/toolbox/diagnosis/radar.html): readable without JavaScript.

Coordinates are formatted here, as strings: the template would localise a
float with a French decimal comma, which SVG does not read. The values shown to
people are localised (a comma in French, a point in English)."""

import math
import textwrap

from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

WIDTH = 560
HEIGHT = 420
RADIUS = 125
LABEL_GAP = 16
LINE_HEIGHT = 15
LABEL_WIDTH = 18  # characters per line of an axis label


def _point(index, count, value, max_value):
    angle = -math.pi / 2 + 2 * math.pi * index / count
    distance = RADIUS * value / max_value
    return WIDTH / 2 + distance * math.cos(angle), HEIGHT / 2 + distance * math.sin(angle)


def _points(values, max_value):
    count = len(values)
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in (_point(i, count, v, max_value) for i, v in enumerate(values)))


def _label(index, count, text):
    angle = -math.pi / 2 + 2 * math.pi * index / count
    dx, dy = math.cos(angle), math.sin(angle)
    x = WIDTH / 2 + (RADIUS + LABEL_GAP) * dx
    y = HEIGHT / 2 + (RADIUS + LABEL_GAP) * dy
    anchor = "middle" if abs(dx) < 0.2 else ("start" if dx > 0 else "end")
    lines = textwrap.wrap(text, LABEL_WIDTH) or [""]
    if dy < -0.2:  # above the centre: the last line sits on the point
        y -= LINE_HEIGHT * (len(lines) - 1)
    elif abs(dy) <= 0.2:
        y -= LINE_HEIGHT * (len(lines) - 1) / 2
    else:
        y += LINE_HEIGHT * 0.7
    return {"x": f"{x:.1f}", "y": f"{y:.1f}", "anchor": anchor, "lines": lines}


def radar(axes, series, max_value=5):
    """Everything the SVG template draws.

    `axes`: the label of each axis; `series`: dicts with `label`, `css` and
    `values` (one per axis). A series with a missing value is left out of the
    drawing (the table beside the chart says which values are missing)."""
    count = len(axes)
    if count < 3:
        return None
    drawn = [
        {**item, "points": _points(item["values"], max_value)}
        for item in series
        if len(item["values"]) == count and all(value is not None for value in item["values"])
    ]
    spokes = []
    for index in range(count):
        x, y = _point(index, count, max_value, max_value)
        spokes.append({"x": f"{x:.1f}", "y": f"{y:.1f}"})
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "cx": f"{WIDTH / 2:.1f}",
        "cy": f"{HEIGHT / 2:.1f}",
        "rings": [_points([level] * count, max_value) for level in range(1, max_value + 1)],
        "spokes": spokes,
        "labels": [_label(index, count, text) for index, text in enumerate(axes)],
        "series": drawn,
    }


LINE_WIDTH = 560
LINE_HEIGHT_PX = 260
MARGIN = {"left": 50, "right": 50, "top": 25, "bottom": 45}


def line_chart(labels, values, max_value=5):
    """The overall level of each session over time: one point per session, in order.
    Returns None with fewer than two sessions (nothing to compare)."""
    if len(labels) < 2 or len(labels) != len(values):
        return None
    inner_width = LINE_WIDTH - MARGIN["left"] - MARGIN["right"]
    inner_height = LINE_HEIGHT_PX - MARGIN["top"] - MARGIN["bottom"]
    step = inner_width / (len(labels) - 1)

    def y_of(value):
        return MARGIN["top"] + inner_height * (1 - value / max_value)

    points = [
        {
            "x": f"{MARGIN['left'] + index * step:.1f}",
            "y": f"{y_of(value):.1f}",
            "label": label,
            "value": floatformat(value, 1),  # rounded and localised as in the table beside the chart
        }
        for index, (label, value) in enumerate(zip(labels, values, strict=True))
        if value is not None
    ]
    # The punctuation is the translator's: « 12/03/2025 : 1,8 ; … » in French, "03/12/2025: 1.8; …" in English.
    desc = pgettext("entre deux points d'un graphique", " ; ").join(
        _("%(label)s : %(value)s") % {"label": point["label"], "value": point["value"]} for point in points
    )
    return {
        "width": LINE_WIDTH,
        "height": LINE_HEIGHT_PX,
        "left": MARGIN["left"],
        "right": LINE_WIDTH - MARGIN["right"],
        "label_y": LINE_HEIGHT_PX - MARGIN["bottom"] + 20,
        "grid": [{"y": f"{y_of(level):.1f}", "level": level} for level in range(0, max_value + 1)],
        "points": points,
        "desc": desc,
        "polyline": " ".join(f"{point['x']},{point['y']}" for point in points),
    }
