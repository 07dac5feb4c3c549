import factory
import wagtail_factories

from toolbox import models


class ToolboxIndexPageFactory(wagtail_factories.PageFactory):
    title = "Boîte à outils"

    class Meta:
        model = models.ToolboxIndexPage


class MethodPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Méthode {n}")
    summary = "Une méthode d'animation."

    class Meta:
        model = models.MethodPage
