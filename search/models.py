from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string


class SearchQueryStat(models.Model):
    """How often a query was searched, and how often it found nothing, so that
    editors see what people look for and what the portal lacks."""

    query_string = models.CharField(_("recherche"), max_length=MAX_QUERY_STRING_LENGTH, unique=True)
    hits = models.PositiveIntegerField(_("recherches"), default=0)
    zero_result_hits = models.PositiveIntegerField(_("recherches sans résultat"), default=0)
    last_result_count = models.PositiveIntegerField(_("résultats la dernière fois"), default=0)
    last_searched_at = models.DateTimeField(_("dernière recherche"), default=timezone.now)

    class Meta:
        ordering = ["-hits", "query_string"]
        verbose_name = _("statistique de recherche")
        verbose_name_plural = _("statistiques de recherche")

    def __str__(self):
        return self.query_string

    @property
    def had_no_result(self):
        return self.last_result_count == 0

    @classmethod
    def record(cls, query_string, result_count):
        """Count one search of `query_string` (normalised as Wagtail's promotions
        do) that found `result_count` results. Safe under concurrent searches.
        One UPDATE for a query searched before (the usual case)."""
        query_string = normalise_query_string(query_string)
        if not query_string:
            return
        zero = 1 if result_count == 0 else 0
        counted = {
            "hits": F("hits") + 1,
            "zero_result_hits": F("zero_result_hits") + zero,
            "last_result_count": result_count,
            "last_searched_at": timezone.now(),
        }
        if cls.objects.filter(query_string=query_string).update(**counted):
            return
        stat, created = cls.objects.get_or_create(
            query_string=query_string,
            defaults={"hits": 1, "zero_result_hits": zero, "last_result_count": result_count},
        )
        if not created:  # written by a concurrent search since the UPDATE
            cls.objects.filter(pk=stat.pk).update(**counted)

    # A query is shown to everyone (the no-result page) once searched this often:
    # what one person typed once (a name, a confidential subject) stays with the editors.
    POPULAR_MIN_HITS = 3

    @classmethod
    def popular(cls, limit=5):
        """The most searched queries that find something, for the no-result page."""
        return cls.objects.filter(last_result_count__gt=0, hits__gte=cls.POPULAR_MIN_HITS).order_by(
            "-hits", "query_string"
        )[:limit]
