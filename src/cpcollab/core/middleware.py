"""Turn a service error raised by a page view into the matching error page.

The API has its own handler (:func:`cpcollab.core.api.exception_handler`); this covers pages,
so views stay thin: they call selectors and services and let refusals propagate.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.views import defaults

from cpcollab.core.errors import NotFoundError, PermissionDeniedError


class ServiceErrorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, NotFoundError):
            return defaults.page_not_found(request, Http404(exception.message))
        if isinstance(exception, PermissionDeniedError):
            return defaults.permission_denied(request, PermissionDenied(exception.message))
        return None
