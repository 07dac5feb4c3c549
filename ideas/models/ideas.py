from django.conf import settings
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from .calls import IdeaCallPage, IdeaTheme


class IdeaState(models.TextChoices):
    DRAFT = "brouillon", _("Brouillon")
    SUBMITTED = "soumise", _("Soumise")
    TO_COMPLETE = "a_completer", _("À compléter")
    ADMISSIBLE = "recevable", _("Recevable")
    INADMISSIBLE = "irrecevable", _("Irrecevable")
    PRESELECTED = "preselectionnee", _("Présélectionnée")
    LAUREATE = "laureate", _("Lauréate")
    NOT_SELECTED = "non_retenue", _("Non retenue")
    PRE_INCUBATION = "pre_incubation", _("Pré-incubation")
    INCUBATION = "incubation", _("Incubation")
    DEPLOYED = "deployee", _("Déployée")
    ABANDONED = "abandonnee", _("Abandonnée")
    WITHDRAWN = "retiree", _("Retirée")


# Ideas every member of the network may read: declared recevable, and beyond.
PUBLIC_STATES = [
    IdeaState.ADMISSIBLE,
    IdeaState.PRESELECTED,
    IdeaState.LAUREATE,
    IdeaState.NOT_SELECTED,
    IdeaState.PRE_INCUBATION,
    IdeaState.INCUBATION,
    IdeaState.DEPLOYED,
    IdeaState.ABANDONED,
]
# A laureate and what follows: what becomes a case study.
LAUREATE_AND_LATER = [
    IdeaState.LAUREATE,
    IdeaState.PRE_INCUBATION,
    IdeaState.INCUBATION,
    IdeaState.DEPLOYED,
    IdeaState.ABANDONED,
]
EDITABLE_STATES = [IdeaState.DRAFT, IdeaState.TO_COMPLETE]
# Room for a page of text per section; bounded so that no paste reaches the
# request size Django refuses (the form then says how much to cut).
SECTION_MAX_LENGTH = 5000
NOTE_MAX_LENGTH = 2000


def team_rows_of(user):
    """The team-member rows naming the user, by account or by email."""
    members = Q(user=user)
    if user.email:
        # UPPER on both sides, by the database: the expression the index on
        # team members' emails serves, on SQLite as on PostgreSQL.
        members |= Q(email_upper=Upper(Value(user.email)))
    return IdeaTeamMember.objects.alias(email_upper=Upper("email")).filter(members)


# The site search calls `.search()` on `Idea.objects.visible_to(user)`: without the
# mixin every searchable query raised AttributeError (a 500 on /recherche/).
class IdeaQuerySet(SearchableQuerySetMixin, models.QuerySet):
    @staticmethod
    def _authored_condition(user):
        """The ideas the user submitted or is a team member of (by account or by
        email, so an invitation made before the account existed counts too), as a
        condition on the ideas themselves."""
        return Q(created_by_id=user.pk) | Q(pk__in=team_rows_of(user).values("idea_id"))

    def authored_by(self, user):
        """Ideas the user submitted or is a team member of."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(self._authored_condition(user))

    def visible_to(self, user):
        """What a user may see: the public ideas, their own and their team's;
        moderators and coordinators see everything. Their own are a condition on
        the same rows, not a subquery over the ideas: PostgreSQL read every idea
        a second time for it (20 ms per site search at bench scale 10)."""
        from ideas.rules import is_coordinator, is_moderator

        if not user.is_authenticated:
            return self.none()
        mine = self._authored_condition(user)
        if is_moderator(user) or is_coordinator(user):
            # Everything but the drafts of others, which stay private.
            return self.filter(~Q(state=IdeaState.DRAFT) | mine)
        return self.filter(Q(state__in=PUBLIC_STATES) | mine)

    def for_listing(self):
        return self.select_related("call", "departement", "theme", "created_by")


class Idea(index.Indexed, ClusterableModel):
    """An idea submitted by agents to a call, built on the pitch structure:
    the problem (why), the solution (what), the implementation (how)."""

    call = models.ForeignKey(IdeaCallPage, verbose_name=_("appel"), on_delete=models.PROTECT, related_name="ideas")
    reference = models.CharField(_("numéro de référence"), max_length=30, blank=True, db_index=True)
    state = models.CharField(
        _("état"), max_length=20, choices=IdeaState.choices, default=IdeaState.DRAFT, db_index=True
    )
    title = models.CharField(_("titre"), max_length=200)
    summary = models.TextField(
        _("résumé"),
        blank=True,
        max_length=600,
        help_text=_("L'idée en deux ou trois phrases (600 caractères au plus)."),
    )
    problem = models.TextField(
        _("le problème (pourquoi)"),
        blank=True,
        max_length=SECTION_MAX_LENGTH,
        help_text=_("Ce qui ne va pas aujourd'hui, pour qui, avec quels effets."),
    )
    solution = models.TextField(
        _("la solution (quoi)"), blank=True, max_length=SECTION_MAX_LENGTH, help_text=_("Ce que vous proposez.")
    )
    implementation = models.TextField(
        _("la mise en œuvre (comment)"),
        blank=True,
        max_length=SECTION_MAX_LENGTH,
        help_text=_("Les étapes, qui fait quoi, en combien de temps."),
    )
    departement = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("département"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ideas",
        limit_choices_to={"kind": "departement"},
    )
    service = models.CharField(_("service"), max_length=200, blank=True)
    theme = models.ForeignKey(
        IdeaTheme, verbose_name=_("thème"), null=True, blank=True, on_delete=models.SET_NULL, related_name="ideas"
    )
    public_concerned = models.TextField(_("public concerné"), blank=True, max_length=SECTION_MAX_LENGTH)
    expected_benefits = models.TextField(_("bénéfices attendus"), blank=True, max_length=SECTION_MAX_LENGTH)
    resources_needed = models.TextField(_("moyens nécessaires"), blank=True, max_length=SECTION_MAX_LENGTH)
    existing_solutions = models.TextField(
        _("existe-t-il déjà quelque chose de comparable ?"),
        blank=True,
        max_length=SECTION_MAX_LENGTH,
        help_text=_("Ailleurs dans votre collectivité, dans une autre, dans le privé…"),
    )
    consent = models.BooleanField(_("consentement au traitement des données personnelles"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("déposée par"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="created_ideas",
    )
    created_at = models.DateTimeField(_("créée le"), default=timezone.now)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)
    submitted_at = models.DateTimeField(_("soumise le"), null=True, blank=True)
    state_changed_at = models.DateTimeField(_("état changé le"), null=True, blank=True)
    # Kept by the IdeaSupport signals: the wall sorts on it through an index
    # instead of counting the supports of every idea of the call.
    support_count = models.PositiveIntegerField(_("soutiens"), default=0, editable=False)

    objects = IdeaQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("call"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("problem"), FieldPanel("solution"), FieldPanel("implementation")],
            heading=_("Le pitch"),
        ),
        FieldRowPanel([FieldPanel("departement"), FieldPanel("service")]),
        FieldPanel("theme"),
        FieldPanel("public_concerned"),
        FieldPanel("expected_benefits"),
        FieldPanel("resources_needed"),
        FieldPanel("existing_solutions"),
        InlinePanel("team_members", heading=_("Équipe"), label=_("Membre")),
    ]
    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2),
        index.SearchField("problem"),
        index.SearchField("solution"),
        index.SearchField("implementation"),
        index.SearchField("public_concerned"),
        index.SearchField("expected_benefits"),
        index.SearchField("service"),
        index.SearchField("reference"),
        # visible_to() filters on pk (an agent's own drafts): the search needs it declared.
        index.FilterField("id"),
        index.FilterField("state"),
        index.FilterField("call_id"),
        index.FilterField("departement_id"),
        index.FilterField("theme_id"),
        index.FilterField("created_by_id"),
        index.RelatedFields("departement", [index.SearchField("name")]),
        index.RelatedFields("theme", [index.SearchField("name")]),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("idée")
        verbose_name_plural = _("idées")
        indexes = [
            models.Index(fields=["call", "state"]),
            # The moderation listing's default order.
            models.Index(fields=["submitted_at"], name="ideas_idea_submitted_idx"),
            # The wall's order: most supported first, within a call.
            models.Index(fields=["call", "-support_count", "title"], name="ideas_idea_wall_order_idx"),
            # What visible_to() reads: the site search checks every idea that
            # matches a common word against it, and PostgreSQL then hashes the
            # ids of all visible ideas. With this index it reads them from the
            # index alone instead of the whole table (bench scale 10: 30 → 6 ms).
            models.Index(fields=["state", "created_by", "id"], name="ideas_idea_visibility_idx"),
        ]

    def get_absolute_url(self):
        return reverse("ideas:detail", args=[self.pk])

    def __str__(self):
        return self.title

    @property
    def state_label(self):
        return IdeaState(self.state).label

    @property
    def is_editable(self):
        return self.state in EDITABLE_STATES

    @property
    def is_public(self):
        return self.state in PUBLIC_STATES

    @property
    def is_laureate_or_later(self):
        return self.state in LAUREATE_AND_LATER

    def assign_reference(self):
        if not self.reference:
            year = (self.submitted_at or timezone.now()).year
            self.reference = f"IDEE-{year}-{self.pk:05d}"

    def author_users(self):
        """The accounts to tell about the idea: the submitter and the team members who have one."""
        from django.contrib.auth import get_user_model

        User = get_user_model()
        # The members as objects, not .values(): an unsaved team (a form being
        # submitted) lives in modelcluster's memory, which has no SQL to nest.
        members = list(self.team_members.all())
        emails = [member.email for member in members if member.email]
        accounts = [member.user_id for member in members if member.user_id]
        users = User.objects.filter(is_active=True).filter(
            Q(pk=self.created_by_id) | Q(email__in=emails) | Q(pk__in=accounts)
        )
        return list(users.distinct())

    def author_emails(self):
        emails = {user.email.lower() for user in self.author_users() if user.email}
        emails |= {member.email.lower() for member in self.team_members.all() if member.email}
        return sorted(emails)


class IdeaTeamMember(models.Model):
    """A colleague invited into an idea's team, by email; linked to their account
    when it exists (the dashboard also matches on the email)."""

    idea = ParentalKey(Idea, on_delete=models.CASCADE, related_name="team_members")
    email = models.EmailField(_("adresse électronique"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="idea_memberships",
    )

    panels = [FieldPanel("email")]

    class Meta:
        verbose_name = _("membre de l'équipe")
        verbose_name_plural = _("membres de l'équipe")
        constraints = [models.UniqueConstraint(fields=["idea", "email"], name="ideas_unique_team_member_email")]
        # Every visibility check looks members up by email, case-insensitively
        # (UPPER(email) on PostgreSQL): without it, a scan of every member.
        indexes = [models.Index(Upper("email"), name="ideas_team_member_email_upper")]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        from django.contrib.auth import get_user_model

        self.email = self.email.strip().lower()
        if self.user_id is None:
            self.user = get_user_model().objects.filter(email__iexact=self.email).first()
        super().save(*args, **kwargs)


def attachment_path(instance, filename):
    return f"idees/{instance.idea_id}/{filename}"


class IdeaAttachment(models.Model):
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("fichier"), upload_to=attachment_path)
    name = models.CharField(_("nom"), max_length=255)
    content_type = models.CharField(_("type"), max_length=120)
    size = models.PositiveIntegerField(_("taille (octets)"))
    uploaded_at = models.DateTimeField(_("déposé le"), default=timezone.now)

    class Meta:
        ordering = ["uploaded_at"]
        verbose_name = _("pièce jointe")
        verbose_name_plural = _("pièces jointes")

    def __str__(self):
        return self.name


class IdeaNote(models.Model):
    """An internal note on an idea: read only by moderators and coordinators."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("auteur"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("note"), max_length=NOTE_MAX_LENGTH)
    created_at = models.DateTimeField(_("écrite le"), default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("note interne")
        verbose_name_plural = _("notes internes")

    def __str__(self):
        return self.text[:60]


class ModerationAlertPreference(models.Model):
    """How a moderator wants to hear of new submissions."""

    class Mode(models.TextChoices):
        IMMEDIATE = "immediate", _("Un courriel à chaque nouvelle idée")
        DIGEST = "digest", _("Un récapitulatif quotidien")
        NONE = "none", _("Aucun courriel")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="idea_alert_preference"
    )
    mode = models.CharField(
        _("alertes sur les nouvelles idées"), max_length=20, choices=Mode.choices, default=Mode.IMMEDIATE
    )

    class Meta:
        verbose_name = _("préférence d'alerte")
        verbose_name_plural = _("préférences d'alerte")

    def __str__(self):
        return f"{self.user} : {self.get_mode_display()}"
