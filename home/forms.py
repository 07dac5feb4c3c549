"""Form rendering shared by every form of the portal (ours and allauth's).

Django already ties help texts and errors to their field (aria-describedby,
aria-invalid); these templates add the required marker, the house layout and
a character count under limited text areas.
"""

from django import forms
from django.forms.renderers import TemplatesSetting


class Textarea(forms.Textarea):
    """A text area whose line breaks count once against a max_length, as the
    browser's maxlength and the portal's character count take them: browsers
    send each one as CRLF, which Django would count twice, refusing a text the
    page had said fits."""

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        return value.replace("\r\n", "\n") if isinstance(value, str) else value


class PortalFormRenderer(TemplatesSetting):
    form_template_name = "components/forms/form.html"
    field_template_name = "components/forms/field.html"
