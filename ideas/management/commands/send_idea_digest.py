import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from ideas.models import Idea, IdeaState
from ideas.notifications import send_digest


class Command(BaseCommand):
    help = (
        "Envoie aux modérateurs qui l'ont choisi le récapitulatif des idées soumises (à lancer chaque jour, par cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=24, help="La période couverte, en heures (24 par défaut).")

    def handle(self, *args, hours, **options):
        since = timezone.now() - datetime.timedelta(hours=hours)
        ideas = list(
            Idea.objects.filter(state=IdeaState.SUBMITTED, state_changed_at__gte=since)
            .select_related("call")
            .order_by("state_changed_at")
        )
        sent = send_digest(ideas)
        self.stdout.write(f"{sent} récapitulatif(s) envoyé(s), {len(ideas)} idée(s).")
