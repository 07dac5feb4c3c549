from django.urls import path

from . import views

app_name = "ideas"

urlpatterns = [
    path("", views.my_ideas, name="my_ideas"),
    path("appel/<int:call_pk>/proposer/", views.submit, name="submit"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/modifier/", views.edit, name="edit"),
    path("<int:pk>/retirer/", views.withdraw, name="withdraw"),
    path("pieces-jointes/<int:pk>/", views.attachment, name="attachment"),
]
