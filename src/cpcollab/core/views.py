"""Pages that belong to no domain: the home page and the health check."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from cpcollab.documents import selectors as documents
from cpcollab.documents.reading import public_examples
from cpcollab.registry import selectors as registry


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "core/home.html",
        {
            "summary": registry.registry_summary(),
            "public_documents": documents.latest_public_documents(5),
            "examples": public_examples(3),
        },
    )


@require_GET
@never_cache
def health(request: HttpRequest) -> JsonResponse:
    """Liveness and database reachability, for load balancers and the demo script."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok", "database": connection.vendor})
