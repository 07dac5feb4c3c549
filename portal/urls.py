from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("comptes/", include("allauth.urls")),
    path("langue/", login_not_required(set_language), name="set_language"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("sante/", home_views.health, name="health"),
    path("recherche/", include("search.urls")),
    path("outils/", include("toolbox.urls")),
    path("idees/", include("ideas.urls")),
    path("membres/", include("network.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
