from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.middleware.locale import LocaleMiddleware
from django.urls import reverse
from django.utils import translation


class FrenchFirstLocaleMiddleware(LocaleMiddleware):
    """French for everyone unless they chose another language with the switch.

    Django's LocaleMiddleware would follow the browser's Accept-Language, which
    would show English to agents whose browser happens to be set to English.
    """

    def process_request(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if not language or not translation.check_for_language(language):
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class StripNulBytesMiddleware:
    """Drop NUL bytes from query-string values before any view reads them.

    PostgreSQL refuses them in text (a DataError, so a 500) and no legitimate
    link carries one; forms already refuse them in posted data.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists()):
            cleaned = request.GET.copy()
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace("\x00", ""), [value.replace("\x00", "") for value in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)


class AdminAccessMiddleware:
    """A logged-in person without access to the Wagtail admin gets the portal's
    403 page there. Wagtail would send them to the login page, which sends
    whoever is logged in back to the page asked for: a redirect loop."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = None  # the admin's address, once the URLs are loaded

    def __call__(self, request):
        if self.prefix is None:
            self.prefix = reverse("wagtailadmin_home")
        if (
            request.path.startswith(self.prefix)
            and request.user.is_authenticated
            and not request.user.has_perm("wagtailadmin.access_admin")
        ):
            raise PermissionDenied
        return self.get_response(request)
