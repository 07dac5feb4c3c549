"""Admin edit panels shared by the portal's models."""

import datetime

from django.utils.formats import date_format
from django.utils.timezone import localtime
from wagtail.admin.panels import FieldPanel


class ReadOnlyFieldPanel(FieldPanel):
    """A field shown, not edited, as the listings show it: a dash where nothing
    was recorded (Wagtail wrote « None »), a time in the portal's time zone."""

    def __init__(self, field_name, *args, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, *args, **kwargs)

    def format_value_for_display(self, value):
        if value is None or value == "":
            return "—"
        if isinstance(value, datetime.datetime):
            return date_format(localtime(value), "DATETIME_FORMAT")
        return super().format_value_for_display(value)
