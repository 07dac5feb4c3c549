from django.urls import include, path

from . import views

app_name = "toolbox"

TOOL_SEGMENTS = {"pitch": "pitch", "persona": "personas", "world_cafe": "world-cafe"}
EDIT_VIEWS = {"pitch": views.pitch_edit, "persona": views.persona_edit, "world_cafe": views.world_cafe_edit}

urlpatterns = [
    path("autodiagnostic/", include("toolbox.diagnosis_urls")),
    path("espace/", views.workspace, name="workspace"),
    path("partage/<str:tool>/<uuid:token>/", views.shared, name="shared"),
    path("partage/<str:tool>/<uuid:token>/dupliquer/", views.duplicate_shared, name="duplicate_shared"),
]

for tool, segment in TOOL_SEGMENTS.items():
    urlpatterns += [
        path(f"{segment}/nouveau/", EDIT_VIEWS[tool], name=f"{tool}_new"),
        path(f"{segment}/<int:pk>/", EDIT_VIEWS[tool], name=f"{tool}_edit"),
        path(f"{segment}/<int:pk>/dupliquer/", views.duplicate, {"tool": tool}, name=f"{tool}_duplicate"),
        path(f"{segment}/<int:pk>/supprimer/", views.delete, {"tool": tool}, name=f"{tool}_delete"),
        path(f"{segment}/<int:pk>/partager/", views.share, {"tool": tool}, name=f"{tool}_share"),
    ]
