"""Owners of profiles untouched for a year are reminded, once."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from network.models import PersonProfile
from network.reminders import remind_stale_profiles
from tests.factories.network import PersonProfileFactory

pytestmark = pytest.mark.django_db


def age(profile, days):
    PersonProfile.objects.filter(pk=profile.pk).update(updated_at=timezone.now() - datetime.timedelta(days=days))


def test_owners_of_stale_profiles_are_reminded_once(capsys):
    stale, fresh = PersonProfileFactory(), PersonProfileFactory()
    age(stale, 400)
    age(fresh, 100)
    call_command("remind_stale_profiles")
    assert [message.to for message in mail.outbox] == [[stale.user.email]]
    assert "/membres/mon-profil/" in mail.outbox[0].body
    call_command("remind_stale_profiles")
    assert len(mail.outbox) == 1
    assert "0 rappel(s)" in capsys.readouterr().out


def test_a_profile_updated_then_stale_again_gets_a_new_reminder():
    profile = PersonProfileFactory()
    age(profile, 400)
    remind_stale_profiles()
    profile.refresh_from_db()
    profile.save()  # its owner reviewed it
    assert remind_stale_profiles() == 0
    later = timezone.now() + datetime.timedelta(days=400)
    assert remind_stale_profiles(now=later) >= 1
    assert profile.user.email in [message.to[0] for message in mail.outbox[1:]]


def test_a_reminder_does_not_count_as_an_update():
    profile = PersonProfileFactory()
    age(profile, 400)
    remind_stale_profiles()
    profile.refresh_from_db()
    assert profile.is_stale()
