"""Pages of calls for inputs: the cycles, a cycle's dashboard, the answer form, a submission.
Thin: reads through selectors, writes through services."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cpcollab.accounts.access import check_can_write, require
from cpcollab.accounts.roles import Capability, capabilities
from cpcollab.core.errors import ServiceError, ValidationFailedError
from cpcollab.inputs import selectors, services
from cpcollab.inputs.letters import letter_docx, letter_stem, render_letter
from cpcollab.inputs.letterspecs import cycle_recipients, letter_spec
from cpcollab.inputs.models import Channel, Recipient, RecipientGroup, RecipientStatus, ReportingCycle
from cpcollab.inputs.prefill import prefill
from cpcollab.reference.languages import LANGUAGE_NAMES, data_language


@login_required
@require_GET
def cycle_list(request: HttpRequest) -> HttpResponse:
    return render(request, "inputs/cycle_list.html", {"cycles": selectors.cycles_for_user(request.user)})


@login_required
@require_GET
def cycle_detail(request: HttpRequest, code: str) -> HttpResponse:
    cycle = selectors.access_cycle(request.user, code)
    dashboard = selectors.cycle_status(cycle) if Capability.VIEW_ALL in capabilities(request.user) else None
    if dashboard is not None:
        for row in dashboard["recipients"]:
            row["status_label"] = RecipientStatus(row["status"]).label
            row["group_label"] = RecipientGroup(row["group"]).label
        for name, rate in dashboard["response_rates"]["by_group"].items():
            rate["label"] = RecipientGroup(name).label
        dashboard["regions"] = [
            (_("Member States: %(region)s") % {"region": REGION_NAMES.get(name.split(": ", 1)[1], name)}, rate)
            for name, rate in dashboard["response_rates"]["by_region"].items()
            if name.startswith("Member States: ")
        ]
    own = selectors.recipients_for_user(request.user).filter(
        call__cycle=cycle, organisation_id=getattr(request.user, "organisation_id", None) or 0
    )
    return render(
        request,
        "inputs/cycle_detail.html",
        {
            "cycle": cycle,
            "dashboard": dashboard,
            "can_compile": Capability.COMPILE in capabilities(request.user),
            "own": [(r, RecipientStatus(selectors.recipient_status(r)).label) for r in own],
        },
    )


#: The M49 regions the response rates of Member States are given by, in the page's language.
REGION_NAMES = {
    "Africa": gettext_lazy("Africa"),
    "Americas": gettext_lazy("Americas"),
    "Asia": gettext_lazy("Asia"),
    "Europe": gettext_lazy("Europe"),
    "Oceania": gettext_lazy("Oceania"),
    "other": gettext_lazy("other"),
}


def _questions(recipient: Recipient, lang: str, answers: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "order": q.order,
            "text": q.localised(lang),
            "help": q.localised(lang, "help_text"),
            "answer": answers.get(str(q.order), ""),
            # Room for what is there (a proposal may run long), within reason.
            "rows": min(24, max(6, len(answers.get(str(q.order), "")) // 70 + 2)),
        }
        for q in recipient.call.questions.order_by("order")
    ]


@login_required
@require_http_methods(["GET", "POST"])
def recipient_answer(request: HttpRequest, pk: int) -> HttpResponse:
    recipient = selectors.access_recipient(request.user, pk)
    submission = getattr(recipient, "submission", None)
    proposal = prefill(request.user, recipient, data_language(get_language()))
    answers, language = proposal.answers, proposal.language
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
            "languages": LANGUAGE_NAMES.items(),
            "submission": submission,
            "proposal": proposal,
        },
    )


def _secretariat_action(request: HttpRequest, code: str, run: Callable[[], str]) -> HttpResponse:
    """Run one Secretariat action of a cycle's dashboard; report its outcome on the dashboard."""
    try:
        messages.success(request, run())
    except ServiceError as exc:
        messages.error(request, exc.message)
    return redirect("inputs:cycle-detail", code)


@login_required
@require_POST
def cycle_letters(request: HttpRequest, code: str) -> HttpResponse:
    """Every recipient's letter as one ZIP (each recipient is marked "letter generated")."""
    cycle = selectors.access_cycle(request.user, code)
    try:
        data, _letters = services.letters_build(user=request.user, cycle=cycle)
    except ServiceError as exc:
        messages.error(request, exc.message)
        return redirect("inputs:cycle-detail", code)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{cycle.code}-letters.zip"'
    return response


@login_required
@require_GET
def recipient_letter(request: HttpRequest, pk: int) -> HttpResponse:
    """One recipient's letter as DOCX, in its language of correspondence (the Secretariat)."""
    require(request.user, Capability.VIEW_ALL)
    recipient = selectors.access_recipient(request.user, pk)
    letter = render_letter(letter_spec(recipient))
    response = HttpResponse(
        letter_docx(letter), content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    response["Content-Disposition"] = f'attachment; filename="{letter_stem(letter)}.docx"'
    return response


def _mark_sent(user: Any, cycle: ReportingCycle) -> str:
    count = services.recipients_mark(user=user, recipients=cycle_recipients(cycle), step="sent")
    return _("%(n)s recipients marked as sent.") % {"n": count}


def _remind(user: Any, cycle: ReportingCycle) -> str:
    reminded = services.reminders_send(user=user, cycle=cycle)
    return _("Reminders sent to %(n)s late recipients.") % {"n": len(reminded)}


#: The cycle-wide actions of the dashboard: each runs a service and says what it did.
CYCLE_ACTIONS: dict[str, Callable[[Any, ReportingCycle], str]] = {"sent": _mark_sent, "remind": _remind}


@login_required
@require_POST
def cycle_action(request: HttpRequest, code: str, action: str) -> HttpResponse:
    cycle = selectors.access_cycle(request.user, code)
    return _secretariat_action(request, code, lambda: CYCLE_ACTIONS[action](request.user, cycle))


@login_required
@require_POST
def recipient_acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    recipient = selectors.access_recipient(request.user, pk)

    def run() -> str:
        services.recipient_acknowledge(user=request.user, recipient_id=pk)
        return _("Receipt acknowledged to %(name)s.") % {"name": recipient.organisation.display_name(get_language())}

    return _secretariat_action(request, recipient.call.cycle.code, run)


@login_required
@require_http_methods(["GET", "POST"])
def cycle_register(request: HttpRequest, code: str) -> HttpResponse:
    """The Secretariat registers a submission received by e-mail, post or by hand."""
    require(request.user, Capability.COMPILE)
    cycle = selectors.access_cycle(request.user, code)
    recipients = cycle_recipients(cycle)
    form = {"recipient": "", "channel": "email", "received_on": "", "language": "en", "text": ""}
    if request.method == "POST":
        form = {name: request.POST.get(name, "").strip() for name in form}
        try:
            received = datetime.date.fromisoformat(form["received_on"])
        except ValueError:
            messages.error(request, _("Give the date received as YYYY-MM-DD."))
        else:
            try:
                recipient = next((r for r in recipients if str(r.pk) == form["recipient"]), None)
                if recipient is None:
                    raise ValidationFailedError(_("Choose the recipient that sent it."))
                first = recipient.call.questions.order_by("order").first()
                answers = {str(first.order): form["text"]} if first is not None and form["text"] else {}
                files = [(f.name or "document", f.read()) for f in request.FILES.getlist("files")]
                version = services.submission_register(
                    user=request.user,
                    recipient_id=recipient.pk,
                    channel=form["channel"],
                    received_on=received,
                    answers=answers,
                    language=form["language"],
                    files=files,
                )
                messages.success(
                    request,
                    _("Submission registered for %(code)s (version %(n)s).")
                    % {"code": recipient.organisation.code, "n": version.number},
                )
                return redirect("inputs:cycle-detail", code)
            except ServiceError as exc:
                messages.error(request, exc.message)
    return render(
        request,
        "inputs/register.html",
        {
            "cycle": cycle,
            "recipients": recipients,
            "form": form,
            "channels": [c for c in Channel.choices if c[0] != Channel.WEB],
            "languages": LANGUAGE_NAMES.items(),
        },
    )


@login_required
@require_GET
def submission_detail(request: HttpRequest, pk: int) -> HttpResponse:
    submission = selectors.access_submission(request.user, pk)
    versions = submission.versions.select_related("answers_document").prefetch_related("documents").order_by("-number")
    lang = data_language(get_language())
    questions = {str(q.order): q.localised(lang) for q in submission.recipient.call.questions.all()}
    answered = [
        (version, [(order, questions.get(order, ""), text) for order, text in version.answers.items()])
        for version in versions
    ]
    try:
        check_can_write(request.user, submission)
        may_change = True
    except ServiceError:
        may_change = False
    return render(
        request,
        "inputs/submission_detail.html",
        {"submission": submission, "versions": answered, "may_change": may_change},
    )


@login_required
@require_POST
def submission_visibility(request: HttpRequest, pk: int) -> HttpResponse:
    """The submitting organisation makes its submission public or restricted."""
    try:
        submission = services.submission_set_public(
            user=request.user, submission_id=pk, is_public=request.POST.get("is_public") == "1"
        )
        messages.success(
            request,
            _("The submission is now public.") if submission.is_public else _("The submission is now restricted."),
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
    return redirect("inputs:submission-detail", pk)
