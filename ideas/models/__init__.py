"""The ideas app's models: calls, ideas and what hangs on them."""

from .calls import CallState, IdeaCallIndexPage, IdeaCallPage, IdeaTheme
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
]
