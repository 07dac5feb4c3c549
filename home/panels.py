"""Admin edit panels shared by the portal's models."""

from wagtail.admin.panels import FieldPanel

from home.exports import readable


class ReadOnlyFieldPanel(FieldPanel):
    """A field shown, not edited, as the listings show it (home.exports.readable):
    a dash where nothing was recorded (Wagtail wrote « None »), local time."""

    def __init__(self, field_name, *args, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, *args, **kwargs)

    def format_value_for_display(self, value):
        shown = readable(value)
        return shown if shown is not value else super().format_value_for_display(value)
