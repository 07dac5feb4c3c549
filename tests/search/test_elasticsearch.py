"""Elasticsearch and OpenSearch, without a server: the index settings and the
mappings generated for our models carry the French analyser. With SEARCH_URL
set (and SEARCH_BACKEND), the integration tests index and search for real."""

import os
import uuid

import pytest
from django.conf import settings
from wagtail.models import Page

from home.models import NewsPage
from search.backends.elasticsearch import ENGINES, backend_class
from search.registry import SEARCH_TYPES
from toolbox.models import MethodPage

SEARCHED_MODELS = [search_type.model for search_type in SEARCH_TYPES if search_type.model is not None]


def make_backend(engine, **params):
    return backend_class(engine)(
        {"URLS": ["http://localhost:9200"], "INDEX_SETTINGS": settings.SEARCH_INDEX_SETTINGS, **params}
    )


def text_fields(properties):
    for name, mapping in properties.items():
        if mapping.get("type") == "text":
            yield name, mapping
        yield from text_fields(mapping.get("properties", {}))


@pytest.mark.parametrize("engine", ENGINES)
def test_index_settings_make_a_french_analyser_the_default(engine):
    analysis = make_backend(engine).settings["settings"]["analysis"]
    default = analysis["analyzer"]["default"]
    assert default["filter"] == ["french_elision", "lowercase", "french_stop", "asciifolding", "french_stemmer"]
    assert analysis["filter"]["french_stemmer"] == {"type": "stemmer", "language": "light_french"}
    assert analysis["filter"]["french_stop"]["stopwords"] == "_french_"
    # modelsearch's own analysers are kept for titles typed as you go.
    assert "edgengram_analyzer" in analysis["analyzer"]
    assert "asciifolding" in analysis["analyzer"]["autocomplete_search"]["filter"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("model", SEARCHED_MODELS, ids=lambda model: model.__name__)
def test_every_text_field_of_searched_models_is_analysed_in_french(engine, model):
    """A text field naming no analyser gets the index's default (French) one;
    only autocomplete fields name theirs, and search them without accents."""
    properties = make_backend(engine).mapping_class(model).get_mapping()["properties"]
    fields = dict(text_fields(properties))
    assert "_all_text" in fields
    assert "title" in fields or "display_name" in fields
    for name, mapping in fields.items():
        if "analyzer" in mapping:
            assert mapping == {
                "type": "text",
                "analyzer": "edgengram_analyzer",
                "search_analyzer": "autocomplete_search",
            }, name
        else:
            assert "search_analyzer" not in mapping, name


def test_the_engine_comes_from_the_settings_and_rejects_unknown_names():
    assert backend_class("elasticsearch8").__name__ == "FrenchElasticsearch8SearchBackend"
    with pytest.raises(ValueError, match="SEARCH_BACKEND"):
        backend_class("elasticsearch5")


def test_pages_share_one_index_named_with_the_prefix():
    backend = make_backend("elasticsearch9", INDEX_PREFIX="portail_")
    assert backend.get_index_for_model(MethodPage).name == "portail_wagtailcore_page"
    assert backend.get_index_for_model(NewsPage).name == backend.get_index_for_model(Page).name


@pytest.mark.skipif(
    not os.environ.get("SEARCH_URL"), reason="SEARCH_URL is not set: no Elasticsearch/OpenSearch server"
)
@pytest.mark.django_db
def test_integration_french_search_on_a_real_server(searchable_pages):
    backend = make_backend(
        os.environ.get("SEARCH_BACKEND", "elasticsearch9"),
        URLS=[os.environ["SEARCH_URL"]],
        INDEX_PREFIX=f"test_{uuid.uuid4().hex[:8]}_",
    )
    index = backend.get_index_for_model(MethodPage)
    index.put()
    try:
        index.add_model(MethodPage)
        index.add_items(MethodPage, list(MethodPage.objects.all()))
        index.refresh()
        queryset = MethodPage.objects.live()
        assert [page.title for page in backend.search("cafes", queryset)] == ["World café"]
        assert [page.title for page in backend.search("usager", queryset)] == ["Personas"]
        assert "World café" in [page.title for page in backend.autocomplete("wor", queryset)]
    finally:
        index.delete()


@pytest.mark.django_db
@pytest.mark.parametrize("engine", ENGINES)
def test_what_a_person_may_see_compiles_to_search_engine_filters(engine, demo_user):
    # Without a server: the idea visibility rule (team membership included) and
    # the view restrictions become filters of the query, not errors or nothing.
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    from home import roles
    from home.models import NewsIndexPage
    from ideas.models import IdeaCallIndexPage
    from search.registry import available_types
    from tests.factories.ideas import IdeaCallPageFactory, IdeaFactory, IdeaTeamMemberFactory

    agent = demo_user(roles.AGENTS)
    team_idea = IdeaFactory(call=IdeaCallPageFactory(parent=IdeaCallIndexPage.objects.get()))
    IdeaTeamMemberFactory(idea=team_idea, email=agent.email)
    news_index = NewsIndexPage.objects.get()
    restriction = PageViewRestriction.objects.create(page=news_index, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set(Group.objects.filter(name=roles.EDITORS))
    backend = make_backend(engine)
    queries = {
        search_type.key: str(backend.search("innovation", queryset).query_compiler.get_query())
        for search_type, queryset in available_types(agent)
    }
    assert f"'id_filter': [{team_idea.pk}]" in queries["idees"]
    assert f"'created_by_id_filter': {agent.pk}" in queries["idees"]
    assert f"'must_not': {{'prefix': {{'path_filter': '{news_index.path}'}}}}" in queries["actualites"]
