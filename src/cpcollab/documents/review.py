"""Review on the highlighted view: accept, correct or reject a statement.

Thin POST views over the review services of :mod:`cpcollab.collaboration` (which check access,
write the record or evidence and the audit event); each returns to the document, on the next
statement, with the same filters, so a reviewer can go through a document from the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cpcollab.accounts.access import may_review_for
from cpcollab.collaboration import selectors as collaboration_selectors
from cpcollab.collaboration import services as collaboration
from cpcollab.core.errors import NotFoundError, PermissionDeniedError, ServiceError
from cpcollab.documents import selectors
from cpcollab.documents.forms import StatementCorrectForm
from cpcollab.documents.models import Document, ReviewStatus, Statement
from cpcollab.documents.reading import Filters, StatementView


def detail_url(pk: int, query: str = "", anchor: str = "") -> str:
    url = reverse("documents:detail", kwargs={"pk": pk})
    return url + (f"?{query}" if query else "") + (f"#{anchor}" if anchor else "")


def can_review(user: Any, document: Document) -> bool:
    """Whether the review buttons are shown (the rule the review services apply)."""
    return may_review_for(user, document.owner_id)


#: Statements of one page that get duplicate suggestions (each costs a few queries).
MAX_SUGGESTED = 50


def attach_duplicates(user: Any, views: Iterable[StatementView]) -> bool:
    """Suggest records that may already hold each statement still to review (the first
    :data:`MAX_SUGGESTED`); ``False`` when some were left without suggestions."""
    open_views = [v for v in views if v.statement.review_status in (ReviewStatus.PENDING, ReviewStatus.REJECTED)]
    for view in open_views[:MAX_SUGGESTED]:
        view.duplicates = collaboration_selectors.duplicate_candidates(user, view.statement)
    return len(open_views) <= MAX_SUGGESTED


def _back(request: HttpRequest, statement: Statement) -> HttpResponseRedirect:
    """The document again, with the same filters, on the next statement they keep (or this one)."""
    filters = Filters.from_query(request.GET, kinds=selectors.collaboration_kinds())
    following = statement.document.statements.filter(index__gt=statement.index).order_by("index")
    target = next((s for s in following if filters.matches(s)), statement)
    return HttpResponseRedirect(detail_url(statement.document_id, filters.query, f"s-{target.pk}"))


def _decided(created: bool) -> str:
    if created:
        return _("Accepted: a new collaboration record was made from the statement.")
    return _("Accepted: the statement was added as evidence to the record.")


def _record_id(request: HttpRequest) -> int | None:
    value = request.POST.get("record_id", "")
    return int(value) if value.isdigit() else None


@login_required
@require_POST
def statement_accept(request: HttpRequest, pk: int) -> HttpResponse:
    statement = selectors.access_statement(request.user, pk)

    def decide() -> str:
        done = collaboration.statement_accept(
            user=request.user, statement_id=statement.pk, record_id=_record_id(request)
        )
        return _decided(done.created)

    return _run_decision(request, statement, decide)


@login_required
@require_POST
def statement_reject(request: HttpRequest, pk: int) -> HttpResponse:
    statement = selectors.access_statement(request.user, pk)

    def decide() -> str:
        reason = request.POST.get("reason", "")[:500]
        collaboration.statement_reject(user=request.user, statement_id=statement.pk, reason=reason)
        return str(_("The statement was rejected."))

    return _run_decision(request, statement, decide)


@login_required
@require_POST
def statement_correct(request: HttpRequest, pk: int) -> HttpResponse:
    statement = selectors.access_statement(request.user, pk)
    form = StatementCorrectForm(request.POST, kinds=selectors.collaboration_kinds())
    if not form.is_valid():
        for name, errors in form.errors.items():
            label = form.fields[name].label if name in form.fields else ""
            for error in errors:
                messages.error(request, f"{label}: {error}" if label else str(error))
        return _back(request, statement)

    def decide() -> str:
        done = collaboration.statement_correct(
            user=request.user, statement_id=statement.pk, record_id=_record_id(request), **form.cleaned_data
        )
        return _decided(done.created)

    return _run_decision(request, statement, decide)


def _run_decision(request: HttpRequest, statement: Statement, decide: Callable[[], str]) -> HttpResponse:
    """Run a review decision and go back to the statement. A refusal to see or act shows the
    error page, as for any refused page; any other refusal (already decided…) is a message."""
    try:
        message = decide()
    except (NotFoundError, PermissionDeniedError):
        raise
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, message)
    return _back(request, statement)
