import pytest
from django.urls import reverse

from home import roles
from tests.factories.toolbox import PersonaFactory, PersonaSetFactory, PitchFactory, WorldCafePlanFactory
from toolbox.models import Persona, PersonaSet, Pitch, WorldCafePlan

pytestmark = pytest.mark.django_db


@pytest.fixture
def mine(demo_user):
    """One saved work of each tool, owned by the demo agent."""
    agent = demo_user(roles.AGENTS)
    persona_set = PersonaSetFactory(owner=agent)
    PersonaFactory(persona_set=persona_set, name="Nadia")
    return {
        "pitch": PitchFactory(owner=agent),
        "persona": persona_set,
        "world_cafe": WorldCafePlanFactory(owner=agent),
    }


@pytest.fixture
def colleague_client(client, demo_user):
    client.force_login(demo_user(roles.JURY))
    return client


TOOLS = ["pitch", "persona", "world_cafe"]


@pytest.mark.parametrize("tool", TOOLS)
def test_another_agent_gets_404_on_my_saved_work(colleague_client, mine, tool):
    item = mine[tool]
    assert colleague_client.get(item.get_absolute_url()).status_code == 404
    assert colleague_client.post(item.get_absolute_url(), {"title": "Volé"}).status_code == 404
    assert colleague_client.post(item.duplicate_url).status_code == 404
    assert colleague_client.get(item.delete_url).status_code == 404
    assert colleague_client.post(item.delete_url).status_code == 404
    assert colleague_client.post(item.share_url).status_code == 404
    item.refresh_from_db()
    assert item.share_token is None


@pytest.mark.parametrize("tool", TOOLS)
def test_a_shared_link_lets_a_colleague_read_but_not_change(colleague_client, mine, tool):
    item = mine[tool]
    item.share()
    response = colleague_client.get(item.shared_url)
    assert response.status_code == 200
    assert item.title in response.content.decode()
    assert b"<textarea" not in response.content
    # The edit page stays private.
    assert colleague_client.get(item.get_absolute_url()).status_code == 404


def test_stopping_the_share_makes_the_link_404(agent_client, colleague_client, mine):
    item = mine["pitch"]
    item.share()
    link = item.shared_url
    item.stop_sharing()
    assert colleague_client.get(link).status_code == 404


def test_owner_shares_through_a_post(agent_client, mine):
    item = mine["world_cafe"]
    response = agent_client.post(item.share_url)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.is_shared
    agent_client.post(item.share_url, {"action": "stop"})
    item.refresh_from_db()
    assert not item.is_shared


def test_a_colleague_can_copy_a_shared_pitch_into_their_own_space(colleague_client, mine, demo_user):
    item = mine["persona"]
    item.share()
    response = colleague_client.post(reverse("toolbox:duplicate_shared", args=["persona", item.share_token]))
    copy = PersonaSet.objects.get(owner=demo_user(roles.JURY))
    assert response.url == copy.get_absolute_url()
    assert [p.name for p in copy.personas.all()] == ["Nadia"]
    assert copy.share_token is None


def test_workspace_lists_only_my_work(agent_client, mine):
    PitchFactory(title="Le pitch de quelqu'un d'autre")
    content = agent_client.get(reverse("toolbox:workspace")).content.decode()
    assert mine["pitch"].title in content
    assert mine["persona"].title in content
    assert mine["world_cafe"].title in content
    assert "quelqu'un d'autre" not in content


def test_workspace_runs_a_constant_number_of_queries(agent_client, demo_user, django_assert_max_num_queries):
    agent = demo_user(roles.AGENTS)
    url = reverse("toolbox:workspace")
    agent_client.get(url)
    with django_assert_max_num_queries(20) as captured:
        agent_client.get(url)
    few = len(captured.captured_queries)
    PitchFactory.create_batch(30, owner=agent)
    for persona_set in PersonaSetFactory.create_batch(10, owner=agent):
        PersonaFactory.create_batch(3, persona_set=persona_set)
    WorldCafePlanFactory.create_batch(10, owner=agent)
    with django_assert_max_num_queries(few):
        agent_client.get(url)


def test_creating_a_pitch_saves_it_in_my_space(agent_client, demo_user):
    response = agent_client.post(
        reverse("toolbox:pitch_new"),
        {
            "title": "Mon pitch",
            "drama": "Un drame",
            "solution": "Une solution",
            "implementation": "",
            "words_per_minute": 130,
        },
    )
    pitch = Pitch.objects.get(title="Mon pitch")
    assert pitch.owner == demo_user(roles.AGENTS)
    assert response.url == pitch.get_absolute_url()


def test_estimating_a_pitch_works_without_javascript_and_saves_nothing(agent_client):
    text = " ".join(["mot"] * 400)
    response = agent_client.post(
        reverse("toolbox:pitch_new"),
        {
            "title": "",
            "drama": text,
            "solution": "",
            "implementation": "",
            "words_per_minute": 100,
            "action": "estimate",
        },
    )
    assert response.status_code == 200
    estimate = response.context["estimate"]
    assert (estimate["words"], estimate["duration"], estimate["over_limit"]) == (400, "4:00", True)
    assert "Attention : votre pitch dépasse 3:00" in response.content.decode()
    assert not Pitch.objects.filter(drama=text).exists()


def test_an_invalid_pitch_keeps_what_was_typed(agent_client):
    response = agent_client.post(
        reverse("toolbox:pitch_new"),
        {"title": "", "drama": "Mon texte précieux", "solution": "", "implementation": "", "words_per_minute": 5},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Mon texte précieux" in content
    assert response.context["form"].errors.keys() == {"title", "words_per_minute"}


def test_saved_pitch_offers_submission_links_only_when_the_ideas_url_exists(agent_client, mine):
    from django.urls import NoReverseMatch

    response = agent_client.get(mine["pitch"].get_absolute_url())
    assert response.status_code == 200
    try:
        reverse("ideas:submit", args=[1])
    except NoReverseMatch:
        assert response.context["open_calls"] == []
    else:
        for link in response.context["open_calls"]:
            assert link["url"].endswith(f"?pitch={mine['pitch'].pk}")


def test_persona_set_with_several_personas(agent_client, demo_user):
    data = {
        "title": "Atelier accueil",
        "context": "",
        "personas-TOTAL_FORMS": "2",
        "personas-INITIAL_FORMS": "0",
        "personas-MIN_NUM_FORMS": "0",
        "personas-MAX_NUM_FORMS": "12",
        "personas-0-name": "Nadia",
        "personas-0-quote": "Je n'ai jamais le temps.",
        "personas-1-name": "",
    }
    response = agent_client.post(reverse("toolbox:persona_new"), data)
    persona_set = PersonaSet.objects.get(title="Atelier accueil", owner=demo_user(roles.AGENTS))
    assert response.url == persona_set.get_absolute_url()
    data.update(
        {
            "personas-INITIAL_FORMS": "1",
            "personas-0-id": str(persona_set.personas.get().pk),
            "personas-0-persona_set": str(persona_set.pk),
            "personas-1-name": "Roger",
            "personas-1-age_range": "75-85 ans",
        }
    )
    agent_client.post(persona_set.get_absolute_url(), data)
    assert [p.name for p in persona_set.personas.all()] == ["Nadia", "Roger"]
    page = agent_client.get(persona_set.get_absolute_url()).content.decode()
    assert page.count('class="persona-card"') == 2


def test_world_cafe_plan_is_computed_on_the_server(agent_client):
    response = agent_client.post(
        reverse("toolbox:world_cafe_new"),
        {
            "title": "Café",
            "participants": 24,
            "table_size": 6,
            "total_minutes": 90,
            "harvest_minutes": 15,
            "questions": "Q1 ?\nQ2 ?\nQ3 ?",
            "hosts": "Camille",
            "harvest": "",
            "action": "estimate",
        },
    )
    plan = response.context["plan"]
    assert (plan["table_count"], plan["round_count"], plan["round_minutes"]) == (4, 3, 23)
    assert not WorldCafePlan.objects.filter(title="Café").exists()


def test_world_cafe_harvest_must_fit_in_the_session(agent_client):
    response = agent_client.post(
        reverse("toolbox:world_cafe_new"),
        {"title": "Café", "participants": 24, "table_size": 6, "total_minutes": 30, "harvest_minutes": 30},
    )
    assert "La récolte doit durer moins que la séance entière." in response.content.decode()


def test_duplicate_and_delete_my_work(agent_client, mine):
    original = mine["persona"]
    response = agent_client.post(original.duplicate_url)
    copy = PersonaSet.objects.exclude(pk=original.pk).get(owner=original.owner, title__endswith="(copie)")
    assert response.url == copy.get_absolute_url()
    assert copy.personas.count() == 1
    assert agent_client.get(copy.delete_url).status_code == 200
    agent_client.post(copy.delete_url)
    assert not PersonaSet.objects.filter(pk=copy.pk).exists()
    assert Persona.objects.filter(persona_set=original).exists()


@pytest.mark.urls("tests.toolbox.submit_urls")
def test_submission_links_go_to_each_open_call_with_the_pitch_id(mine):
    import datetime

    from django.utils import timezone

    from ideas.models import IdeaCallIndexPage
    from tests.factories.ideas import IdeaCallPageFactory
    from toolbox.views import open_call_links

    index = IdeaCallIndexPage.objects.get()
    open_call = IdeaCallPageFactory(parent=index, title="Appel ouvert")
    IdeaCallPageFactory(parent=index, title="Appel clos", closes_at=timezone.now() - datetime.timedelta(days=1))
    pitch = mine["pitch"]
    links = [link for link in open_call_links(pitch) if link["call"].title in {"Appel ouvert", "Appel clos"}]
    assert [link["url"] for link in links] == [f"/idees/{open_call.pk}/deposer/?pitch={pitch.pk}"]


# Punctuation and quotation marks are the translation's (« : » and « … » in French, ": " and “…” in English).
ENGLISH_PUNCTUATION = {
    "<strong>Tour %(number)s</strong> : %(question)s": "<strong>Round %(number)s</strong>: %(question)s",
    "<strong>Récolte</strong> : %(harvest)s": "<strong>Harvest</strong>: %(harvest)s",
    "%(hours)d h %(minutes)02d": "%(hours)d h %(minutes)02d min",
    "« %(text)s »": "“%(text)s”",
    "%(label)s : %(value)s": "%(label)s: %(value)s",
}


def in_english(client):
    client.post("/langue/", {"language": "en", "next": "/"})
    return client


def test_world_cafe_plan_rounds_and_harvest_are_punctuated_by_the_translation(agent_client, english):
    data = {
        "title": "Café",
        "participants": 24,
        "table_size": 6,
        "total_minutes": 90,
        "harvest_minutes": 15,
        "questions": "Qu'est-ce qui <change> ?\nQ2 ?",
        "hosts": "",
        "harvest": "Vote par gommettes",
        "action": "estimate",
    }
    url = reverse("toolbox:world_cafe_new")
    french = agent_client.post(url, data).content.decode()
    assert "<strong>Tour 1</strong> : Qu&#x27;est-ce qui &lt;change&gt; ?" in french
    assert "<strong>Récolte</strong> : Vote par gommettes" in french
    assert "1 h 15 – 1 h 30" in french
    with english(ENGLISH_PUNCTUATION):
        page = in_english(agent_client).post(url, data).content.decode()
    assert "<strong>Round 1</strong>: Qu&#x27;est-ce qui &lt;change&gt; ?" in page
    assert "<strong>Harvest</strong>: Vote par gommettes" in page
    assert "1 h 15 min – 1 h 30 min" in page
    assert " : " not in page.split('id="plan-title"')[1].split("</section>")[0]


def test_quotation_marks_of_persona_quotes_and_workspace_buttons_are_the_translations(agent_client, mine, english):
    mine["persona"].personas.update(quote="Je n'ai jamais le temps.")
    title = mine["persona"].title
    assert (
        "<p>« Je n&#x27;ai jamais le temps. »</p>"
        in agent_client.get(mine["persona"].get_absolute_url()).content.decode()
    )
    assert (
        f'<span class="visually-hidden"> « {title} »</span>'
        in agent_client.get(reverse("toolbox:workspace")).content.decode()
    )
    with english(ENGLISH_PUNCTUATION):
        in_english(agent_client)
        card = agent_client.get(mine["persona"].get_absolute_url()).content.decode()
        workspace = agent_client.get(reverse("toolbox:workspace")).content.decode()
    assert "<p>“Je n&#x27;ai jamais le temps.”</p>" in card
    assert f'<span class="visually-hidden"> “{title}”</span>' in workspace
    assert "«" not in card + workspace


def persona_data(**fields):
    return {
        "title": "",
        "context": "",
        "personas-TOTAL_FORMS": "1",
        "personas-INITIAL_FORMS": "0",
        "personas-MIN_NUM_FORMS": "0",
        "personas-MAX_NUM_FORMS": "12",
        "personas-0-name": "",
        "personas-0-quote": "Je n'ai jamais le temps.",
        **fields,
    }


def test_persona_page_sums_up_the_errors_of_the_set_and_of_each_persona_once(agent_client):
    response = agent_client.post(reverse("toolbox:persona_new"), persona_data())
    assert response.status_code == 200
    content = response.content.decode()
    assert content.count('id="form-errors"') == 1
    summary = content.split('id="form-errors"')[1].split("</div>")[0]
    assert '<a href="#id_title">' in summary
    assert '<a href="#id_personas-0-name">Nouvelle persona : Prénom ou surnom</a>' in summary
    assert 'id="id_title"' in content
    assert 'id="id_personas-0-name"' in content


def test_a_persona_form_with_errors_only_in_a_persona_has_one_summary_too(agent_client):
    content = agent_client.post(reverse("toolbox:persona_new"), persona_data(title="Atelier")).content.decode()
    assert content.count('id="form-errors"') == 1
    assert '<a href="#id_personas-0-name">Nouvelle persona : Prénom ou surnom</a>' in content
    assert '<a href="#id_title">' not in content
