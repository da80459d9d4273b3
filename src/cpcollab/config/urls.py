"""URLs: pages under a language prefix (/en/, /fr/, /ar/…), the API under /api/v1/."""

from __future__ import annotations

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from cpcollab.core import api as core_api
from cpcollab.core import views as core_views

api_v1 = [
    path("", include("cpcollab.registry.api_urls")),
    path("", include("cpcollab.accounts.api_urls")),
    path("audit/", include("cpcollab.audit.api_urls")),
    path("", include("cpcollab.documents.api_urls")),
    path("", include("cpcollab.collaboration.api_urls")),
    path("", include("cpcollab.search.api_urls")),
    path("", include("cpcollab.inputs.api_urls")),
]

urlpatterns = [
    path("api/v1/", include((api_v1, "api"), namespace="api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("healthz", core_views.health, name="health"),
    path("admin/", admin.site.urls),
]
urlpatterns += i18n_patterns(
    path("", include("cpcollab.core.urls")),
    path("", include("cpcollab.registry.urls")),
    path("accounts/", include("cpcollab.accounts.urls")),
    path("audit/", include("cpcollab.audit.urls")),
    path("", include("cpcollab.documents.urls")),
    path("", include("cpcollab.collaboration.urls")),
    path("", include("cpcollab.search.urls")),
    path("", include("cpcollab.inputs.urls")),
)


def handler404(request: HttpRequest, exception: Exception) -> HttpResponse:
    if request.path.startswith("/api/"):
        return core_api.json_not_found(request)
    from django.views.defaults import page_not_found

    return page_not_found(request, exception)


def handler500(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return core_api.json_server_error(request)
    from django.views.defaults import server_error

    return server_error(request)
