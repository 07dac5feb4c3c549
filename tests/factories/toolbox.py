import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils.text import slugify
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

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        # The demo already has methods such as "Rétrospective": a test method of
        # the same title gets a free slug instead of failing on the taken one.
        if parent is not None:
            base = kwargs.get("slug") or slugify(kwargs.get("title", "")) or "methode"
            slug, number = base, 2
            while parent.get_children().filter(slug=slug).exists():
                slug, number = f"{base}-{number}", number + 1
            kwargs["slug"] = slug
        return super()._create_instance(model_class, parent, kwargs)

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


# The self-diagnosis (snippets and sessions).
class DiagnosisCompetencyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Compétence {n}")
    description = "Une compétence de la capacité à innover."

    class Meta:
        model = models.DiagnosisCompetency


class DiagnosisSubPracticeFactory(factory.django.DjangoModelFactory):
    competency = factory.SubFactory(DiagnosisCompetencyFactory)
    title = factory.Sequence(lambda n: f"Sous-pratique {n}")
    short_title = factory.Sequence(lambda n: f"Pratique {n}")
    level_1 = "Rien n'est fait."
    level_2 = "Quelques initiatives isolées."
    level_3 = "Une pratique organisée."
    level_4 = "Une pratique maîtrisée."
    level_5 = "Une pratique exemplaire."

    class Meta:
        model = models.DiagnosisSubPractice


class DiagnosisSessionFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory("tests.factories.network.OrganisationFactory")
    title = factory.Sequence(lambda n: f"Séance {n}")

    class Meta:
        model = models.DiagnosisSession


class DiagnosisRatingFactory(factory.django.DjangoModelFactory):
    session = factory.SubFactory(DiagnosisSessionFactory)
    subpractice = factory.SubFactory(DiagnosisSubPracticeFactory)
    level = 3
    evidence = "Deux ateliers avec les usagers en 2026, compte rendu diffusé."

    class Meta:
        model = models.DiagnosisRating
