import datetime

import factory
import wagtail_factories
from django.utils import timezone

from ideas import models


class IdeaCallIndexPageFactory(wagtail_factories.PageFactory):
    title = "Appels à idées"

    class Meta:
        model = models.IdeaCallIndexPage


class IdeaCallPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Appel à idées {n}")
    summary = "Proposez vos idées."
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))

    class Meta:
        model = models.IdeaCallPage
