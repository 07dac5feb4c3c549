from django.core.management.base import BaseCommand

from network.reminders import remind_stale_profiles


class Command(BaseCommand):
    help = "Email the owners of profiles untouched for a year (once per stale period; safe to run daily)."

    def handle(self, *args, **options):
        sent = remind_stale_profiles()
        self.stdout.write(f"{sent} rappel(s) envoyé(s).")
