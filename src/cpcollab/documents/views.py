"""Pages of documents: the list, the upload, the highlighted view, metadata corrections and the
collaboration highlights (page and DOCX). Thin: reads through selectors, writes through services."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cpcollab.accounts.roles import Capability, capabilities
from cpcollab.core.errors import PermissionDeniedError, ServiceError, ValidationFailedError
from cpcollab.documents import review, selectors, services
from cpcollab.documents.forms import LANGUAGE_CHOICES, MetadataForm
from cpcollab.documents.models import ReviewStatus
from cpcollab.documents.reading import Filters, highlights_by_kind, reading
from cpcollab.documents.summary import highlights_docx


def _can_edit(user: Any, document: Any) -> bool:
    return document.owner_id == getattr(user, "organisation_id", None) and Capability.EDIT_OWN in capabilities(user)


@require_GET
def document_list(request: HttpRequest) -> HttpResponse:
    documents = selectors.documents_with_status(request.user)
    owners = sorted(set(documents.values_list("owner__code", flat=True)))
    chosen = {name: request.GET.get(name, "").strip()[:100] for name in ("owner", "language", "symbol")}
    if chosen["owner"]:
        documents = documents.filter(owner__code=chosen["owner"])
    if chosen["language"]:
        documents = documents.filter(language=chosen["language"])
    if chosen["symbol"]:
        documents = documents.filter(symbol__icontains=chosen["symbol"])
    page = Paginator(documents, 50).get_page(request.GET.get("page"))
    query = urlencode({k: v for k, v in chosen.items() if v})
    return render(
        request,
        "documents/list.html",
        {
            "page": page,
            "chosen": chosen,
            "owners": owners,
            "languages": LANGUAGE_CHOICES[1:],
            "query": query,
            "can_upload": Capability.EDIT_OWN in capabilities(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def document_upload(request: HttpRequest) -> HttpResponse:
    if Capability.EDIT_OWN not in capabilities(request.user):
        raise PermissionDeniedError()
    results: list[dict[str, Any]] = []
    if request.method == "POST":
        files = request.FILES.getlist("files")
        if not files:
            messages.error(request, _("Choose one or more files to upload."))
        is_public = request.POST.get("is_public") == "on"
        for upload in files:
            results.append(_upload_one(request, upload, is_public=is_public))
    return render(
        request,
        "documents/upload.html",
        {"results": results, "max_mb": services.max_upload_bytes() // (1024 * 1024)},
    )


def _upload_one(request: HttpRequest, upload: Any, *, is_public: bool) -> dict[str, Any]:
    name = upload.name or "document"
    if upload.size is not None and upload.size > services.max_upload_bytes():
        return {"filename": name, "error": _("The file is too large.")}
    try:
        done = services.document_upload(user=request.user, filename=name, data=upload.read(), is_public=is_public)
    except ServiceError as exc:
        return {"filename": name, "error": exc.message}
    done.job.refresh_from_db()
    done.document.refresh_from_db()
    return {"filename": name, "document": done.document, "job": done.job, "created": done.created}


@require_GET
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = selectors.access_document(request.user, pk)
    filters = Filters.from_query(request.GET, kinds=selectors.collaboration_kinds())
    view = reading(document, filters)
    may_review = review.can_review(request.user, document)
    all_suggested = review.attach_duplicates(request.user, view.statements) if may_review else True
    return render(
        request,
        "documents/detail.html",
        {
            "document": document,
            "reading": view,
            "filters": filters,
            "query": filters.query,
            "job": selectors.latest_job(document),
            "can_edit": _can_edit(request.user, document),
            "can_review": may_review,
            "all_suggested": all_suggested,
            "max_suggested": review.MAX_SUGGESTED,
            "review_statuses": ReviewStatus.choices,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def document_edit(request: HttpRequest, pk: int) -> HttpResponse:
    document = selectors.access_document(request.user, pk, write=True)
    form = MetadataForm.for_document(document, request.POST or None)
    if request.method == "POST" and form.is_valid():
        changed = form.changed_fields(document)
        try:
            if changed:
                services.document_update(user=request.user, document_id=document.pk, **changed)
        except ValidationFailedError as exc:
            for name, errors in (exc.details or {}).items():
                for error in errors:
                    form.add_error(name if name in form.fields else None, error)
        else:
            messages.success(request, _("The document was saved."))
            return redirect("documents:detail", pk=document.pk)
    return render(request, "documents/edit.html", {"document": document, "form": form})


@login_required
@require_POST
def document_reingest(request: HttpRequest, pk: int) -> HttpResponse:
    services.document_reingest(user=request.user, document_id=pk)
    messages.success(request, _("The document will be read again."))
    return redirect("documents:detail", pk=pk)


@require_GET
def document_highlights(request: HttpRequest, pk: int) -> HttpResponse:
    document = selectors.access_document(request.user, pk)
    return render(
        request,
        "documents/highlights.html",
        {"document": document, "groups": highlights_by_kind(document)},
    )


@require_GET
def document_highlights_docx(request: HttpRequest, pk: int) -> HttpResponse:
    document = selectors.access_document(request.user, pk)
    data = highlights_docx(document, highlights_by_kind(document))
    response = HttpResponse(
        data, content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in document.citation)[:80] or "document"
    response["Content-Disposition"] = f'attachment; filename="highlights-{stem}.docx"'
    return response
