import datetime

import factory
import wagtail_factories
from django.utils import timezone

from ideas import models


class IdeaCallIndexPageFactory(wagtail_factories.PageFactory):
    title = "Appels à idées"

    class Meta:
        model = models.IdeaCallIndexPage


class IdeaCallPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Appel à idées {n}")
    summary = "Proposez vos idées."
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))

    class Meta:
        model = models.IdeaCallPage


class IdeaThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thème {n}")

    class Meta:
        model = models.IdeaTheme
        django_get_or_create = ["name"]


class IdeaFactory(factory.django.DjangoModelFactory):
    call = factory.SubFactory(IdeaCallPageFactory)
    title = factory.Sequence(lambda n: f"Idée {n}")
    summary = "Une idée pour simplifier la vie des usagers."
    problem = "Les usagers attendent trop longtemps."
    solution = "Un formulaire en ligne."
    implementation = "Un prototype en trois mois."
    public_concerned = "Les usagers des services sociaux."
    consent = True

    class Meta:
        model = models.Idea


class IdeaTeamMemberFactory(factory.django.DjangoModelFactory):
    idea = factory.SubFactory(IdeaFactory)
    email = factory.Sequence(lambda n: f"collegue{n}@somme.fr")

    class Meta:
        model = models.IdeaTeamMember


class IdeaNoteFactory(factory.django.DjangoModelFactory):
    idea = factory.SubFactory(IdeaFactory)
    text = "À relire avec la direction des solidarités."

    class Meta:
        model = models.IdeaNote
