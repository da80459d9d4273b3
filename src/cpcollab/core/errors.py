"""Named errors raised by services and access helpers, mapped to one API error shape.

Services never return error codes and never use ``assert`` for input checks: they raise one
of these, and :func:`cpcollab.core.api.exception_handler` (API) or the views (pages) turn it
into a response.
"""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    """Base class: an operation was refused. ``code`` is stable and machine-readable."""

    status = 400
    code = "invalid"
    default_message = "The request is not valid."

    def __init__(self, message: str | None = None, *, details: Any = None) -> None:
        super().__init__(message or self.default_message)
        self.message = message or self.default_message
        self.details = details


class NotFoundError(ServiceError):
    """The object does not exist, or the user may not see it (the two look the same)."""

    status = 404
    code = "not_found"
    default_message = "Not found."


class PermissionDeniedError(ServiceError):
    """The user may see the object but not do this to it."""

    status = 403
    code = "permission_denied"
    default_message = "You do not have permission to do this."


class ValidationFailedError(ServiceError):
    """The input is not valid; ``details`` maps field names to lists of messages."""

    status = 400
    code = "invalid"


class ConflictError(ServiceError):
    """The change conflicts with the current state (a duplicate, a stale version)."""

    status = 409
    code = "conflict"
    default_message = "This conflicts with the current state."
