"""Bulk creation of Wagtail pages: one INSERT per batch instead of the dozen
queries of `add_child` and `save_revision` per page."""

from django.contrib.contenttypes.models import ContentType
from django.db import router
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from . import BATCH_SIZE


def bulk_add_children(parent, pages, batch_size=BATCH_SIZE):
    """Add `pages` (unsaved, all of one type inheriting directly from Page,
    possibly through abstract classes) as live children of `parent`.

    They get tree paths after the parent's existing children and no revision,
    like pages loaded from a fixture; `update_index` must run afterwards."""
    if not pages:
        return []
    model = type(pages[0])
    if model._meta.get_parent_list() != [Page]:
        raise ValueError(f"{model.__name__} must inherit directly from Page.")
    parent = Page.objects.get(pk=parent.pk)
    last_child = parent.get_last_child()
    step = Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for page in pages:
        step += 1
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.first_published_at
        page.draft_title = page.title
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    own_fields = model._meta.local_concrete_fields
    database = router.db_for_write(model)
    for start in range(0, len(pages), batch_size):
        batch = pages[start : start + batch_size]
        bases = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(p, f.attname) for f in base_fields}) for p in batch]
        )
        for page, base in zip(batch, bases, strict=True):
            page.page_ptr_id = base.pk
            page.id = base.pk
        # Django's bulk_create refuses multi-table inheritance; this is the
        # insert that Model.save() itself uses for the child table.
        model._base_manager._insert(batch, fields=own_fields, using=database)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages
