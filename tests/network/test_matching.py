"""« Qui propose ce que je cherche ? »: requests matched with offers."""

import pytest

from network.matching import people_offering_what
from tests.factories.network import OrganisationFactory, PersonProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(departement):
    return PersonProfileFactory(
        display_name="Moi",
        organisation=departement("974", "Département de La Réunion"),
        requests=["langue des signes", "vidéo participative"],
    )


def test_matches_people_offering_what_the_member_requests_across_departements(member):
    elsewhere = PersonProfileFactory(
        display_name="Zoé Ailleurs",
        organisation=OrganisationFactory(departement_number="976"),
        offers=["langue des signes"],
    )
    PersonProfileFactory(display_name="Sans rapport", offers=["jardinage"])
    matches = people_offering_what(member)
    assert [(m.person, m.subjects) for m in matches] == [(elsewhere, ["langue des signes"])]


def test_best_matches_first_then_other_departements_before_the_members_own(member):
    same_place = PersonProfileFactory(
        display_name="Aline Voisine", organisation=member.organisation, offers=["langue des signes"]
    )
    elsewhere = PersonProfileFactory(
        display_name="Zoé Ailleurs",
        organisation=OrganisationFactory(departement_number="976"),
        offers=["langue des signes"],
    )
    both = PersonProfileFactory(display_name="Yann Expert", offers=["langue des signes", "vidéo participative"])
    assert [m.person for m in people_offering_what(member)] == [both, elsewhere, same_place]
    assert people_offering_what(member)[0].score == 2


def test_the_member_themselves_and_opted_out_people_are_never_suggested(member):
    member.offers.set(["langue des signes"])
    member.save()
    PersonProfileFactory(display_name="Discret", offers=["langue des signes"], listed=False)
    assert people_offering_what(member) == []


def test_a_member_who_looks_for_nothing_gets_no_suggestion(departement):
    PersonProfileFactory(offers=["langue des signes"])
    assert people_offering_what(PersonProfileFactory(requests=[])) == []


def test_requests_are_matched_on_offers_not_on_requests(member):
    PersonProfileFactory(display_name="Cherche aussi", requests=["langue des signes"])
    assert people_offering_what(member) == []
