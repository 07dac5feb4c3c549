import io

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from ops.backup import ArchiveError, restore_archive
from ops.maintenance import settle


class Command(BaseCommand):
    help = (
        "Remplace tout le contenu de ce portail (base migrée) par celui d'une archive de backup_portal, "
        "puis reconstruit l'index de recherche."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="archive .tar.gz écrite par backup_portal")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive")
        parser.add_argument("--no-index", action="store_true", help="ne pas reconstruire l'index de recherche")

    def handle(self, archive, interactive=True, no_index=False, **options):
        if interactive:
            answer = input("Tout le contenu actuel de la base sera remplacé. Taper « oui » pour continuer : ")
            if answer.strip().lower() != "oui":
                raise CommandError("Restauration annulée.")
        try:
            result = restore_archive(archive)
        except (ArchiveError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        call_command("rebuild_references_index", verbosity=0, stdout=io.StringIO())
        if not no_index:
            call_command("update_index", verbosity=0, stdout=io.StringIO())
        # Every table was just rewritten: the planner needs its statistics
        # again, and SQLite's full-text indexes their segments merged.
        settle()
        self.stdout.write(
            self.style.SUCCESS(
                f"Portail restauré depuis {archive} (sauvegarde du {result['created']}, "
                f"{result['restored_media_files']} fichiers déposés)."
            )
        )
