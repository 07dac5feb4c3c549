"""Form rendering shared by every form of the portal (ours and allauth's).

Django already ties help texts and errors to their field (aria-describedby,
aria-invalid); these templates add the required marker, the house layout and
a character count under limited text areas.
"""

from django import forms
from django.db import models
from django.forms.renderers import TemplatesSetting
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminAutoHeightTextInput


class LineBreaksCountedOnce:
    """A text area's line breaks count once against a max_length, as the
    browser's maxlength and the portal's character count take them: browsers
    send each one as CRLF, which Django would count twice, refusing a text the
    page had said fits."""

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        return value.replace("\r\n", "\n") if isinstance(value, str) else value


class Textarea(LineBreaksCountedOnce, forms.Textarea):
    """The portal's text area (with the character count of field.html)."""


class AdminTextarea(LineBreaksCountedOnce, AdminAutoHeightTextInput):
    """The admin's text area for every TextField (install_admin_textarea)."""


def install_admin_textarea():
    """Wagtail's admin forms (an idea's sections, a profile's presentation) take
    their text areas with line breaks counted once, as the portal's forms: a
    text the portal accepted could not be saved again in the admin."""
    register_form_field_override(models.TextField, override={"widget": AdminTextarea}, exact_class=True)


class PortalFormRenderer(TemplatesSetting):
    form_template_name = "components/forms/form.html"
    field_template_name = "components/forms/field.html"
