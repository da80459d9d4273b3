"""Pages of calls for inputs: the cycles, a cycle's dashboard, the answer form, a submission.
Thin: reads through selectors, writes through services."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from cpcollab.accounts.roles import Capability, capabilities
from cpcollab.core.errors import ServiceError
from cpcollab.inputs import selectors, services
from cpcollab.inputs.models import Recipient
from cpcollab.reference.languages import LANGUAGES


@login_required
@require_GET
def cycle_list(request: HttpRequest) -> HttpResponse:
    return render(request, "inputs/cycle_list.html", {"cycles": selectors.cycles_for_user(request.user)})


@login_required
@require_GET
def cycle_detail(request: HttpRequest, code: str) -> HttpResponse:
    cycle = selectors.access_cycle(request.user, code)
    dashboard = selectors.cycle_status(cycle) if Capability.VIEW_ALL in capabilities(request.user) else None
    own = selectors.recipients_for_user(request.user).filter(call__cycle=cycle)
    return render(
        request,
        "inputs/cycle_detail.html",
        {"cycle": cycle, "dashboard": dashboard, "own": [(r, selectors.recipient_status(r)) for r in own]},
    )


def _questions(recipient: Recipient, lang: str, answers: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "order": q.order,
            "text": q.localised(lang),
            "help": q.localised(lang, "help_text"),
            "answer": answers.get(str(q.order), ""),
        }
        for q in recipient.call.questions.order_by("order")
    ]


@login_required
@require_http_methods(["GET", "POST"])
def recipient_answer(request: HttpRequest, pk: int) -> HttpResponse:
    recipient = selectors.access_recipient(request.user, pk)
    submission = getattr(recipient, "submission", None)
    answers: dict[str, str] = dict(submission.draft_answers) if submission else {}
    language = (submission.draft_language if submission else "") or (get_language() or "en")[:2]
    if request.method == "POST":
        answers = {str(q.order): request.POST.get(f"q{q.order}", "").strip() for q in recipient.call.questions.all()}
        language = request.POST.get("language", "en")
        try:
            if "submit" in request.POST:
                files = [(f.name or "document", f.read()) for f in request.FILES.getlist("files")]
                version = services.submission_submit(
                    user=request.user,
                    recipient_id=pk,
                    answers=answers,
                    language=language,
                    files=files,
                    is_public=request.POST.get("is_public") == "on",
                )
                messages.success(request, _("Your submission was received (version %(n)s).") % {"n": version.number})
                return redirect("inputs:submission-detail", version.submission_id)
            services.submission_save_draft(user=request.user, recipient_id=pk, answers=answers, language=language)
            messages.success(request, _("Draft saved."))
            return redirect("inputs:answer", pk)
        except ServiceError as exc:
            messages.error(request, exc.message)
    return render(
        request,
        "inputs/answer.html",
        {
            "recipient": recipient,
            "questions": _questions(recipient, language, answers),
            "language": language,
            "languages": LANGUAGES,
            "submission": submission,
        },
    )


@login_required
@require_GET
def submission_detail(request: HttpRequest, pk: int) -> HttpResponse:
    submission = selectors.access_submission(request.user, pk)
    versions = submission.versions.select_related("answers_document").prefetch_related("documents").order_by("-number")
    return render(request, "inputs/submission_detail.html", {"submission": submission, "versions": versions})
