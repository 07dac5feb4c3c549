from django.urls import path

from . import case_studies_views, views

app_name = "network"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("mon-profil/", views.my_profile, name="my_profile"),
    path("mon-profil/mes-donnees.json", views.my_profile_data, name="my_profile_data"),
    path("mon-profil/supprimer/", views.my_profile_delete, name="my_profile_delete"),
    path("departements/<str:number>/", views.departement, name="departement"),
    path("<int:pk>/", views.person, name="person"),
    path("<int:pk>/modifier/", views.person_edit, name="person_edit"),
    path("<int:pk>/vcard.vcf", views.person_vcard, name="person_vcard"),
    path(
        "retours-d-experience/depuis-idee/<int:idea_pk>/",
        case_studies_views.case_study_from_idea,
        name="case_study_from_idea",
    ),
]
