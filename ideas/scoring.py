"""Score arithmetic of the jury: weighted averages over the call's criteria,
the ranking and the spread of the jurors' scores. Plain functions on plain data."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from statistics import mean, pstdev

SCORE_MIN, SCORE_MAX = 1, 5


@dataclass(frozen=True)
class Criterion:
    id: str
    name: str
    weight: int


def criteria_of(call):
    """The call's weighted criteria, in the order of the page."""
    return [Criterion(str(block.id), block.value["name"], int(block.value["weight"] or 1)) for block in call.criteria]


def two_places(value):
    """Rounded half up, as the templates' floatformat rounds what they show:
    round() gave 2,12 where the same score read 2,13 in a juror's row."""
    return float(Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def weighted_average(values, criteria):
    """One juror's score of an idea: Σ(score × weight) / Σ weight over the criteria
    scored; None when nothing is scored."""
    scored = [(values[c.id], c.weight) for c in criteria if values.get(c.id) is not None]
    total_weight = sum(weight for _value, weight in scored)
    if not total_weight:
        return None
    return sum(value * weight for value, weight in scored) / total_weight


@dataclass
class IdeaResult:
    idea: object
    juror_scores: list = field(default_factory=list)
    criterion_means: dict = field(default_factory=dict)
    rank: int | None = None

    @property
    def score(self):
        return two_places(mean(self.juror_scores)) if self.juror_scores else None

    @property
    def spread(self):
        """The gap between the most and the least enthusiastic juror."""
        return two_places(max(self.juror_scores) - min(self.juror_scores)) if self.juror_scores else None

    @property
    def deviation(self):
        return (
            two_places(pstdev(self.juror_scores)) if len(self.juror_scores) > 1 else 0.0 if self.juror_scores else None
        )

    @property
    def count(self):
        return len(self.juror_scores)


def rank(results):
    """Sort by score (unscored last, then by title) and number with ties sharing
    a rank (1, 2, 2, 4)."""
    ordered = sorted(results, key=lambda r: (r.score is None, -(r.score or 0), str(r.idea).lower()))
    previous_score, previous_rank = object(), 0
    for position, result in enumerate(ordered, start=1):
        if result.score is None:
            result.rank = None
            continue
        result.rank = previous_rank if result.score == previous_score else position
        previous_score, previous_rank = result.score, result.rank
    return ordered


def results(ideas, evaluations, criteria):
    """The ranking of `ideas` from `evaluations` (objects with idea_id and values())."""
    by_idea = {idea.pk: IdeaResult(idea) for idea in ideas}
    per_criterion = {pk: {c.id: [] for c in criteria} for pk in by_idea}
    for evaluation in evaluations:
        result = by_idea.get(evaluation.idea_id)
        if result is None:
            continue
        values = evaluation.values()
        score = weighted_average(values, criteria)
        if score is not None:
            result.juror_scores.append(score)
        for c in criteria:
            if values.get(c.id) is not None:
                per_criterion[evaluation.idea_id][c.id].append(values[c.id])
    for pk, result in by_idea.items():
        result.criterion_means = {
            cid: two_places(mean(scores)) if scores else None for cid, scores in per_criterion[pk].items()
        }
    return rank(list(by_idea.values()))
