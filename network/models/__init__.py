"""The network's models, one module per concept."""

from .case_studies import CaseStudyIndexPage, CaseStudyPage
from .directory import NetworkIndexPage
from .organisations import Organisation, OrganisationEmailDomain
from .people import PersonProfile

__all__ = [
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "NetworkIndexPage",
    "Organisation",
    "OrganisationEmailDomain",
    "PersonProfile",
]
