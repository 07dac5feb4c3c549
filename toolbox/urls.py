from django.urls import include, path

app_name = "toolbox"

urlpatterns = [
    path("autodiagnostic/", include("toolbox.diagnosis_urls")),
]
