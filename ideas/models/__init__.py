"""The ideas app's models: calls, ideas and what hangs on them."""

from .calls import CallState, IdeaCallIndexPage, IdeaCallPage, IdeaTheme
from .engagement import CommentReport, IdeaComment, IdeaSupport  # noqa: E402
from .followup import LaureateFollowUp, Milestone, MilestoneStatus  # noqa: E402
from .ideas import (
    EDITABLE_STATES,
    LAUREATE_AND_LATER,
    PUBLIC_STATES,
    Idea,
    IdeaAttachment,
    IdeaNote,
    IdeaState,
    IdeaTeamMember,
    ModerationAlertPreference,
)
from .jury import CallJuror, CriterionScore, JuryEvaluation  # noqa: E402
from .pool import POOL_STATES, IdeaAdoption  # noqa: E402

__all__ = [
    "EDITABLE_STATES",
    "LAUREATE_AND_LATER",
    "PUBLIC_STATES",
    "CallState",
    "Idea",
    "IdeaAttachment",
    "IdeaCallIndexPage",
    "IdeaCallPage",
    "IdeaNote",
    "IdeaState",
    "IdeaTeamMember",
    "IdeaTheme",
    "ModerationAlertPreference",
    "POOL_STATES",
    "CallJuror",
    "CommentReport",
    "CriterionScore",
    "IdeaAdoption",
    "IdeaComment",
    "IdeaSupport",
    "JuryEvaluation",
    "LaureateFollowUp",
    "Milestone",
    "MilestoneStatus",
]
