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


class PolicyAreaFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Domaine {n}")

    class Meta:
        model = models.PolicyArea
        django_get_or_create = ["name"]


def bulk_create_case_studies(index, count, **fields):
    """`count` live case studies under `index`, fast: rows are written with
    bulk_create and the tree paths computed here, instead of one treebeard
    add_child (and its queries) per page. No revision, no search indexing:
    enough for listings, filters and query counts."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from wagtail.models import Page

    from network.case_studies_facets_cache import bump_version

    content_type = ContentType.objects.get_for_model(models.CaseStudyPage)
    last_child = index.get_last_child()
    first_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    now = timezone.now()
    pages = []
    for number in range(count):
        step = first_step + number
        slug = f"retour-en-masse-{step}"
        pages.append(
            models.CaseStudyPage(
                title=f"Retour d'expérience en masse {step}",
                draft_title=f"Retour d'expérience en masse {step}",
                slug=slug,
                path=Page._get_path(index.path, index.depth + 1, step),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                live=True,
                first_published_at=now,
                last_published_at=now,
                **fields,
            )
        )
    parents = Page.objects.bulk_create(
        [
            Page(**{f.attname: getattr(p, f.attname) for f in Page._meta.concrete_fields if f.attname != "id"})
            for p in pages
        ]
    )
    for page, parent in zip(pages, parents, strict=True):
        page.pk = page.page_ptr_id = parent.pk
    # Multi-table bulk_create is not supported by Django: insert the child rows directly.
    models.CaseStudyPage._base_manager._insert(
        pages, fields=list(models.CaseStudyPage._meta.local_concrete_fields), using="default"
    )
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
    index.numchild += count
    # Bulk inserts send no signal: the index's cached facet counts are stale.
    bump_version()
    return list(models.CaseStudyPage.objects.filter(pk__in=[page.pk for page in pages]))
