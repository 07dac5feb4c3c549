"""The network's models, one module per concept."""

from .case_studies import CaseStudyIndexPage, CaseStudyPage, CaseStudyTag
from .directory import NetworkIndexPage
from .organisations import Organisation, OrganisationEmailDomain
from .people import PersonProfile
from .taxonomy import PolicyArea

__all__ = [
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyTag",
    "NetworkIndexPage",
    "Organisation",
    "OrganisationEmailDomain",
    "PersonProfile",
    "PolicyArea",
]
