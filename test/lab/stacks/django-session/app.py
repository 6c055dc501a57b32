"""The lab's Django session stack: django.contrib.sessions with the database backend (the session
lives on the server, the browser holds its id in `sessionid`) and Django's CSRF protection (the
`csrftoken` cookie, sent back in an X-CSRFToken header, not a credential). Started by stack.mjs with
Debian's /usr/bin/python3 (python3-django); a request carrying `sessionid` is a credential request."""
import json

import lab_django

lab_django.configure(
    "django-session",
    urlconf=__name__,
    installed_apps=["django.contrib.sessions"],
    middleware=[
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ],
)

from django.contrib.auth import authenticate, login  # noqa: E402  (needs settings first)
from django.http import JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import ensure_csrf_cookie  # noqa: E402
from django.views.decorators.http import require_GET, require_POST  # noqa: E402


@require_POST
def login_view(request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        body = {}
    user = authenticate(request, username=body.get("username"), password=body.get("password"))
    if user is None:
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})


@require_GET
def me(request):
    if not request.user.is_authenticated:
        return JsonResponse({"user": None}, status=401)
    return JsonResponse({"user": request.user.username})


urlpatterns = [
    # The page reads the CSRF cookie, as a Django site's own pages do.
    path("", ensure_csrf_cookie(require_GET(lab_django.page))),
    path("login", login_view),
    path("api/me", me),
]


def carries_session(environ):
    cookies = environ.get("HTTP_COOKIE", "").split(";")
    return any(part.strip().startswith("sessionid=") for part in cookies)


if __name__ == "__main__":
    lab_django.serve(carries_session)
