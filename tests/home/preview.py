"""Previewing a page in the admin as an editor does: the edit form, posted to
the preview view, then the preview itself fetched (as Wagtail's own tests do).

In a preview the page is built from the form, never saved: its parental
many-to-many fields and tags hold in-memory lists, not querysets, and a page
being created has no primary key. Whatever a page type's get_context or
template reads must work on both."""

from django import forms
from django.urls import reverse
from wagtail.blocks.base import BlockWidget


def _posted(field, value):
    """What the browser posts for a field showing `value`, or None for nothing."""
    widget = field.widget
    if isinstance(widget, BlockWidget):
        return None  # streams are posted empty, see edit_form_data
    if isinstance(widget, forms.CheckboxInput):
        return "on" if value else None
    if isinstance(field, forms.ModelMultipleChoiceField):
        return [str(getattr(item, "pk", item)) for item in value or []]
    if value is None:
        return ""
    return widget.format_value(value) or ""


def edit_form_data(form, **changes):
    """The data of Wagtail's bound page form `form` as the browser posts it,
    with `changes` (field name: posted value) over it. StreamFields and inline
    panels are posted empty: a preview of the page's own fields needs no more."""
    data = {}
    for name, field in form.fields.items():
        if isinstance(field.widget, BlockWidget):
            data[f"{name}-count"] = "0"
            continue
        posted = _posted(field, form[name].value())
        if posted is not None:
            data[name] = posted
    for prefix in form.formsets:
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
        data.update({f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"})
    data.update(changes)
    return data


def preview_on_edit(client, page, **changes):
    """The response of the preview of `page` edited with `changes`."""
    form = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).context["form"]
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    posted = client.post(url, edit_form_data(form, **changes))
    assert posted.json() == {"is_valid": True, "is_available": True}, posted.content
    return client.get(url)


def preview_on_add(client, model, parent, **changes):
    """The response of the preview of a new `model` page under `parent`, with `changes`."""
    app_label, model_name = model._meta.app_label, model._meta.model_name
    form = client.get(reverse("wagtailadmin_pages:add", args=[app_label, model_name, parent.pk])).context["form"]
    url = reverse("wagtailadmin_pages:preview_on_add", args=[app_label, model_name, parent.pk])
    posted = client.post(url, edit_form_data(form, **changes))
    assert posted.json() == {"is_valid": True, "is_available": True}, posted.content
    return client.get(url)
