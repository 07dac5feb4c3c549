from django.urls import path

from . import views

app_name = "ideas"

urlpatterns = [
    path("", views.my_ideas, name="my_ideas"),
    path("appel/<int:call_pk>/proposer/", views.submit, name="submit"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/modifier/", views.edit, name="edit"),
    path("<int:pk>/retirer/", views.withdraw, name="withdraw"),
    path("<int:pk>/supprimer/", views.delete_draft, name="delete_draft"),
    path("<int:pk>/quitter-l-equipe/", views.leave_team, name="leave_team"),
    path("pieces-jointes/<int:pk>/", views.attachment, name="attachment"),
]

# Selection: the idea wall, the pool, the jury and the similar-ideas panel.
from . import jury_views, pool_views, similar_views, wall_views  # noqa: E402

urlpatterns += [
    path("<int:pk>/soutenir/", wall_views.support_view, name="support"),
    path("<int:pk>/echanges/", wall_views.discussion, name="discussion"),
    path("<int:pk>/commenter/", wall_views.comment_view, name="comment"),
    path("commentaires/<int:pk>/signaler/", wall_views.report_view, name="report_comment"),
    path("commentaires/<int:pk>/masquer/", wall_views.hide_view, name="hide_comment"),
    path("vivier/", pool_views.pool, name="pool"),
    path("<int:pk>/adopter/", pool_views.adopt_view, name="adopt"),
    path("jury/", jury_views.home, name="jury_home"),
    path("jury/idee/<int:pk>/", jury_views.score, name="jury_score"),
    path("jury/appel/<int:pk>/classement/", jury_views.ranking, name="jury_ranking"),
    path("jury/appel/<int:pk>/journee/", jury_views.jury_day, name="jury_day"),
    path("jury/appel/<int:pk>/deliberation/", jury_views.deliberation, name="jury_deliberation"),
    path("jury/appel/<int:pk>/publier/", jury_views.publish, name="jury_publish"),
    path("similaires/", similar_views.similar, name="similar"),
]
