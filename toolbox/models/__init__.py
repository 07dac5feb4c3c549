"""The toolbox's models, one module per concept."""

from .diagnosis import DiagnosisCompetency, DiagnosisRating, DiagnosisSession, DiagnosisSubPractice  # noqa: F401
from .methods import InnovationPhase, MethodDocument, MethodPage, RelatedMethod, ToolboxIndexPage
from .workspace import Persona, PersonaSet, Pitch, WorldCafePlan

__all__ = [
    "InnovationPhase",
    "MethodDocument",
    "MethodPage",
    "Persona",
    "PersonaSet",
    "Pitch",
    "RelatedMethod",
    "ToolboxIndexPage",
    "WorldCafePlan",
]
