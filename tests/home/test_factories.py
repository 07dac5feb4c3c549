import importlib
import inspect

from wagtail.models import Page, get_page_models

PORTAL_APPS = {"home", "network", "toolbox", "ideas", "portal_search"}


def portal_page_models():
    return [model for model in get_page_models() if model._meta.app_label in PORTAL_APPS and model is not Page]


def factory_models():
    models = set()
    for app in ["home", "network", "toolbox", "ideas"]:
        module = importlib.import_module(f"tests.factories.{app}")
        for _name, factory in inspect.getmembers(module, inspect.isclass):
            model = getattr(getattr(factory, "_meta", None), "model", None)
            if model is not None:
                models.add(model)
    return models


def test_every_page_type_has_a_factory():
    missing = [model.__name__ for model in portal_page_models() if model not in factory_models()]
    assert missing == []
