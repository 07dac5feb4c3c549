"""URLs of the self-diagnosis of the capacity to innovate (under /outils/autodiagnostic/)."""

from django.urls import path  # noqa: F401

urlpatterns = []
