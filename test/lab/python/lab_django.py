"""What the lab's Django stacks share (django-session, drf-token): settings for one loopback host
with an in-memory database, the auto-login page, and a threaded WSGI server that prints
LAB_PORT=<n> once it listens and LAB_CREDENTIAL <method> <url> for every request that carries
the stack's credential, as kit.mjs reads them. stack.mjs puts this folder on PYTHONPATH."""
import os
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import django
from django.conf import settings


def configure(stack_id, urlconf, installed_apps, middleware, **more):
    """Configures and sets up Django for the stack's host, `<stack_id>.localhost`."""
    settings.configure(
        DEBUG=False,
        SECRET_KEY=f"tokki-lab-{stack_id}-secret",
        ALLOWED_HOSTS=[f"{stack_id}.localhost", "127.0.0.1"],
        ROOT_URLCONF=urlconf,
        INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", *installed_apps],
        # One in-memory database shared by the server's threads; the main thread's connection
        # (made by migrate, never closed for an in-memory database) keeps it alive as long as the
        # server.
        DATABASES={
            "default": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": f"file:tokki-lab-{stack_id}?mode=memory&cache=shared",
            }
        },
        MIDDLEWARE=middleware,
        USE_TZ=True,
        **more,
    )
    django.setup()


def page(_request):
    """The auto-login page kit.mjs made for the stack (LAB_PAGE)."""
    from django.http import HttpResponse

    return HttpResponse(os.environ["LAB_PAGE"], content_type="text/html; charset=utf-8")


def serve(carries_credential):
    """Creates the database and the demo user, then serves the app until the process is stopped.
    `carries_credential(environ)` says which requests to print as LAB_CREDENTIAL."""
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.core.wsgi import get_wsgi_application

    call_command("migrate", verbosity=0, interactive=False)
    User.objects.create_user("demo", password="demo")
    server = make_server(
        "127.0.0.1",
        0,
        _noting_credentials(get_wsgi_application(), carries_credential),
        server_class=_ThreadingServer,
        handler_class=_QuietHandler,
    )
    print(f"LAB_PORT={server.server_port}", flush=True)
    server.serve_forever()


def _noting_credentials(app, carries_credential):
    def wrapped(environ, start_response):
        if carries_credential(environ):
            query = environ.get("QUERY_STRING")
            url = f"http://{environ['HTTP_HOST']}{environ['PATH_INFO']}" + (f"?{query}" if query else "")
            print(f"LAB_CREDENTIAL {environ['REQUEST_METHOD']} {url}", flush=True)
        return app(environ, start_response)

    return wrapped


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    # A browser may hold a connection open without sending on it (a preconnect): one thread per
    # connection keeps that from stalling the next request.
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass
