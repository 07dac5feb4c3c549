"""The toolbox's models, one module per concept."""

from .diagnosis import DiagnosisCompetency, DiagnosisRating, DiagnosisSession, DiagnosisSubPractice  # noqa: F401
from .methods import MethodPage, ToolboxIndexPage

__all__ = ["MethodPage", "ToolboxIndexPage"]
