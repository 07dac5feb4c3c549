"""The network's demo content: people and teams from the seeds, methods linked once the toolbox has them."""

import pytest

from network import demo
from network.models import InnovationTeamPage, PersonProfile

pytestmark = pytest.mark.django_db


def test_demo_people_are_listed_except_the_one_who_opted_out():
    assert PersonProfile.objects.filter(user__email="s.vandamme@cud.fr", listed=True).exists()
    assert PersonProfile.objects.filter(user__email="k.benali@cud.fr", listed=False).exists()


def test_link_methods_links_teams_and_people_to_the_toolbox_methods_once(make_method):
    world_cafe = make_method("World café")
    calvados = InnovationTeamPage.objects.get(slug="modernisation-calvados")
    demo.link_methods()
    linked = set(calvados.methods.all())
    demo.link_methods()
    assert set(calvados.methods.all()) == linked
    assert world_cafe in linked
    assert PersonProfile.objects.get(user__email="n.lefort@calvados.fr") in world_cafe.facilitators.all()
    assert world_cafe.practising_teams.count() == len([t for t in demo.TEAMS if "world café" in t["methods"]])
