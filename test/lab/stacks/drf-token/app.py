"""The lab's Django REST framework stack: TokenAuthentication, the `Authorization: Token <key>`
scheme. POST /api/login is DRF's own obtain_auth_token view; GET /api/me needs the token. Started by
stack.mjs with Debian's /usr/bin/python3 (python3-djangorestframework); prints LAB_PORT=<n> once it
listens and LAB_CREDENTIAL <method> <url> for every request that carries an Authorization header."""
import os
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import django
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="tokki-lab-django-secret",
    ALLOWED_HOSTS=["drf-token.localhost", "127.0.0.1"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[
        "django.contrib.contenttypes",
        "django.contrib.auth",
        "rest_framework",
        "rest_framework.authtoken",
    ],
    # One in-memory database shared by the server's threads; the main thread's connection (made
    # by migrate, never closed for an in-memory database) keeps it alive as long as the server.
    DATABASES={
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": "file:tokkilab?mode=memory&cache=shared",
        }
    },
    MIDDLEWARE=["django.middleware.common.CommonMiddleware"],
    REST_FRAMEWORK={
        "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
        "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
        "UNAUTHENTICATED_USER": None,
    },
    USE_TZ=True,
)
django.setup()

from django.contrib.auth.models import User  # noqa: E402  (needs settings first)
from django.core.management import call_command  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework.authtoken.views import obtain_auth_token  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.response import Response  # noqa: E402


def page(_request):
    return HttpResponse(os.environ["LAB_PAGE"], content_type="text/html; charset=utf-8")


@api_view(["GET"])
def me(request):
    return Response({"user": request.user.username})


urlpatterns = [
    path("", page),
    path("api/login", obtain_auth_token),
    path("api/me", me),
]


def noting_credentials(app):
    def wrapped(environ, start_response):
        if environ.get("HTTP_AUTHORIZATION"):
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
