"""Select boxes over growing tables (calls, départements) that stay cheap to draw.

Django builds a model instance per option (a whole page for a call) and renders
each option through a template include: with a few hundred calls that was most
of the moderation listing's time. Here the options come from one `values_list`
and are written out directly; the chosen value is still validated by the field."""

from html import escape

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from home.admin_filters import BoundedIdChoice


class LabelChoiceIterator(ModelChoiceIterator):
    """(pk, label) pairs read in one query, without building the objects."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.queryset.values_list("pk", self.field.label_field)


class PlainSelect(forms.Select):
    """A <select> written in one pass instead of one template per option."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        # The standard library's escape: Django's checks each argument for lazy
        # text and safe strings, which cost more than the option itself.
        options = mark_safe(  # noqa: S308 - every value and label is escaped here
            "".join(
                f'<option value="{escape(str(key))}"{" selected" if str(key) in chosen else ""}>'
                f"{escape(str(label))}</option>"
                for key, label in self.choices
            )
        )
        attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        if self.allow_multiple_selected:
            attrs["multiple"] = True
        return format_html("<select{}>{}</select>", flatatt(attrs), options)


class PlainSelectMultiple(PlainSelect, forms.SelectMultiple):
    pass


class LabelledModelChoiceField(BoundedIdChoice, forms.ModelChoiceField):
    """A ModelChoiceField whose options show one column (`label_field`)."""

    iterator = LabelChoiceIterator
    widget = PlainSelect

    def __init__(self, queryset, *, label_field, **kwargs):
        self.label_field = label_field
        super().__init__(queryset, **kwargs)
