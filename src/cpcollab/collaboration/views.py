"""Pages of collaboration records: the list with filters, one record (its evidence, versions
and the other participants' confirmations), the form, and spreadsheet import.

Thin views: reads through :mod:`~cpcollab.collaboration.selectors`, writes through
:mod:`~cpcollab.collaboration.services`; a refusal becomes a message or a field error.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cpcollab.accounts.roles import Capability, capabilities
from cpcollab.collaboration import selectors, services, spreadsheet
from cpcollab.collaboration.forms import ConfirmationForm, EvidenceForm, ImportForm, RecordForm, record_initial
from cpcollab.collaboration.models import Record, RecordStatus
from cpcollab.core.errors import ServiceError, ValidationFailedError
from cpcollab.registry.models import CollaborationKind

FILTER_NAMES = ("actor", "state", "theme", "kind", "year", "status", "owner", "q")


def _can_edit(user: Any, record: Record) -> bool:
    return record.owner_id == getattr(user, "organisation_id", None) and Capability.EDIT_OWN in capabilities(user)


@require_GET
def record_list(request: HttpRequest) -> HttpResponse:
    chosen = {name: request.GET.get(name, "").strip()[:64] for name in FILTER_NAMES}
    year = int(chosen["year"]) if chosen["year"].isdigit() else None
    records = selectors.filter_records(
        selectors.records_for_user(request.user),
        actor=chosen["actor"],
        state=chosen["state"],
        theme=chosen["theme"],
        kind=chosen["kind"],
        year=year,
        status=chosen["status"] if chosen["status"] in RecordStatus.values else "",
        owner=chosen["owner"],
        search=chosen["q"],
    )
    page = Paginator(records, 50).get_page(request.GET.get("page"))
    query = "&".join(f"{name}={value}" for name, value in chosen.items() if value and name != "q")
    return render(
        request,
        "collaboration/record_list.html",
        {
            "page": page,
            "chosen": chosen,
            "kinds": CollaborationKind.objects.order_by("position"),
            "statuses": RecordStatus.choices,
            "export_query": request.GET.urlencode() if query or chosen["q"] else "",
            "can_create": Capability.EDIT_OWN in capabilities(request.user),
        },
    )


@require_GET
def record_detail(request: HttpRequest, pk: int) -> HttpResponse:
    record = selectors.access_record(request.user, pk)
    return render(
        request,
        "collaboration/record_detail.html",
        {
            "record": record,
            "evidence": selectors.record_evidence(record),
            "versions": selectors.record_versions(record)[:50],
            "confirmations": selectors.record_confirmations(record),
            "can_edit": _can_edit(request.user, record),
            "can_confirm": services.may_confirm(request.user, record),
            "confirmation_form": ConfirmationForm(),
            "evidence_form": EvidenceForm(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def record_create(request: HttpRequest) -> HttpResponse:
    form = RecordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            record = services.record_create(user=request.user, **form.service_values())
        except ValidationFailedError as error:
            form.add_service_errors(error)
        else:
            messages.success(request, _("The record was saved."))
            return redirect("collaboration:record-detail", pk=record.pk)
    return render(request, "collaboration/record_form.html", {"form": form, "record": None})


@login_required
@require_http_methods(["GET", "POST"])
def record_edit(request: HttpRequest, pk: int) -> HttpResponse:
    record = selectors.access_record(request.user, pk, write=True)
    form = RecordForm(request.POST or None, initial=record_initial(record), editing=True)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_update(
                user=request.user, record_id=pk, version=form.cleaned_data["version"] or 0, **form.service_values()
            )
        except ValidationFailedError as error:
            form.add_service_errors(error)
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The record was saved."))
            return redirect("collaboration:record-detail", pk=pk)
    return render(request, "collaboration/record_form.html", {"form": form, "record": record})


def _act(request: HttpRequest, done: str, action: Any, **kwargs: Any) -> None:
    try:
        action(user=request.user, **kwargs)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, done)


@login_required
@require_POST
def record_publish(request: HttpRequest, pk: int) -> HttpResponse:
    publish = request.POST.get("publish") == "1"
    service = services.record_publish if publish else services.record_unpublish
    _act(
        request, _("The record is published.") if publish else _("The record is a draft again."), service, record_id=pk
    )
    return redirect("collaboration:record-detail", pk=pk)


@login_required
@require_POST
def record_delete(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        services.record_delete(user=request.user, record_id=pk)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("collaboration:record-detail", pk=pk)
    messages.success(request, _("The record was deleted."))
    return redirect("collaboration:record-list")


@login_required
@require_POST
def evidence_add(request: HttpRequest, pk: int) -> HttpResponse:
    form = EvidenceForm(request.POST)
    if form.is_valid():
        _act(request, _("The evidence was added."), services.evidence_add, record_id=pk, **form.cleaned_data)
    else:
        messages.error(request, _("Give an http:// or https:// address."))
    return redirect("collaboration:record-detail", pk=pk)


@login_required
@require_POST
def evidence_remove(request: HttpRequest, pk: int, evidence_pk: int) -> HttpResponse:
    _act(request, _("The evidence was removed."), services.evidence_remove, record_id=pk, evidence_id=evidence_pk)
    return redirect("collaboration:record-detail", pk=pk)


@login_required
@require_POST
def confirmation_add(request: HttpRequest, pk: int) -> HttpResponse:
    form = ConfirmationForm(request.POST)
    if form.is_valid():
        _act(
            request,
            _("Your organisation's word was added."),
            services.confirmation_add,
            record_id=pk,
            **form.cleaned_data,
        )
    return redirect("collaboration:record-detail", pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def record_import(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    problems: list[dict[str, Any]] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > spreadsheet.MAX_BYTES:
                raise ValidationFailedError(_("The file is too large."))
            result = services.records_import(user=request.user, filename=upload.name, data=upload.read())
        except ValidationFailedError as error:
            details = error.details if isinstance(error.details, dict) else {}
            problems = details.get("rows", [])
            form.add_error(None, error.message)
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Records imported: %(count)d.") % {"count": len(result.records)})
            return redirect("collaboration:record-list")
    return render(request, "collaboration/record_import.html", {"form": form, "problems": problems})
