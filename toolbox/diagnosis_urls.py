"""URLs of the self-diagnosis of the capacity to innovate (under /outils/autodiagnostic/)."""

from django.urls import path

from . import diagnosis_views as views

urlpatterns = [
    path("", views.diagnosis_index, name="diagnosis_index"),
    path("nouveau/", views.diagnosis_create, name="diagnosis_create"),
    path("<int:pk>/questionnaire/", views.diagnosis_fill, name="diagnosis_fill"),
    path("<int:pk>/", views.diagnosis_results, name="diagnosis_results"),
]
