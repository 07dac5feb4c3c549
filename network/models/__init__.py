"""The network's models, one module per concept."""

from .case_studies import CaseStudyIndexPage, CaseStudyPage
from .directory import NetworkIndexPage
from .organisations import Organisation, OrganisationEmailDomain
from .people import PersonProfile
from .tags import NetworkTag, TaggedOffer, TaggedRequest, TaggedSkill, TaggedTeamOffer
from .teams import InnovationTeamPage

__all__ = [
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "InnovationTeamPage",
    "NetworkIndexPage",
    "NetworkTag",
    "Organisation",
    "OrganisationEmailDomain",
    "PersonProfile",
    "TaggedOffer",
    "TaggedRequest",
    "TaggedSkill",
    "TaggedTeamOffer",
]
