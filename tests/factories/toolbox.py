import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from toolbox import models


class ToolboxIndexPageFactory(wagtail_factories.PageFactory):
    title = "Boîte à outils"

    class Meta:
        model = models.ToolboxIndexPage


class MethodPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Méthode {n}")
    summary = "Une méthode d'animation."
    purpose = "Faire travailler un groupe ensemble."
    duration_minutes = 60
    participants_min = 3
    participants_max = 12
    difficulty = models.methods.Difficulty.EASY

    class Meta:
        model = models.MethodPage
        skip_postgeneration_save = True

    @factory.post_generation
    def phases(self, create, extracted, **kwargs):
        if create and extracted:
            self.phases.set(models.InnovationPhase.objects.filter(code__in=extracted))
            self.save()


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"agent{n}@example.fr")
    email = factory.SelfAttribute("username")

    class Meta:
        model = get_user_model()


class PitchFactory(DjangoModelFactory):
    owner = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Pitch {n}")
    drama = "Les usagers attendent trop longtemps au guichet."
    solution = "Un rendez-vous en ligne."
    implementation = "Un test de trois mois dans une maison des solidarités."

    class Meta:
        model = models.Pitch


class PersonaSetFactory(DjangoModelFactory):
    owner = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Atelier {n}")

    class Meta:
        model = models.PersonaSet


class PersonaFactory(DjangoModelFactory):
    persona_set = factory.SubFactory(PersonaSetFactory)
    name = factory.Sequence(lambda n: f"Persona {n}")
    age_range = "30-40 ans"

    class Meta:
        model = models.Persona


class WorldCafePlanFactory(DjangoModelFactory):
    owner = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"World café {n}")
    participants = 20
    table_size = 5
    questions = "Première question ?\nDeuxième question ?"

    class Meta:
        model = models.WorldCafePlan
