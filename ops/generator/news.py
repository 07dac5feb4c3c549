"""Generated news items under the news index."""

import datetime

from django.utils import timezone
from django.utils.text import slugify

from home.models import NewsIndexPage, NewsPage

from . import names
from .pages import bulk_add_children


def news_pages(context):
    """300 news items per unit of scale, spread over the last six years."""
    index = NewsIndexPage.objects.first()
    if index is None:
        return 0
    rng = context.rng
    taken = set(index.get_children().values_list("slug", flat=True))
    today = timezone.localdate()
    pages = []
    number = 0
    while len(pages) < context.count(300):
        number += 1
        topic = rng.choice(names.NEWS_TOPICS)
        place = rng.choice(names.PLACE_STEMS) + rng.choice(names.PLACE_SUFFIXES)
        title = rng.choice(names.NEWS_TITLES).format(topic=topic, place=place)
        title = title[0].upper() + title[1:]
        slug = f"{slugify(title)[:60].strip('-')}-{number}"
        if slug in taken:
            continue
        day = today - datetime.timedelta(days=rng.randrange(6 * 365))
        sentences = rng.sample(names.NEWS_SENTENCES, 3)
        paragraphs = "".join(f"<p>{sentence}</p>" for sentence in sentences)
        pages.append(
            NewsPage(
                title=title,
                slug=slug,
                summary=sentences[0],
                date=day,
                first_published_at=datetime.datetime.combine(day, datetime.time(9), tzinfo=datetime.UTC),
                location=place,
                body=[("paragraph", paragraphs)],
            )
        )
    bulk_add_children(index, pages)
    context.created["news_pages"] = [page.pk for page in pages]
    return len(pages)
