"""One archive holds the whole portal: the database as Django fixtures (so it
restores on SQLite or PostgreSQL alike) and the uploaded files.

Content types and permissions are referred to by natural keys: the target's own
`migrate` creates them, with other ids. What can be rebuilt (search index,
reference index, image renditions) or is transient (sessions, editing
sessions, half-finished uploads) is left out."""

import datetime
import io
import json
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder

from .serializers import FORMAT

FORMAT_VERSION = 1
DATA_NAME = f"data.{FORMAT}"
MANIFEST_NAME = "manifest.json"
MEDIA_PREFIX = "media/"
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "wagtailsearch",
    "wagtailcore.referenceindex",
    "wagtailimages.rendition",
    "wagtailadmin.editingsession",
    "wagtailcore.uploadedfile",
    # Derived from the profiles, rebuilt as they are restored (SQLite triggers,
    # a view on PostgreSQL): loading it back would collide with that.
    "network.personprofiletext",
]
# Renditions of images are regenerated on demand, like their database rows.
MEDIA_SKIPPED_DIRECTORIES = ("images/",)


class ArchiveError(Exception):
    pass


def applied_migrations():
    return sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations())


def media_files(storage=default_storage, directory=""):
    """Every file name in the media storage, recursively, in a stable order."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in sorted(files):
        path = f"{directory}{name}"
        if not path.startswith(MEDIA_SKIPPED_DIRECTORIES):
            yield path
    for name in sorted(directories):
        yield from media_files(storage, f"{directory}{name}/")


def dump_database(path):
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            # One snapshot of every table, even while people keep working.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        call_command(
            "dumpdata",
            exclude=EXCLUDED,
            natural_foreign=True,
            use_base_manager=True,
            format=FORMAT,
            output=str(path),
            verbosity=0,
        )


def create_archive(archive_path, include_media=True):
    """Write the database and the media to `archive_path` (.tar.gz); return the manifest."""
    archive_path = Path(archive_path)
    with tempfile.TemporaryDirectory() as workdir:
        data_path = Path(workdir) / DATA_NAME
        dump_database(data_path)
        names = list(media_files()) if include_media else []
        manifest = {
            "format": FORMAT_VERSION,
            "created": datetime.datetime.now(datetime.UTC).isoformat(),
            "database_vendor": connection.vendor,
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "migrations": applied_migrations(),
            "media_files": len(names),
        }
        partial_path = archive_path.with_name(archive_path.name + ".partial")
        with tarfile.open(partial_path, "w:gz") as archive:
            _add_bytes(archive, MANIFEST_NAME, json.dumps(manifest, indent=2).encode())
            archive.add(data_path, arcname=DATA_NAME)
            for name in names:
                with default_storage.open(name, "rb") as source:
                    info = tarfile.TarInfo(MEDIA_PREFIX + name)
                    info.size = default_storage.size(name)
                    archive.addfile(info, source)
        # Never leave a half-written archive under the expected name.
        partial_path.replace(archive_path)
    return manifest


def _add_bytes(archive, name, content):
    info = tarfile.TarInfo(name)
    info.size = len(content)
    archive.addfile(info, io.BytesIO(content))


def read_manifest(archive):
    try:
        manifest = json.load(archive.extractfile(MANIFEST_NAME))
    except (KeyError, json.JSONDecodeError) as error:
        raise ArchiveError("Ce fichier n'est pas une sauvegarde du portail.") from error
    if manifest.get("format") != FORMAT_VERSION:
        raise ArchiveError(f"Format de sauvegarde inconnu : {manifest.get('format')}.")
    missing = sorted(set(manifest["migrations"]) - set(applied_migrations()))
    if missing:
        raise ArchiveError(
            "La base cible n'a pas toutes les migrations de la sauvegarde : lancez `manage.py migrate` "
            f"avec la version du code qui l'a produite. Manquantes : {', '.join(missing[:10])}"
        )
    return manifest


def media_name(member_name):
    """The storage name of an archive member, refusing paths that leave the media folder."""
    name = member_name[len(MEDIA_PREFIX) :]
    parts = PurePosixPath(name).parts
    if not name or name.startswith("/") or ".." in parts:
        raise ArchiveError(f"Chemin refusé dans l'archive : {member_name}")
    return name


def restore_archive(archive_path):
    """Replace the whole content of this (migrated) instance by the archive's."""
    with tarfile.open(archive_path, "r:gz") as archive:
        manifest = read_manifest(archive)
        with tempfile.TemporaryDirectory() as workdir:
            data_path = Path(workdir) / DATA_NAME
            with archive.extractfile(DATA_NAME) as source, open(data_path, "wb") as target:
                while chunk := source.read(1024 * 1024):
                    target.write(chunk)
            with transaction.atomic():
                if connection.vendor == "postgresql":
                    # TRUNCATE refuses tables with pending deferred checks.
                    with connection.cursor() as cursor:
                        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                call_command("flush", interactive=False, verbosity=0)
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
                call_command("loaddata", str(data_path), verbosity=0)
        restored_files = 0
        for member in archive:
            if member.isfile() and member.name.startswith(MEDIA_PREFIX):
                name = media_name(member.name)
                if default_storage.exists(name):
                    default_storage.delete(name)
                saved = default_storage.save(name, File(archive.extractfile(member), name=name))
                if saved != name:
                    raise ArchiveError(f"Le stockage a renommé {name} en {saved}.")
                restored_files += 1
    return {**manifest, "restored_media_files": restored_files}
