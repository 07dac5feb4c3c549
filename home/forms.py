"""Form rendering shared by every form of the portal (ours and allauth's).

Django already ties help texts and errors to their field (aria-describedby,
aria-invalid); these templates add the required marker and the house layout.
"""

from django.forms.renderers import TemplatesSetting


class PortalFormRenderer(TemplatesSetting):
    form_template_name = "components/forms/form.html"
    field_template_name = "components/forms/field.html"
