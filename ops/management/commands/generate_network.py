import io
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.models import HomePage
from ops.generator import generate
from ops.generator.network import GENERATED_EMAIL_DOMAIN
from ops.maintenance import settle

INDEX_CHUNK_SIZE = 20_000


class Command(BaseCommand):
    help = (
        "Génère un réseau réaliste pour mesurer le portail : à l'échelle 1, 5 départements, 60 organisations, "
        "2 000 personnes et 300 actualités ; dix fois plus à l'échelle 10. Insertions groupées, puis une seule "
        "réindexation."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1, help="facteur d'échelle (1 par défaut)")
        parser.add_argument("--seed", type=int, default=2019, help="graine du hasard, pour des données reproductibles")
        parser.add_argument("--no-index", action="store_true", help="ne pas reconstruire l'index de recherche")
        parser.add_argument("--force", action="store_true", help="ajouter un réseau même si un autre a été généré")

    def handle(self, scale, seed, no_index=False, force=False, **options):
        from django.contrib.auth import get_user_model

        if scale <= 0:
            raise CommandError("L'échelle doit être positive.")
        if not force and get_user_model().objects.filter(email__endswith=f"@{GENERATED_EMAIL_DOMAIN}").exists():
            raise CommandError("Un réseau généré existe déjà dans cette base (--force pour en ajouter un autre).")
        started = time.perf_counter()
        if not HomePage.objects.exists():
            call_command("load_demo", "--no-index", stdout=io.StringIO())
        with transaction.atomic():
            timings = generate(scale, seed=seed, report=self.stdout.write)
        if not no_index:
            index_started = time.perf_counter()
            # Large chunks: after each chunk, PostgreSQL's database backend
            # (modelsearch) recomputes the title norms over the whole index
            # table; fewer chunks, fewer passes (the default is 1,000 objects).
            call_command("update_index", chunk_size=INDEX_CHUNK_SIZE, verbosity=0, stdout=io.StringIO())
            self.stdout.write(f"update_index : {time.perf_counter() - index_started:.1f} s")
        settle()
        total = sum(created for created, _seconds in timings.values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Réseau généré à l'échelle {scale:g} : {total} objets en {time.perf_counter() - started:.1f} s."
            )
        )
