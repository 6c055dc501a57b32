"""The lab's Django session stack: django.contrib.sessions with the database backend (the session
lives on the server, the browser holds its id in `sessionid`) and Django's CSRF protection (the
`csrftoken` cookie, sent back in an X-CSRFToken header, not a credential). Started by stack.mjs with
Debian's /usr/bin/python3 (python3-django); prints LAB_PORT=<n> once it listens and
LAB_CREDENTIAL <method> <url> for every request that carries the session cookie."""
import json
import os
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import django
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="tokki-lab-django-session-secret",
    ALLOWED_HOSTS=["django-session.localhost", "127.0.0.1"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[
        "django.contrib.contenttypes",
        "django.contrib.auth",
        "django.contrib.sessions",
    ],
    # One in-memory database shared by the server's threads; the main thread's connection (made
    # by migrate, never closed for an in-memory database) keeps it alive as long as the server.
    DATABASES={
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": "file:tokkilabsession?mode=memory&cache=shared",
        }
    },
    MIDDLEWARE=[
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ],
    USE_TZ=True,
)
django.setup()

from django.contrib.auth import authenticate, login  # noqa: E402  (needs settings first)
from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import HttpResponse, JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import ensure_csrf_cookie  # noqa: E402
from django.views.decorators.http import require_GET, require_POST  # noqa: E402


@ensure_csrf_cookie
@require_GET
def page(_request):
    return HttpResponse(os.environ["LAB_PAGE"], content_type="text/html; charset=utf-8")


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
    path("", page),
    path("login", login_view),
    path("api/me", me),
]


def noting_credentials(app):
    def wrapped(environ, start_response):
        cookies = environ.get("HTTP_COOKIE", "")
        if any(part.strip().startswith("sessionid=") for part in cookies.split(";")):
            query = environ.get("QUERY_STRING")
            url = f"http://{environ['HTTP_HOST']}{environ['PATH_INFO']}" + (f"?{query}" if query else "")
            print(f"LAB_CREDENTIAL {environ['REQUEST_METHOD']} {url}", flush=True)
        return app(environ, start_response)

    return wrapped


class ThreadingServer(ThreadingMixIn, WSGIServer):
    # A browser may hold a connection open without sending on it (a preconnect): one thread per
    # connection keeps that from stalling the next request.
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


if __name__ == "__main__":
    call_command("migrate", verbosity=0, interactive=False)
    User.objects.create_user("demo", password="demo")
    server = make_server(
        "127.0.0.1",
        0,
        noting_credentials(get_wsgi_application()),
        server_class=ThreadingServer,
        handler_class=QuietHandler,
    )
    print(f"LAB_PORT={server.server_port}", flush=True)
    server.serve_forever()
