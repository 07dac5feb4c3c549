import io

import pytest
from django.core.management import call_command

from toolbox.models.diagnosis import DiagnosisCompetency, DiagnosisRating, DiagnosisSession, DiagnosisSubPractice

pytestmark = pytest.mark.django_db

SEED_COMPETENCIES = [
    "Stratégie",
    "Idéation",
    "Conception",
    "Gestion de projets",
    "Ressources humaines",
    "Capitalisation des connaissances",
]


def test_demo_questionnaire_has_the_six_competencies_and_21_subpractices_of_five_levels():
    assert list(DiagnosisCompetency.objects.values_list("name", flat=True)) == SEED_COMPETENCIES
    subpractices = DiagnosisSubPractice.objects.all()
    assert subpractices.count() == 21
    assert all(len(sp.levels) == 5 and all(text for _n, text in sp.levels) for sp in subpractices)


def test_demo_sessions_give_a_history_and_a_network_average():
    completed = DiagnosisSession.objects.completed()
    assert completed.values("organisation").distinct().count() >= 4
    assert completed.filter(organisation__name="Département de la Somme").count() >= 2
    assert not DiagnosisRating.objects.filter(level__isnull=False, evidence="").exists()


def test_loading_the_diagnosis_demo_twice_duplicates_nothing():
    models = [DiagnosisCompetency, DiagnosisSubPractice, DiagnosisSession, DiagnosisRating]
    before = [model.objects.count() for model in models]
    call_command("load_demo", "--no-index", stdout=io.StringIO())
    assert [model.objects.count() for model in models] == before


def test_editors_changes_to_the_questionnaire_survive_a_demo_reload():
    competency = DiagnosisCompetency.objects.get(name="Idéation")
    competency.description = "Revue par l'équipe éditoriale."
    competency.save()
    call_command("load_demo", "--no-index", stdout=io.StringIO())
    competency.refresh_from_db()
    assert competency.description == "Revue par l'équipe éditoriale."
