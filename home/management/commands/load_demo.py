import importlib
import importlib.util

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo import order_sections

# Order matters: later modules link to what earlier ones created. A module
# that does not exist (yet) is skipped.
DEMO_MODULES = [
    "home.demo",
    "network.demo",
    "toolbox.demo",
    "toolbox.diagnosis_demo",
    "ideas.demo",
    "ideas.selection_demo",
    "network.case_studies_demo",
    "search.demo",
]


class Command(BaseCommand):
    help = "Load the demo content and accounts. Idempotent: running it again duplicates nothing."

    def add_arguments(self, parser):
        parser.add_argument("--no-index", action="store_true", help="Skip the search re-index at the end.")

    def handle(self, *args, **options):
        with transaction.atomic():
            for module_name in DEMO_MODULES:
                if importlib.util.find_spec(module_name) is not None:
                    importlib.import_module(module_name).load(stdout=self.stdout)
            order_sections()
        if not options["no_index"]:
            call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Contenu de démonstration chargé."))
