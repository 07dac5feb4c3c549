"""The network's models, one module per concept."""

from .case_studies import CaseStudyIndexPage, CaseStudyPage, CaseStudyTag
from .directory import NetworkIndexPage
from .organisations import Organisation, OrganisationEmailDomain
from .people import PersonProfile, PersonProfileText
from .tags import NetworkTag, TaggedOffer, TaggedRequest, TaggedSkill, TaggedTeamOffer
from .taxonomy import PolicyArea
from .teams import InnovationTeamPage

__all__ = [
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "InnovationTeamPage",
    "CaseStudyTag",
    "NetworkIndexPage",
    "NetworkTag",
    "Organisation",
    "OrganisationEmailDomain",
    "PersonProfile",
    "PersonProfileText",
    "TaggedOffer",
    "TaggedRequest",
    "TaggedSkill",
    "TaggedTeamOffer",
    "PolicyArea",
]
