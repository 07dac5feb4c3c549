import pytest
from django.conf import settings
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_french_is_the_default_language_and_paris_the_time_zone():
    assert settings.LANGUAGE_CODE == "fr"
    assert settings.TIME_ZONE == "Europe/Paris"


def test_pages_are_in_french_by_default(agent_client):
    html = agent_client.get("/").content.decode()
    assert '<html lang="fr">' in html
    assert "Aller au contenu" in html


def test_the_language_switch_turns_the_interface_to_english(agent_client):
    response = agent_client.post("/langue/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    html = agent_client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert "Skip to content" in html
    assert "Log out" in html


def test_english_catalogue_is_compiled():
    with translation.override("en"):
        assert translation.gettext("Aller au contenu") == "Skip to content"


def test_the_wagtail_admin_speaks_french(client_as):
    from home import roles

    html = client_as(roles.EDITORS).get("/admin/").content.decode()
    assert "Tableau de bord" in html or "Pages" in html
    assert 'lang="fr"' in html


def test_a_browser_asking_for_english_still_gets_french_until_the_switch_is_used(agent_client):
    html = agent_client.get("/", headers={"accept-language": "en-US,en;q=0.9"}).content.decode()
    assert '<html lang="fr">' in html


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_language_switch_names_each_language_in_itself(agent_client, language):
    agent_client.post("/langue/", {"language": language, "next": "/"})
    html = agent_client.get("/").content.decode()
    assert '<option value="fr" lang="fr"' in html
    assert ">Français</option>" in html
    assert ">English</option>" in html


def plural_messages(language):
    import gettext
    from pathlib import Path

    from django.conf import settings

    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.mo"
    with path.open("rb") as catalogue:
        return {key[0] for key in gettext.GNUTranslations(catalogue)._catalog if isinstance(key, tuple)}


def test_every_plural_message_has_its_french_forms():
    # Without its French entry, a plural message says « 0 personnes » (English rule: singular for 1 only).
    assert plural_messages("en") <= plural_messages("fr")


def test_french_uses_the_singular_for_zero(agent_client):
    with translation.override("fr"):
        assert translation.ngettext("%(count)d idée a changé d'état.", "%(count)d idées ont changé d'état.", 0) == (
            "%(count)d idée a changé d'état."
        )
    html = agent_client.get("/membres/", {"q": "personne introuvable zzz"}).content.decode()
    assert "0 personne<" in html
