"""Pages over growing tables: the moderation listing, the wall, the calls index
and an idea's team keep the same number of queries whatever their size, and the
wall's support counter follows the supports."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home import roles
from ideas.models import Idea, IdeaState, IdeaSupport, IdeaTeamMember
from network.models import PersonProfile

pytestmark = pytest.mark.django_db
S = IdeaState


def count_queries(client, url, params=None):
    """Queries of a page whose caches are warm: a change to the content (new
    pages renew the site lookup's token) is read again by the first request."""
    client.get(url, params or {})
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(context.captured_queries), response


def add_ideas(call, author, count, state=S.SUBMITTED):
    return Idea.objects.bulk_create(
        Idea(call=call, created_by=author, title=f"Idée {n}", state=state) for n in range(count)
    )


def test_the_moderation_listing_takes_as_many_queries_with_10_or_200_ideas_and_20_calls(client_as, make_call, author):
    client = client_as(roles.MODERATORS)
    call = make_call()
    add_ideas(call, author, 10)
    client.get(reverse("wagtailsnippets_ideas_idea:list"))  # warm the caches
    few, _response = count_queries(client, reverse("wagtailsnippets_ideas_idea:list"))
    for _ in range(20):
        add_ideas(make_call(), author, 10)
    many, response = count_queries(client, reverse("wagtailsnippets_ideas_idea:list"))
    assert many == few
    body = response.content.decode()
    assert body.count('<option value="') >= 21  # every call is offered in the filter


def test_the_listings_call_filter_keeps_the_chosen_call(client_as, make_call, author):
    chosen, other = make_call(title="Appel choisi"), make_call(title="Autre appel")
    add_ideas(chosen, author, 2)
    add_ideas(other, author, 3)
    response = client_as(roles.MODERATORS).get(reverse("wagtailsnippets_ideas_idea:list"), {"call": chosen.pk})
    assert response.context["paginator"].count == 2
    assert f'<option value="{chosen.pk}" selected>Appel choisi</option>' in response.content.decode()


def test_the_listings_call_filter_escapes_the_call_titles(client_as, make_call):
    make_call(title='Appel <script>alert("x")</script> & co')
    body = client_as(roles.MODERATORS).get(reverse("wagtailsnippets_ideas_idea:list")).content.decode()
    assert "Appel &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</option>" in body
    assert "<script>alert(" not in body


def test_the_wall_takes_as_many_queries_with_10_or_200_ideas(agent_client, open_call, author):
    add_ideas(open_call, author, 10, state=S.ADMISSIBLE)
    agent_client.get(open_call.url)  # warm the caches
    few, _response = count_queries(agent_client, open_call.url)
    add_ideas(open_call, author, 190, state=S.ADMISSIBLE)
    many, response = count_queries(agent_client, open_call.url)
    assert many == few
    assert "200 idées recevables" in response.content.decode()


def test_the_support_counter_follows_supports_withdrawals_and_deleted_accounts(agent_client, make_idea, make_user):
    idea = make_idea(state=S.ADMISSIBLE)
    supporters = [make_user(f"soutien{n}@somme.fr") for n in range(3)]
    for user in supporters:
        IdeaSupport.objects.create(idea=idea, user=user)
    agent_client.post(reverse("ideas:support", args=[idea.pk]), {"action": "support"})
    agent_client.post(reverse("ideas:support", args=[idea.pk]), {"action": "support"})  # a double click
    idea.refresh_from_db()
    assert idea.support_count == 4
    agent_client.post(reverse("ideas:support", args=[idea.pk]), {"action": "withdraw"})
    supporters[0].delete()
    idea.refresh_from_db()
    assert idea.support_count == 2 == idea.supports.count()


def test_the_wall_puts_the_most_supported_ideas_first(agent_client, open_call, make_idea, make_user):
    quiet = make_idea(state=S.ADMISSIBLE, title="A peu soutenue")
    popular = make_idea(state=S.ADMISSIBLE, title="Z très soutenue")
    for n in range(3):
        IdeaSupport.objects.create(idea=popular, user=make_user(f"soutien{n}@somme.fr"))
    IdeaSupport.objects.create(idea=quiet, user=make_user("seul@somme.fr"))
    body = agent_client.get(open_call.url).content.decode()
    assert body.index(popular.title) < body.index(quiet.title)
    assert "3 soutiens" in body


def test_the_calls_index_pages_the_past_calls_in_a_constant_number_of_queries(
    agent_client, call_index, open_call, make_call
):
    for _ in range(3):
        make_call(opens_in_days=-60, closes_in_days=-30)
    agent_client.get(call_index.url)  # warm the caches
    few, _response = count_queries(agent_client, call_index.url)
    closed = [make_call(opens_in_days=-60 - n, closes_in_days=-30) for n in range(30)]
    many, response = count_queries(agent_client, call_index.url)
    assert many == few
    assert open_call in response.context["open_calls"]
    assert open_call not in response.context["other_calls"]
    assert len(response.context["other_calls"]) == call_index.specific.other_calls_per_page
    last_page = response.context["page_obj"].paginator.num_pages
    rest = agent_client.get(call_index.url, {"page": last_page}).context["other_calls"]
    assert closed[-1] in rest  # the oldest, last


def test_an_ideas_team_is_named_in_one_query_and_viewing_it_creates_no_profile(client_as, make_idea, author, make_user):
    idea = make_idea(state=S.ADMISSIBLE)
    PersonProfile.objects.filter(user=author).update(display_name="Camille Porteuse")
    client = client_as(roles.MODERATORS)
    url = reverse("ideas:detail", args=[idea.pk])
    client.get(url)  # warm the caches
    few, _response = count_queries(client, url)
    for n in range(5):
        user = make_user(f"equipe{n}@somme.fr")
        user.first_name, user.last_name = "Membre", f"N{n}"
        user.save()
        IdeaTeamMember.objects.create(idea=idea, email=user.email)
    IdeaTeamMember.objects.create(idea=idea, email="sans-compte@somme.fr")
    profiles = PersonProfile.objects.count()
    many, response = count_queries(client, url)
    assert many == few
    assert PersonProfile.objects.count() == profiles
    names = response.context["authors"]
    assert names[0] == PersonProfile.objects.get(user=author).display_name
    assert "Membre N0" in names
    assert "sans-compte@somme.fr" in names
    assert get_user_model().objects.filter(email="equipe0@somme.fr").exists()


def test_the_dashboard_counts_the_pages_as_wagtail_does_and_in_as_many_queries_with_more_ideas(
    client_as, make_call, author
):
    client = client_as(roles.COORDINATORS)
    add_ideas(make_call(), author, 5)
    client.get(reverse("wagtailadmin_home"))  # warm the caches
    few, _response = count_queries(client, reverse("wagtailadmin_home"))
    for _ in range(3):
        add_ideas(make_call(), author, 50)
    many, response = count_queries(client, reverse("wagtailadmin_home"))
    assert many == few
    assert "Lauréats : jalons en retard" in response.content.decode()


@pytest.mark.parametrize("superuser", [True, False])
def test_the_dashboard_page_count_by_path_range_matches_wagtails(rf, demo_user, make_user, superuser):
    from wagtail.admin.site_summary import PagesSummaryItem

    from home.wagtail_hooks import PagesSummaryItemByPathRange

    request = rf.get("/admin/")
    request.user = make_user("racine@somme.fr") if superuser else demo_user(roles.COORDINATORS)
    if superuser:
        request.user.is_superuser = True
        request.user.save()
    ours = PagesSummaryItemByPathRange(request).get_context_data({})
    wagtails = PagesSummaryItem(request).get_context_data({})
    assert ours == wagtails
    assert ours["total_pages"] > 10
