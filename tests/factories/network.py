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


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"membre{n}@exemple.fr")
    email = factory.SelfAttribute("username")
    first_name = "Dominique"
    last_name = factory.Sequence(lambda n: f"Membre {n}")

    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)


class PersonProfileFactory(DjangoModelFactory):
    """A listed profile; `skills`, `offers`, `requests` (tag names) and `methods` (pages) may be given."""

    user = factory.SubFactory(UserFactory)
    display_name = factory.LazyAttribute(lambda o: o.user.get_full_name())
    organisation = factory.SubFactory(OrganisationFactory)
    job_title = "Chargée de mission"
    listed = True

    class Meta:
        model = models.PersonProfile
        skip_postgeneration_save = True

    @factory.post_generation
    def skills(self, create, extracted, **kwargs):
        if extracted:
            self.skills.set(extracted)

    @factory.post_generation
    def offers(self, create, extracted, **kwargs):
        if extracted:
            self.offers.set(extracted)

    @factory.post_generation
    def requests(self, create, extracted, **kwargs):
        if extracted:
            self.requests.set(extracted)

    @factory.post_generation
    def methods(self, create, extracted, **kwargs):
        if extracted:
            self.methods.set(extracted)

    @factory.post_generation
    def commit(self, create, extracted, **kwargs):
        # ClusterableModel keeps tags and methods in memory until saved.
        if create:
            self.save()


class InnovationTeamPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Équipe innovation {n}")
    summary = "Une équipe qui accompagne les projets innovants."
    organisation = factory.SubFactory(OrganisationFactory)
    mission = "<p>Accompagner les directions dans leurs projets.</p>"
    location = "Amiens"
    year_created = 2018

    class Meta:
        model = models.InnovationTeamPage


class NetworkTagFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"compétence {n}")
    slug = factory.Sequence(lambda n: f"competence-{n}")

    class Meta:
        model = models.NetworkTag
