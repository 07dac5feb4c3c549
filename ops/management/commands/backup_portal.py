from django.core.management.base import BaseCommand

from ops.backup import create_archive


class Command(BaseCommand):
    help = "Écrit la base de données et les fichiers déposés dans une archive .tar.gz."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="chemin de l'archive à écrire, par ex. sauvegarde-2026-01-31.tar.gz")
        parser.add_argument("--no-media", action="store_true", help="sans les fichiers déposés")

    def handle(self, archive, no_media=False, **options):
        manifest = create_archive(archive, include_media=not no_media)
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde écrite dans {archive} ({manifest['database_vendor']}, "
                f"{manifest['media_files']} fichiers déposés)."
            )
        )
