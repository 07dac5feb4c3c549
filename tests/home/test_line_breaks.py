"""A text with line breaks right up to a field's limit is accepted in the
portal's forms and in Wagtail's admin alike (browsers send each break as CRLF)."""

import pytest
from wagtail.admin.panels import get_edit_handler

from ideas.models import Idea
from network.forms import ProfileForm
from network.models import PersonProfile

pytestmark = pytest.mark.django_db

# 1,000 characters as the browser counts them, 1,199 as it sends them.
BIO = "\r\n".join(["abcd"] * 200)


def cleaned(form_class, name, value):
    field = form_class.base_fields[name]
    return field.clean(field.widget.value_from_datadict({name: value}, {}, name))


@pytest.mark.parametrize(
    ("model", "name", "limit"), [(PersonProfile, "bio", 1000), (Idea, "problem", 5000), (Idea, "summary", 600)]
)
def test_the_admin_counts_line_breaks_once_against_a_limit(model, name, limit):
    form_class = get_edit_handler(model).get_form_class()
    lines = limit // 5
    text = "\r\n".join(["abcd"] * lines)
    assert len(text.replace("\r\n", "\n")) == limit - 1
    assert cleaned(form_class, name, text) == text.replace("\r\n", "\n")


def test_the_portal_profile_form_counts_line_breaks_once():
    assert cleaned(ProfileForm, "bio", BIO) == BIO.replace("\r\n", "\n")
