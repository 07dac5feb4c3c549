import factory
import wagtail_factories

from toolbox import models


class ToolboxIndexPageFactory(wagtail_factories.PageFactory):
    title = "Boîte à outils"

    class Meta:
        model = models.ToolboxIndexPage


class MethodPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Méthode {n}")
    summary = "Une méthode d'animation."

    class Meta:
        model = models.MethodPage


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
