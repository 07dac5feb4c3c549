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


# --- Selection: jury, wall, pool, follow-up -------------------------------------------


def first_departement():
    from network.models import Organisation

    return Organisation.objects.filter(kind=Organisation.Kind.DEPARTEMENT).order_by("name").first()


class AgentUserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"agent{n}@somme.fr")
    email = factory.LazyAttribute(lambda user: user.username)
    first_name = "Agent"
    last_name = factory.Sequence(lambda n: f"Numéro {n}")

    class Meta:
        model = "auth.User"
        django_get_or_create = ["username"]


class CallJurorFactory(factory.django.DjangoModelFactory):
    call = factory.SubFactory(IdeaCallPageFactory)
    user = factory.SubFactory(AgentUserFactory)

    class Meta:
        model = models.CallJuror


class IdeaSupportFactory(factory.django.DjangoModelFactory):
    idea = factory.SubFactory(IdeaFactory)
    user = factory.SubFactory(AgentUserFactory)

    class Meta:
        model = models.IdeaSupport


class IdeaCommentFactory(factory.django.DjangoModelFactory):
    idea = factory.SubFactory(IdeaFactory)
    author = factory.SubFactory(AgentUserFactory)
    text = "Bonne idée, nous avons le même problème chez nous."

    class Meta:
        model = models.IdeaComment


class IdeaAdoptionFactory(factory.django.DjangoModelFactory):
    idea = factory.SubFactory(IdeaFactory, state=models.IdeaState.NOT_SELECTED)
    departement = factory.LazyFunction(first_departement)

    class Meta:
        model = models.IdeaAdoption


class LaureateFollowUpFactory(factory.django.DjangoModelFactory):
    idea = factory.SubFactory(IdeaFactory, state=models.IdeaState.LAUREATE)
    pre_incubation_start = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = models.LaureateFollowUp


class MilestoneFactory(factory.django.DjangoModelFactory):
    followup = factory.SubFactory(LaureateFollowUpFactory)
    title = factory.Sequence(lambda n: f"Jalon {n}")
    due_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))

    class Meta:
        model = models.Milestone
