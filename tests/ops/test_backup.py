"""backup_portal then restore_portal: the demo content, an uploaded document and
image, accounts, roles and permissions all come back on a flushed database."""

import hashlib
import io
import shutil
import tarfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page, Revision, Site

from network.models import Organisation, PersonProfile


@pytest.fixture
def media_root(db, settings, tmp_path):
    # The demo's own files (method templates) come along to the new media folder.
    if Path(settings.MEDIA_ROOT).exists():
        shutil.copytree(settings.MEDIA_ROOT, tmp_path / "media")
    settings.MEDIA_ROOT = tmp_path / "media"
    yield settings.MEDIA_ROOT
    # The restore rebuilt content types with other ids inside the test's
    # transaction: forget them once it is rolled back.
    ContentType.objects.clear_cache()
    cache.clear()


def snapshot():
    """What must survive, in a form that does not depend on database ids."""
    user_model = get_user_model()
    return {
        "pages": sorted(
            (page.url_path, page.title, page.specific_class.__name__, page.live)
            for page in Page.objects.all().select_related("content_type")
        ),
        "revisions": Revision.objects.count(),
        "sites": sorted((site.hostname, site.root_page.url_path) for site in Site.objects.all()),
        "users": sorted(
            (user.username, user.email, user.is_superuser, tuple(sorted(group.name for group in user.groups.all())))
            for user in user_model.objects.prefetch_related("groups")
        ),
        "group_permissions": sorted(
            (group.name, permission.content_type.app_label, permission.codename)
            for group in Group.objects.prefetch_related("permissions__content_type")
            for permission in group.permissions.all()
        ),
        "page_permissions": sorted(
            (gpp.group.name, gpp.page.url_path, gpp.permission.codename)
            for gpp in GroupPagePermission.objects.select_related("group", "page", "permission")
        ),
        "collection_permissions": sorted(
            (gcp.group.name, gcp.collection.name, gcp.permission.codename)
            for gcp in GroupCollectionPermission.objects.select_related("group", "collection", "permission")
        ),
        "organisations": sorted(
            (org.name, tuple(org.email_domains.values_list("domain", flat=True))) for org in Organisation.objects.all()
        ),
        "profiles": sorted(PersonProfile.objects.values_list("user__username", "display_name", "organisation__name")),
        "documents": sorted(
            (doc.title, doc.file.name, hashlib.sha256(doc.file.read()).hexdigest())
            for doc in get_document_model().objects.all()
        ),
        "images": sorted(
            (image.title, image.file.name, hashlib.sha256(image.file.read()).hexdigest())
            for image in get_image_model().objects.all()
        ),
    }


def test_backup_then_restore_on_a_flushed_database_finds_everything_again(media_root, tmp_path, client):
    get_document_model().objects.create(title="Compte rendu du forum", file=ContentFile(b"%PDF-1.4\n", "forum.pdf"))
    get_image_model().objects.create(title="Photo du jury", file=get_test_image_file("jury.png"))
    agent = get_user_model().objects.get(email="agent@somme.fr")
    PersonProfile.objects.get_or_create(
        user=agent, defaults={"display_name": "Camille Agent", "organisation": Organisation.objects.first()}
    )
    before = snapshot()
    archive = tmp_path / "sauvegarde.tar.gz"

    call_command("backup_portal", str(archive), stdout=io.StringIO())
    # A fresh instance: another media folder, and content that must disappear.
    media_root.rename(tmp_path / "old-media")
    Organisation.objects.create(name="Créée après la sauvegarde")
    with CaptureQueriesContext(connection) as restoring:
        call_command("restore_portal", str(archive), "--noinput", stdout=io.StringIO())

    # The restore ends by settling the database (ops/maintenance.py): the planner's statistics
    # (VACUUM ANALYZE outside a transaction), then on SQLite each full-text index merged.
    statements = [query["sql"] for query in restoring.captured_queries]
    settling = statements[max(n for n, sql in enumerate(statements) if sql == "ANALYZE") + 1 :]
    if connection.vendor == "sqlite":
        assert settling[0].startswith("SELECT name FROM sqlite_master")
        assert len(settling) > 1
        assert all(sql.endswith("VALUES ('optimize')") for sql in settling[1:])
    else:
        assert settling == []
    after = snapshot()
    for key, value in before.items():
        assert after[key] == value, key
    assert len(before["pages"]) > 5
    assert before["documents"]
    assert before["images"]
    assert before["collection_permissions"]
    assert before["revisions"]
    assert client.login(username="agent@somme.fr", password="Innovation-2019")
    assert client.get("/actualites/forum-interdepartemental-amiens-2019/").status_code == 200
    assert client.get("/recherche/?q=forum").context["search_results"].paginator.count >= 1
    # The directory's text index is derived data, rebuilt with the profiles.
    assert "Camille Agent" in client.get("/membres/", {"q": "camille ag"}).content.decode()


def test_the_archive_holds_a_manifest_the_data_and_the_media(media_root, tmp_path):
    get_document_model().objects.create(title="Note", file=ContentFile(b"bonjour", "note.txt"))
    archive = tmp_path / "sauvegarde.tar.gz"

    call_command("backup_portal", str(archive), stdout=io.StringIO())

    with tarfile.open(archive) as content:
        names = content.getnames()
    assert names[:2] == ["manifest.json", "data.portaljson"]
    assert "media/documents/note.txt" in names
    assert not (tmp_path / "sauvegarde.tar.gz.partial").exists()


def test_restore_refuses_an_archive_that_is_not_a_backup(media_root, tmp_path):
    bogus = tmp_path / "autre.tar.gz"
    with tarfile.open(bogus, "w:gz") as content:
        info = tarfile.TarInfo("hello.txt")
        content.addfile(info, io.BytesIO(b""))

    with pytest.raises(CommandError, match="pas une sauvegarde du portail"):
        call_command("restore_portal", str(bogus), "--noinput")
    assert Page.objects.filter(slug="actualites").exists()


def test_restore_refuses_paths_that_leave_the_media_folder():
    from ops.backup import ArchiveError, media_name

    assert media_name("media/documents/a.pdf") == "documents/a.pdf"
    with pytest.raises(ArchiveError):
        media_name("media/../../etc/passwd")
