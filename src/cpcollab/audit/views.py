"""Page: administrators browse and filter the audit trail."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from cpcollab.accounts import access
from cpcollab.core.errors import PermissionDeniedError

FILTERS = ("action", "username", "organisation", "object_type", "object_id")


@login_required
@require_GET
def event_list(request: HttpRequest) -> HttpResponse:
    if not access.can_browse_audit(request.user):
        raise PermissionDeniedError()
    events = access.audit_events_for_user(request.user).order_by("-seq")
    chosen = {name: request.GET.get(name, "").strip()[:80] for name in FILTERS}
    for name, value in chosen.items():
        if value:
            events = events.filter(**{f"{name}__startswith" if name == "action" else name: value})
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "audit/event_list.html", {"page": page, "chosen": chosen})
