"""Generated départements, other organisations and people (accounts with a profile)."""

import itertools

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.utils.text import slugify

from home import roles
from network.models import Organisation, PersonProfile

from . import BATCH_SIZE, names

GENERATED_EMAIL_DOMAIN = "genere.reseau.test"


def departements(context):
    """5 départements per unit of scale (at most as many as France has)."""
    taken = set(Organisation.objects.values_list("name", flat=True))
    wanted = [
        Organisation(
            name=f"Département {label}",
            kind=Organisation.Kind.DEPARTEMENT,
            departement_number=number,
            region=context.rng.choice(names.REGIONS),
        )
        for number, label in names.DEPARTEMENTS
        if f"Département {label}" not in taken
    ][: context.count(5)]
    created = Organisation.objects.bulk_create(wanted, batch_size=BATCH_SIZE)
    context.created["departements"] = [organisation.pk for organisation in created]
    return len(created)


def organisations(context):
    """55 other bodies per unit of scale (60 organisations with the départements)."""
    taken = set(Organisation.objects.values_list("name", flat=True))
    places = [stem + suffix for suffix, stem in itertools.product(names.PLACE_SUFFIXES, names.PLACE_STEMS)]
    # Beyond scale 10, numbered districts keep names unique.
    places += [f"{place} {n}" for n in range(2, 2 + context.count(55) // len(places)) for place in places]
    wanted = []
    for index, place in enumerate(places):
        kind, pattern = names.ORGANISATION_FORMS[index % len(names.ORGANISATION_FORMS)]
        name = pattern.format(place=place)
        if name not in taken:
            number, _label = context.rng.choice(names.DEPARTEMENTS)
            wanted.append(
                Organisation(name=name, kind=kind, departement_number=number, region=context.rng.choice(names.REGIONS))
            )
        if len(wanted) == context.count(55):
            break
    created = Organisation.objects.bulk_create(wanted, batch_size=BATCH_SIZE)
    context.created["organisations"] = context.created.get("departements", []) + [org.pk for org in created]
    return len(created)


def people(context):
    """2,000 agents per unit of scale: a verified account in the Agents group and a profile
    (nine in ten listed in the directory).

    They all share the demo password, hashed once (hashing 20,000 passwords
    would take longer than everything else together)."""
    user_model = get_user_model()
    start = user_model.objects.filter(email__endswith=f"@{GENERATED_EMAIL_DOMAIN}").count()
    total = context.count(2000)
    password = make_password(settings.PORTAL_DEMO_PASSWORD)
    organisation_ids = context.created.get("organisations") or list(Organisation.objects.values_list("pk", flat=True))
    agents = Group.objects.get(name=roles.AGENTS)
    rng = context.rng
    users, details = [], []
    for index in range(start, start + total):
        first, last = rng.choice(names.FIRST_NAMES), rng.choice(names.LAST_NAMES)
        email = f"{slugify(first)}.{slugify(last)}.{index}@{GENERATED_EMAIL_DOMAIN}"
        users.append(user_model(username=email, email=email, first_name=first, last_name=last, password=password))
        # Most agents choose to appear in the directory; a few stay unlisted.
        listed = rng.random() < 0.9
        details.append((f"{first} {last}", rng.choice(organisation_ids), rng.choice(names.JOB_TITLES), listed))
    users = user_model.objects.bulk_create(users, batch_size=BATCH_SIZE)
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users],
        batch_size=BATCH_SIZE,
    )
    membership = user_model.groups.through
    membership.objects.bulk_create(
        [membership(user_id=user.pk, group_id=agents.pk) for user in users], batch_size=BATCH_SIZE
    )
    profiles = PersonProfile.objects.bulk_create(
        [
            PersonProfile(
                user=user, display_name=name, organisation_id=organisation_id, job_title=job_title, listed=listed
            )
            for user, (name, organisation_id, job_title, listed) in zip(users, details, strict=True)
        ],
        batch_size=BATCH_SIZE,
    )
    context.created["users"] = [user.pk for user in users]
    context.created["profiles"] = [profile.pk for profile in profiles]
    return len(users)
