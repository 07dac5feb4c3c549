"""A URL configuration with an `ideas:submit` route, as the ideas app will
provide it, to test the pitch builder's submission links on their own."""

from django.http import HttpResponse
from django.urls import include, path


def submit(request, pk):
    return HttpResponse()


urlpatterns = [path("idees/", include(([path("<int:pk>/deposer/", submit, name="submit")], "ideas")))]
