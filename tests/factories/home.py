import factory
import wagtail_factories

from home import models


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page libre {n}")
    summary = "Une page de contenu libre."

    class Meta:
        model = models.StandardPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Actualités"

    class Meta:
        model = models.NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Actualité {n}")
    summary = "Une nouvelle du réseau."

    class Meta:
        model = models.NewsPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"

    class Meta:
        model = models.HomePage
