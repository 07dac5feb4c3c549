"""Editors preview the home, news and free pages in the admin before publishing them."""

import pytest
from django.utils.html import escape

from home import roles
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from tests.home.preview import preview_on_add, preview_on_edit

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client_as):
    return client_as(roles.EDITORS)


@pytest.mark.parametrize("model", [HomePage, StandardPage, NewsIndexPage, NewsPage])
def test_every_home_page_type_previews_with_its_edited_title(editor, model):
    page = model.objects.live().order_by("pk").first()
    response = preview_on_edit(editor, page, title="Titre prévisualisé")
    assert response.status_code == 200
    assert "Titre prévisualisé" in response.content.decode()


def test_a_news_index_preview_lists_the_published_news(editor):
    index = NewsIndexPage.objects.get()
    news = NewsPage.objects.live().child_of(index).order_by("-date", "-pk").first()
    response = preview_on_edit(editor, index)
    assert response.status_code == 200
    assert escape(news.title) in response.content.decode()


@pytest.mark.parametrize("model", [StandardPage, NewsPage])
def test_a_new_page_previews_before_it_is_saved(editor, model):
    parent = NewsIndexPage.objects.get() if model is NewsPage else HomePage.objects.get()
    response = preview_on_add(editor, model, parent, title="Page pas encore créée", slug="page-pas-encore-creee")
    assert response.status_code == 200
    assert "Page pas encore créée" in response.content.decode()
