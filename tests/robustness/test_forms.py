"""Every front-end form, posted with generated values for the fields it shows
(and stray or repeated ones): the server answers with the form and its errors,
or saves and redirects, never a 500."""

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from ideas.models import IdeaCallPage
from network.models import Organisation, PersonProfile
from toolbox.models.diagnosis import DiagnosisSession

from .conftest import assert_no_server_error, field_names, fuzz, params

pytestmark = pytest.mark.django_db


def fuzz_form(client, url, data):
    """Post generated data for the fields of the form at `url`."""
    names = field_names(client, url)
    sample = data.draw(params(names))
    assert_no_server_error(client.post(url, sample))


@given(data=st.data())
@fuzz(120)
def test_idea_submission_form_never_fails(agent, data):
    call = IdeaCallPage.objects.live().get(slug="appel-a-idees-ouvert")
    url = reverse("ideas:submit", args=[call.pk])
    extra = data.draw(st.sampled_from([{}, {"submit": "1"}, {"draft": "1"}]))
    names = field_names(agent, url)
    sample = data.draw(params(names)) | extra
    assert_no_server_error(agent.post(url, sample))


@given(data=st.data())
@fuzz(80)
def test_profile_form_never_fails(agent, demo_user, data):
    PersonProfile.for_user(demo_user())
    fuzz_form(agent, reverse("network:my_profile"), data)


@given(data=st.data(), tool=st.sampled_from(["pitch_new", "persona_new", "world_cafe_new"]))
@fuzz(45)
def test_toolbox_tool_forms_never_fail(agent, data, tool):
    fuzz_form(agent, reverse(f"toolbox:{tool}"), data)


@given(data=st.data())
@fuzz(80)
def test_diagnosis_session_form_never_fails(agent, data):
    fuzz_form(agent, reverse("toolbox:diagnosis_create"), data)


@given(data=st.data())
@fuzz(50)
def test_diagnosis_questionnaire_never_fails(agent, demo_user, data):
    user = demo_user()
    session = DiagnosisSession.objects.filter(created_by=user, status=DiagnosisSession.Status.DRAFT).first()
    if session is None:
        profile = PersonProfile.for_user(user)
        session = DiagnosisSession.objects.create(
            organisation=profile.organisation or Organisation.objects.first(),
            title="Séance de test",
            participants=5,
            created_by=user,
        )
    # Completing a session closes it; reopen it so that every example posts to the questionnaire.
    DiagnosisSession.objects.filter(pk=session.pk).update(status=DiagnosisSession.Status.DRAFT)
    fuzz_form(agent, reverse("toolbox:diagnosis_fill", args=[session.pk]), data)
