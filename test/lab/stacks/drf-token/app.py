"""The lab's Django REST framework stack: TokenAuthentication, the `Authorization: Token <key>`
scheme. POST /api/login is DRF's own obtain_auth_token view; GET /api/me needs the token. Started by
stack.mjs with Debian's /usr/bin/python3 (python3-djangorestframework); a request carrying an
Authorization header is a credential request."""
import lab_django

lab_django.configure(
    "drf-token",
    urlconf=__name__,
    installed_apps=["rest_framework", "rest_framework.authtoken"],
    middleware=["django.middleware.common.CommonMiddleware"],
    REST_FRAMEWORK={
        "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
        "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
        "UNAUTHENTICATED_USER": None,
    },
)

from django.urls import path  # noqa: E402  (needs settings first)
from rest_framework.authtoken.views import obtain_auth_token  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.response import Response  # noqa: E402


@api_view(["GET"])
def me(request):
    return Response({"user": request.user.username})


urlpatterns = [
    path("", lab_django.page),
    path("api/login", obtain_auth_token),
    path("api/me", me),
]

if __name__ == "__main__":
    lab_django.serve(lambda environ: bool(environ.get("HTTP_AUTHORIZATION")))
