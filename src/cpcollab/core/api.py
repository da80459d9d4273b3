"""API plumbing shared by every app: pagination, search, and the one error shape.

Every error the API returns looks like::

    {"error": {"status": 404, "code": "not_found", "message": "Not found.", "details": null}}
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, JsonResponse
from rest_framework import exceptions, filters, pagination, status
from rest_framework.request import Request
from rest_framework.response import Response

from cpcollab.core.errors import ServiceError
from cpcollab.reference.text import fold


class Pagination(pagination.PageNumberPagination):
    """Pages of 50 by default; ``?page_size=`` up to 500."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


class SearchFilter(filters.SearchFilter):
    """``?search=`` over a pre-folded text column, so case and accents never matter.

    Views list the folded column(s) in ``search_fields`` (usually ``search_text``); terms are
    folded the same way, which also makes non-ASCII search case-insensitive on SQLite.
    """

    def get_search_terms(self, request: Request) -> list[str]:
        return [fold(term) for term in super().get_search_terms(request)]


def error_body(status_code: int, code: str, message: str, details: Any = None) -> dict[str, Any]:
    """The one error shape of the API."""
    return {"error": {"status": status_code, "code": code, "message": message, "details": details}}


def _message(detail: Any) -> str:
    if isinstance(detail, str):
        return detail
    if isinstance(detail, list) and detail:
        return _message(detail[0])
    if isinstance(detail, dict):
        return "The request is not valid."
    return str(detail)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Turn any error into the one error shape (DRF's ``EXCEPTION_HANDLER``)."""
    if isinstance(exc, ServiceError):
        return Response(error_body(exc.status, exc.code, exc.message, exc.details), status=exc.status)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)
    if not isinstance(exc, exceptions.APIException):
        return None  # a real bug: let Django log it and answer 500 (JSON for /api/).
    headers: dict[str, str] = {}
    wait = getattr(exc, "wait", None)
    if isinstance(exc, exceptions.Throttled) and wait is not None:
        headers["Retry-After"] = str(int(wait))
    if isinstance(exc, exceptions.ValidationError):
        body = error_body(exc.status_code, "invalid", "The request is not valid.", exc.detail)
    else:
        code = exc.get_codes()
        body = error_body(exc.status_code, code if isinstance(code, str) else exc.default_code, _message(exc.detail))
    if isinstance(exc, (exceptions.NotAuthenticated, exceptions.AuthenticationFailed)):
        headers["WWW-Authenticate"] = 'Token realm="api"'
    return Response(body, status=exc.status_code, headers=headers)


def json_not_found(request: HttpRequest) -> JsonResponse:
    """404 for URLs under ``/api/`` that match no endpoint."""
    return JsonResponse(error_body(404, "not_found", "Not found."), status=status.HTTP_404_NOT_FOUND)


def json_server_error(request: HttpRequest) -> JsonResponse:
    """500 for the API: no traceback, the same shape."""
    return JsonResponse(
        error_body(500, "server_error", "The server failed; the error was logged."),
        status=status.HTTP_500_INTERNAL_SERVER_ERROR,
    )
