from django.urls import path

from . import case_studies_views

app_name = "network"

urlpatterns = [
    path(
        "retours-d-experience/depuis-idee/<int:idea_pk>/",
        case_studies_views.case_study_from_idea,
        name="case_study_from_idea",
    ),
]
