"""What the results page shows, gathered in a fixed number of queries and
computed by toolbox.diagnosis_scoring."""

from collections import defaultdict

from django.db.models import Prefetch
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import diagnosis_scoring as scoring
from .diagnosis_charts import line_chart, radar
from .models.diagnosis import DiagnosisCompetency, DiagnosisRating, DiagnosisSession, DiagnosisSubPractice
from .models.methods import MethodPage


def questionnaire(with_methods=False):
    """The competencies in order, each with its sub-practices prefetched (and their live methods)."""
    subpractices = DiagnosisSubPractice.objects.all()
    if with_methods:
        methods = MethodPage.objects.live().only("id", "title", "url_path", "summary").order_by("title")
        subpractices = subpractices.prefetch_related(Prefetch("methods", queryset=methods))
    return list(DiagnosisCompetency.objects.prefetch_related(Prefetch("subpractices", queryset=subpractices)))


def _levels_by_session(session_ids):
    levels = defaultdict(dict)
    rows = DiagnosisRating.objects.filter(session_id__in=session_ids, level__isnull=False).values_list(
        "session_id", "subpractice_id", "level"
    )
    for session_id, subpractice_id, level in rows:
        levels[session_id][subpractice_id] = level
    return levels


def network_scores(organisation_id, competency_of):
    """The anonymised network averages (sub-practice and competency), over the
    latest completed session of every other organisation."""
    others = (
        DiagnosisSession.objects.completed()
        .exclude(organisation_id=organisation_id)
        .values_list("id", "organisation_id", "held_on")
    )
    latest = scoring.latest_per_organisation(others)
    levels = _levels_by_session(latest.values())
    by_organisation = {organisation: levels.get(session, {}) for organisation, session in latest.items()}
    subpractices = scoring.network_averages(by_organisation)
    competencies = scoring.network_averages(
        {org: scoring.competency_averages(values, competency_of) for org, values in by_organisation.items()}
    )
    return subpractices, competencies, len(latest)


def _value(pair):
    return pair[0] if pair else None


def build_results(session):
    competencies = questionnaire(with_methods=True)
    subpractices = [sp for competency in competencies for sp in competency.subpractices.all()]
    competency_of = {sp.pk: sp.competency_id for sp in subpractices}
    order = {sp.pk: index for index, sp in enumerate(subpractices)}

    history_sessions = list(
        DiagnosisSession.objects.completed().filter(organisation_id=session.organisation_id).order_by("held_on", "id")
    )
    if session.pk not in {s.pk for s in history_sessions}:
        history_sessions.append(session)
    levels = _levels_by_session([s.pk for s in history_sessions])
    evidence = dict(session.ratings.values_list("subpractice_id", "evidence"))
    own = levels.get(session.pk, {})
    own_averages = scoring.competency_averages(own, competency_of)
    position = [s.pk for s in history_sessions].index(session.pk)
    previous = history_sessions[position - 1] if position > 0 else None
    previous_averages = scoring.competency_averages(levels.get(previous.pk, {}), competency_of) if previous else {}

    network_sp, network_comp, network_count = network_scores(session.organisation_id, competency_of)

    overview_rows = [
        {
            "competency": competency,
            "value": own_averages.get(competency.pk),
            "previous": previous_averages.get(competency.pk),
            "network": _value(network_comp.get(competency.pk)),
        }
        for competency in competencies
    ]
    overview_series = [{"label": _("Cette séance"), "css": "series-own", "values": [r["value"] for r in overview_rows]}]
    if previous:
        overview_series.append(
            {
                "label": _("Séance précédente"),
                "css": "series-previous",
                "values": [r["previous"] for r in overview_rows],
            }
        )
    overview_series.append(
        {"label": _("Moyenne du réseau"), "css": "series-network", "values": [r["network"] for r in overview_rows]}
    )

    sections = []
    for competency in competencies:
        rows = [
            {
                "subpractice": sp,
                "level": own.get(sp.pk),
                "descriptor": dict(sp.levels).get(own.get(sp.pk)),
                "evidence": evidence.get(sp.pk, ""),
                "network": _value(network_sp.get(sp.pk)),
            }
            for sp in competency.subpractices.all()
        ]
        series = [
            {"label": _("Cette séance"), "css": "series-own", "values": [r["level"] for r in rows]},
            {"label": _("Moyenne du réseau"), "css": "series-network", "values": [r["network"] for r in rows]},
        ]
        sections.append(
            {
                "competency": competency,
                "chart_id": f"radar-competence-{competency.pk}",
                "average": own_averages.get(competency.pk),
                "network": _value(network_comp.get(competency.pk)),
                "rows": rows,
                "chart": radar([r["subpractice"].short_title for r in rows], series),
            }
        )

    weakest_ids = scoring.weakest_subpractices(own, order)
    by_id = {sp.pk: sp for sp in subpractices}
    history = []
    for item in history_sessions:
        averages = scoring.competency_averages(levels.get(item.pk, {}), competency_of)
        history.append(
            {
                "session": item,
                "averages": [averages.get(c.pk) for c in competencies],
                "overall": scoring.overall_average(averages),
                "is_current": item.pk == session.pk,
            }
        )
    return {
        "competencies": competencies,
        "overview_rows": overview_rows,
        "overview_chart": radar([c.name for c in competencies], overview_series),
        "overall": scoring.overall_average(own_averages),
        "sections": sections,
        "history": history,
        "history_chart": line_chart(
            [date_format(item["session"].held_on, "SHORT_DATE_FORMAT") for item in history],
            [item["overall"] for item in history],
        ),
        "previous": previous,
        "network_count": network_count,
        "network_shown": bool(network_comp),
        "network_minimum": scoring.MIN_NETWORK_ORGANISATIONS,
        "weakest": [{"subpractice": by_id[pk], "level": own[pk]} for pk in weakest_ids],
    }
