from django.conf import settings
from django.core.management.base import BaseCommand

from home.demo import DEMO_ACCOUNTS


class Command(BaseCommand):
    help = "Print the demo accounts, one per role."

    def handle(self, *args, **options):
        self.stdout.write(f"Comptes de démonstration (mot de passe : {settings.PORTAL_DEMO_PASSWORD})")
        for email, _first, _last, role in DEMO_ACCOUNTS:
            self.stdout.write(f"  {role:<16} {email}")
