import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from network import models


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Commune test {n}")
    kind = models.Organisation.Kind.COMMUNE
    departement_number = "80"
    region = "Hauts-de-France"

    class Meta:
        model = models.Organisation


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    title = "Réseau"

    class Meta:
        model = models.NetworkIndexPage


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Retours d'expérience"

    class Meta:
        model = models.CaseStudyIndexPage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Retour d'expérience {n}")
    summary = "Ce qui a été tenté et ce qui a marché."

    class Meta:
        model = models.CaseStudyPage
