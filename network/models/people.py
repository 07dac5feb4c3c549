import datetime

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.lookups import IContains
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from .tags import TaggedOffer, TaggedRequest, TaggedSkill

# A profile nobody touched for that long is probably out of date.
STALE_AFTER = datetime.timedelta(days=365)
# The rendition of a photo in listings (templates/network/includes/person_card.html).
LISTING_PHOTO = "fill-96x96"


class PersonProfileQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def by_user(self, users):
        """{account pk: profile} for these accounts, in one query (accounts
        without a profile are absent: nothing is created)."""
        return {profile.user_id: profile for profile in self.filter(user__in=[user.pk for user in users])}

    def listed(self):
        """The people who chose to appear in the directory. Only a field of the
        profile itself, so that `listed().search(...)` works on every search backend."""
        return self.filter(listed=True)

    def stale(self, now=None):
        return self.filter(updated_at__lt=(now or timezone.now()) - STALE_AFTER)

    def for_listing(self):
        """What a card in a listing shows, fetched in a constant number of queries."""
        from wagtail.images import get_image_model

        photos = get_image_model().objects.prefetch_renditions(LISTING_PHOTO)
        return self.select_related("organisation", "team").prefetch_related(
            "skills", models.Prefetch("photo", queryset=photos)
        )


class PersonProfile(index.Indexed, ClusterableModel):
    """A member of the network, one per account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("compte"), on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(_("nom"), max_length=150)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    team = models.ForeignKey(
        "network.InnovationTeamPage",
        verbose_name=_("équipe d'innovation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    job_title = models.CharField(_("fonction"), max_length=200, blank=True)
    bio = models.TextField(
        _("présentation"), max_length=1000, blank=True, help_text=_("Quelques lignes : votre parcours, vos projets.")
    )
    skills = ClusterTaggableManager(
        verbose_name=_("compétences"),
        through=TaggedSkill,
        blank=True,
        related_name="skilled_people",
        help_text=_("Séparées par des virgules, par exemple : design de service, marchés publics."),
    )
    offers = ClusterTaggableManager(
        verbose_name=_("je peux aider sur"),
        through=TaggedOffer,
        blank=True,
        related_name="offering_people",
        help_text=_("Les sujets sur lesquels vous pouvez aider d'autres membres, séparés par des virgules."),
    )
    requests = ClusterTaggableManager(
        verbose_name=_("je cherche"),
        through=TaggedRequest,
        blank=True,
        related_name="requesting_people",
        help_text=_("Les sujets sur lesquels vous cherchez de l'aide, séparés par des virgules."),
    )
    methods = ParentalManyToManyField(
        "toolbox.MethodPage",
        verbose_name=_("méthodes que je sais animer"),
        blank=True,
        related_name="facilitators",
    )
    contact_email = models.EmailField(_("courriel de contact"), blank=True)
    phone = models.CharField(
        _("téléphone"),
        max_length=30,
        blank=True,
        validators=[
            RegexValidator(
                r"^\+?(?:[ .()\-]*[0-9]){6,}[ .()\-]*$",
                _("Un numéro de téléphone : des chiffres, avec espaces, points ou tirets, par exemple 03 22 71 80 80."),
            )
        ],
    )
    listed = models.BooleanField(
        _("apparaître dans l'annuaire"),
        default=False,
        help_text=_("Décochez pour que personne ne vous trouve dans l'annuaire, la recherche ni les exports."),
    )
    updated_at = models.DateTimeField(_("mis à jour le"), default=timezone.now)
    reminded_at = models.DateTimeField(_("relancé le"), null=True, blank=True, editable=False)

    objects = PersonProfileQuerySet.as_manager()

    panels = [
        FieldPanel("user", read_only=True),
        MultiFieldPanel(
            [FieldPanel("display_name"), FieldPanel("photo"), FieldPanel("job_title"), FieldPanel("bio")],
            heading=_("Identité"),
        ),
        MultiFieldPanel([FieldPanel("organisation"), FieldPanel("team")], heading=_("Rattachement")),
        MultiFieldPanel(
            [FieldPanel("skills"), FieldPanel("offers"), FieldPanel("requests"), FieldPanel("methods")],
            heading=_("Compétences et entraide"),
        ),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("phone")], heading=_("Coordonnées")),
        FieldPanel("listed"),
    ]
    search_fields = [
        index.SearchField("display_name"),
        index.AutocompleteField("display_name"),
        index.SearchField("job_title"),
        index.SearchField("bio"),
        index.FilterField("listed"),
        index.FilterField("organisation"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.RelatedFields("skills", [index.SearchField("name")]),
        index.RelatedFields("offers", [index.SearchField("name")]),
    ]

    class Meta:
        ordering = ["display_name"]
        verbose_name = _("profil")
        verbose_name_plural = _("profils")

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        self.updated_at = timezone.now()
        super().save(*args, **kwargs)
        # The post_save indexing ran before the cluster committed the tags: index them too.
        index.insert_or_update_object(self)

    def get_absolute_url(self):
        return reverse("network:person", args=[self.pk])

    @property
    def departement_number(self):
        return self.organisation.departement_number if self.organisation else ""

    def is_stale(self, now=None):
        return self.updated_at < (now or timezone.now()) - STALE_AFTER

    def visible_to(self, user):
        """Listed profiles are seen by every member; an unlisted one only by its owner and the editors."""
        return self.listed or user.pk == self.user_id or user.has_perm("network.change_personprofile")

    @classmethod
    def for_user(cls, user):
        """The user's profile, created on first need (one per account)."""
        profile, _created = cls.objects.get_or_create(user=user, defaults={"display_name": cls.default_name(user)})
        return profile

    @staticmethod
    def default_name(user):
        """The name an account goes by until its profile says otherwise."""
        return user.get_full_name() or user.email or user.get_username()

    # Plain columns for the exports.
    def skill_names(self):
        return ", ".join(sorted(tag.name for tag in self.skills.all()))

    def offer_names(self):
        return ", ".join(sorted(tag.name for tag in self.offers.all()))

    def request_names(self):
        return ", ".join(sorted(tag.name for tag in self.requests.all()))


class IndexedIContains(IContains):
    """`icontains` that SQLite's FTS5 trigram index can answer: its LIKE is
    served by the index only without an ESCAPE clause, which a word with no
    `%`, `_` or backslash does not need (same matches either way)."""

    def as_sqlite(self, compiler, connection):
        sql, params = self.as_sql(compiler, connection)
        if len(params) == 1 and isinstance(params[0], str) and "\\" not in params[0]:
            sql = sql.replace(" ESCAPE '\\'", "")
        return sql, params


class SearchTextField(models.TextField):
    pass


SearchTextField.register_lookup(IndexedIContains)


class PersonProfileText(models.Model):
    """The words of a profile that free text looks into (name, job title and
    bio, one string), under an index that finds a substring without reading
    every profile: an FTS5 table with the trigram tokenizer on SQLite, kept by
    triggers, and on PostgreSQL a view over the profiles whose expression a
    trigram GIN index covers (migration 0009). Read only."""

    profile_id = models.BigIntegerField(primary_key=True, db_column="rowid")
    text = SearchTextField()

    class Meta:
        managed = False
        db_table = "network_personprofile_text"
        default_permissions = ()

    def __str__(self):
        return self.text
