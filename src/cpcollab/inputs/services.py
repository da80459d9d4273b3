"""Every change to cycles, calls, recipients and submissions.

Writes check access through :mod:`cpcollab.accounts.access` and record their audit event in the
same transaction. A submitted version never changes; the answers of each version (as a DOCX)
and every uploaded file go through the engine as documents of the submitting organisation, so
what it reports becomes reviewable statements whose evidence is the submission.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from docx import Document as DocxDocument

from cpcollab.accounts.access import require
from cpcollab.accounts.models import Contact, Organisation, OrganisationKind
from cpcollab.accounts.roles import Capability
from cpcollab.audit.services import audit_record, snapshot
from cpcollab.core.errors import NotFoundError, PermissionDeniedError, ValidationFailedError
from cpcollab.documents.models import Document
from cpcollab.documents.services import check_file, document_add_as_system
from cpcollab.inputs import selectors
from cpcollab.inputs.letters import Letter, letters_zip, render_letter
from cpcollab.inputs.letterspecs import cycle_recipients, letter_spec
from cpcollab.inputs.models import (
    Call,
    Channel,
    Question,
    Recipient,
    RecipientGroup,
    ReportingCycle,
    Submission,
    SubmissionVersion,
)
from cpcollab.reference.languages import LANGUAGES
from cpcollab.registry.models import Theme

_GROUPS = {
    OrganisationKind.MEMBER_STATE: RecipientGroup.MEMBER_STATE,
    OrganisationKind.UN_ACTOR: RecipientGroup.UN_ACTOR,
    OrganisationKind.CIVIL_SOCIETY: RecipientGroup.CIVIL_SOCIETY,
}


def _validate_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationFailedError(details={"language": [f"Use one of {', '.join(LANGUAGES)}."]})


# --- Cycles and calls ------------------------------------------------------------------------


def cycle_create(*, user: Any, **fields: Any) -> ReportingCycle:
    """A new reporting cycle (the Secretariat)."""
    if user is not None:
        require(user, Capability.COMPILE)
    unknown = set(fields) - set(ReportingCycle.FIELDS)
    if unknown:
        raise ValidationFailedError(details={name: ["Unknown field."] for name in sorted(unknown)})
    if ReportingCycle.objects.filter(code=fields.get("code", "")).exists():
        raise ValidationFailedError(details={"code": ["A cycle with this code exists."]})
    with transaction.atomic():
        cycle = ReportingCycle(**fields)
        try:
            cycle.full_clean()
        except DjangoValidationError as exc:
            raise ValidationFailedError(details=exc.message_dict) from None
        cycle.save()
        audit_record(user=user, action="cycle.create", obj=cycle, after=snapshot(cycle, ReportingCycle.FIELDS))
    return cycle


def call_create(*, user: Any, cycle: ReportingCycle, title: str, questions: Iterable[dict[str, Any]]) -> Call:
    """A call for inputs with its ordered questions. Each question: ``text`` (a string or a
    ``{language: text}`` mapping), optional ``help_text`` (the same) and ``themes`` (codes)."""
    if user is not None:
        require(user, Capability.COMPILE)
    with transaction.atomic():
        call = Call.objects.create(cycle=cycle, title=title)
        for order, raw in enumerate(questions, start=1):
            text = raw.get("text") or {}
            help_text = raw.get("help_text") or {}
            text = {"en": text} if isinstance(text, str) else dict(text)
            help_text = {"en": help_text} if isinstance(help_text, str) else dict(help_text)
            bad = sorted((set(text) | set(help_text)) - set(LANGUAGES))
            if not text or bad:
                raise ValidationFailedError(
                    details={"questions": [f"Question {order}: text in {', '.join(LANGUAGES)}."]}
                )
            question = Question.objects.create(call=call, order=order, text=text, help_text=help_text)
            codes = list(raw.get("themes") or [])
            themes = list(Theme.objects.filter(code__in=codes))
            if len(themes) != len(set(codes)):
                raise ValidationFailedError(details={"themes": [f"Question {order}: unknown theme code."]})
            question.themes.set(themes)
        audit_record(
            user=user,
            action="call.create",
            obj=call,
            after={"cycle": cycle.code, "title": title, "questions": call.questions.count()},
        )
    return call


def recipients_add(
    *,
    user: Any,
    call: Call,
    all_member_states: bool = False,
    codes: Iterable[str] = (),
) -> int:
    """Add recipients: all Member States, and/or organisations by code (States by ISO3, UN actors
    by actor code, civil society organisations by their code). Returns how many were added."""
    if user is not None:
        require(user, Capability.COMPILE)
    wanted = list(dict.fromkeys(codes))
    organisations = list(Organisation.objects.filter(code__in=wanted, is_active=True))
    missing = sorted(set(wanted) - {o.code for o in organisations})
    if missing:
        raise ValidationFailedError(details={"codes": [f"Unknown organisations: {', '.join(missing)}."]})
    if all_member_states:
        organisations += list(
            Organisation.objects.filter(
                kind=OrganisationKind.MEMBER_STATE, country__status="member_state", is_active=True
            )
        )
    refused = sorted(o.code for o in organisations if o.kind not in _GROUPS)
    if refused:
        raise ValidationFailedError(details={"codes": [f"Not a possible recipient: {', '.join(refused)}."]})
    with transaction.atomic():
        existing = set(call.recipients.values_list("organisation_id", flat=True))
        new = {o.pk: o for o in organisations if o.pk not in existing}
        Recipient.objects.bulk_create(
            Recipient(call=call, organisation=o, group=_GROUPS[OrganisationKind(o.kind)]) for o in new.values()
        )
        audit_record(
            user=user,
            action="call.recipients_add",
            obj=call,
            after={"added": sorted(o.code for o in new.values())},
        )
    return len(new)


def recipients_mark(*, user: Any, recipients: Iterable[Recipient], step: str) -> int:
    """Record that letters were generated (``letter_generated``) or sent (``sent``)."""
    if user is not None:
        require(user, Capability.COMPILE)
    field = {"letter_generated": "letter_generated_at", "sent": "sent_at"}[step]
    ids = [r.pk for r in recipients]
    with transaction.atomic():
        count = Recipient.objects.filter(pk__in=ids).update(**{field: timezone.now()})
        audit_record(user=user, action=f"recipients.{step}", object_type="inputs.recipient", after={"ids": ids})
    return count


def letters_build(*, user: Any, cycle: ReportingCycle, contact_email: str = "") -> tuple[bytes, list[Letter]]:
    """Every recipient's letter of ``cycle`` (DOCX and PDF where the language allows) as one
    ZIP; each recipient is marked "letter generated"."""
    if user is not None:
        require(user, Capability.COMPILE)
    recipients = cycle_recipients(cycle)
    letters = [render_letter(letter_spec(r, contact_email=contact_email)) for r in recipients]
    data = letters_zip(letters)
    recipients_mark(user=user, recipients=recipients, step="letter_generated")
    return data, letters


# --- Submissions -----------------------------------------------------------------------------


def _own_recipient(user: Any, recipient_id: Any) -> Recipient:
    """The recipient, if ``user`` is one of its focal points (others: 404, or 403 to read-only)."""
    recipient = selectors.access_recipient(user, recipient_id)
    if recipient.organisation_id != getattr(user, "organisation_id", None):
        raise PermissionDeniedError("Only the recipient organisation answers its call.")
    require(user, Capability.SUBMIT)
    return recipient


def _submission(recipient: Recipient) -> Submission:
    submission, _ = Submission.objects.select_for_update().get_or_create(
        recipient=recipient, defaults={"owner": recipient.organisation}
    )
    return submission


def _clean_answers(recipient: Recipient, answers: dict[str, Any]) -> dict[str, str]:
    orders = {str(o) for o in recipient.call.questions.values_list("order", flat=True)}
    unknown = sorted(set(map(str, answers)) - orders)
    if unknown:
        raise ValidationFailedError(details={"answers": [f"No question {', '.join(unknown)}."]})
    return {str(k): str(v) for k, v in answers.items() if str(v).strip()}


def submission_save_draft(*, user: Any, recipient_id: Any, answers: dict[str, Any], language: str) -> Submission:
    """Save the recipient's draft answers (replaced each time; not a version)."""
    _validate_language(language)
    with transaction.atomic():
        recipient = _own_recipient(user, recipient_id)
        submission = _submission(recipient)
        submission.draft_answers = _clean_answers(recipient, answers)
        submission.draft_language = language
        submission.draft_updated_at = timezone.now()
        submission.save()
        audit_record(
            user=user,
            action="submission.save_draft",
            obj=submission,
            subject_organisation=submission.owner.code,
            after={"answers": len(submission.draft_answers), "language": language},
        )
    return submission


def submission_submit(
    *,
    user: Any,
    recipient_id: Any,
    answers: dict[str, Any] | None = None,
    language: str | None = None,
    files: Iterable[tuple[str, bytes]] = (),
    is_public: bool | None = None,
) -> SubmissionVersion:
    """Submit a new version: the given answers (or the saved draft) and uploaded files."""
    recipient = _own_recipient(user, recipient_id)
    return _new_version(
        user=user,
        recipient=recipient,
        answers=answers,
        language=language,
        files=list(files),
        is_public=is_public,
        channel=Channel.WEB,
        received_on=timezone.localdate(),
        on_behalf=False,
    )


def submission_register(
    *,
    user: Any,
    recipient_id: Any,
    channel: str,
    received_on: datetime.date,
    answers: dict[str, Any] | None = None,
    language: str = "en",
    files: Iterable[tuple[str, bytes]] = (),
) -> SubmissionVersion:
    """The Secretariat registers a submission received by other means, for a recipient."""
    if user is not None:
        require(user, Capability.COMPILE)
    if channel not in Channel.values:
        raise ValidationFailedError(details={"channel": [f"Use one of {', '.join(Channel.values)}."]})
    recipient = (
        selectors.access_recipient(user, recipient_id) if user is not None else Recipient.objects.get(pk=recipient_id)
    )
    return _new_version(
        user=user,
        recipient=recipient,
        answers=answers or {},
        language=language,
        files=list(files),
        is_public=None,
        channel=channel,
        received_on=received_on,
        on_behalf=True,
    )


def _new_version(
    *,
    user: Any,
    recipient: Recipient,
    answers: dict[str, Any] | None,
    language: str | None,
    files: list[tuple[str, bytes]],
    is_public: bool | None,
    channel: str,
    received_on: datetime.date,
    on_behalf: bool,
) -> SubmissionVersion:
    for name, data in files:
        check_file(name, data)  # refuse before anything is stored
    with transaction.atomic():
        submission = _submission(recipient)
        if answers is None:
            answers, language = submission.draft_answers, language or submission.draft_language
        language = language or "en"
        _validate_language(language)
        cleaned = _clean_answers(recipient, answers)
        if not cleaned and not files:
            raise ValidationFailedError(details={"answers": ["Answer at least one question or attach a file."]})
        if is_public is not None:
            submission.is_public = is_public
        number = submission.versions.count() + 1
        owner = recipient.organisation
        answers_document = None
        if cleaned:
            data = answers_docx(recipient, cleaned, language, number)
            name = f"{recipient.call.cycle.code}-{owner.code}-v{number}-answers.docx"
            answers_document = document_add_as_system(
                owner=owner, filename=name, data=data, is_public=submission.is_public
            ).document
        uploads = [
            document_add_as_system(owner=owner, filename=name, data=data, is_public=submission.is_public).document
            for name, data in files
        ]
        version = SubmissionVersion.objects.create(
            submission=submission,
            number=number,
            answers=cleaned,
            language=language,
            channel=channel,
            received_on=received_on,
            submitted_by=user,
            registered_by_secretariat=on_behalf,
            answers_document=answers_document,
        )
        version.documents.set(uploads)
        submission.draft_answers = {}
        submission.save()
        audit_record(
            user=user,
            action="submission.register" if on_behalf else "submission.submit",
            obj=submission,
            subject_organisation=owner.code,
            after={
                "version": number,
                "language": language,
                "channel": channel,
                "received_on": received_on.isoformat(),
                "documents": [d.pk for d in uploads] + ([answers_document.pk] if answers_document else []),
            },
        )
    return version


def submission_set_public(*, user: Any, submission_id: Any, is_public: bool) -> Submission:
    """The submitting organisation makes its submission (and its documents) public or restricted."""
    with transaction.atomic():
        submission = selectors.access_submission(user, submission_id, write=True)
        before = snapshot(submission, ("is_public",))
        submission.is_public = is_public
        submission.save(update_fields=["is_public", "updated_at"])
        Document.objects.filter(pk__in=submission_document_ids(submission)).update(is_public=is_public)
        audit_record(
            user=user,
            action="submission.update",
            obj=submission,
            subject_organisation=submission.owner.code,
            before=before,
            after={"is_public": is_public},
        )
    return submission


def submission_document_ids(submission: Submission) -> set[int]:
    ids: set[int] = set()
    for version in submission.versions.prefetch_related("documents"):
        ids |= {d.pk for d in version.documents.all()}
        if version.answers_document_id:
            ids.add(version.answers_document_id)
    return ids


def answers_docx(recipient: Recipient, answers: dict[str, str], language: str, number: int) -> bytes:
    """The answers of one version as a DOCX, in the submission's language, for the engine."""
    doc = DocxDocument()
    cycle = recipient.call.cycle
    doc.add_heading(f"{recipient.organisation.display_name(language)} – {cycle.report_title}", level=1)
    doc.add_paragraph(f"{cycle.mandate_symbol} {cycle.mandate_paragraph} · v{number}")
    for question in recipient.call.questions.order_by("order"):
        answer = answers.get(str(question.order))
        if answer:
            doc.add_heading(f"{question.order}. {question.localised(language)}", level=2)
            for paragraph in answer.split("\n\n"):
                if paragraph.strip():
                    doc.add_paragraph(paragraph.strip())
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# --- Tracking: acknowledgements and reminders by e-mail ------------------------------------------


def _addresses(organisation: Organisation) -> list[str]:
    contacts = Contact.objects.filter(owner=organisation).exclude(email="")
    focal = [c.email for c in contacts if c.is_focal_point]
    return focal or [c.email for c in contacts]


def _mail(*, user: Any, recipient: Recipient, action: str, subject: str, body: str) -> int:
    to = _addresses(recipient.organisation)
    sent = send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to) if to else 0
    audit_record(
        user=user,
        action=action,
        obj=recipient,
        subject_organisation=recipient.organisation.code,
        after={"to": to, "subject": subject, "sent": sent},
    )
    return sent


def recipient_acknowledge(*, user: Any, recipient_id: Any) -> Recipient:
    """Acknowledge a submission received: stamp the recipient and e-mail its focal points."""
    if user is not None:
        require(user, Capability.COMPILE)
    with transaction.atomic():
        recipient = (
            selectors.access_recipient(user, recipient_id)
            if user is not None
            else Recipient.objects.get(pk=recipient_id)
        )
        if not Submission.objects.filter(recipient=recipient, versions__isnull=False).exists():
            raise ValidationFailedError(
                "Nothing was submitted yet.", details={"recipient": ["Nothing was submitted yet."]}
            )
        recipient.acknowledged_at = timezone.now()
        recipient.save(update_fields=["acknowledged_at"])
        cycle = recipient.call.cycle
        _mail(
            user=user,
            recipient=recipient,
            action="recipient.acknowledge",
            subject=f"{cycle.mandate_symbol}: input received",
            body=f"Thank you: your input to the report '{cycle.report_title}' was received.",
        )
    return recipient


def reminders_send(*, user: Any, cycle: ReportingCycle) -> list[str]:
    """E-mail every late recipient of ``cycle`` a reminder. Returns their codes."""
    if user is not None:
        require(user, Capability.COMPILE)
    late = set(selectors.cycle_status(cycle)["late"])
    reminded: list[str] = []
    with transaction.atomic():
        for recipient in Recipient.objects.filter(call__cycle=cycle, organisation__code__in=late):
            recipient.reminded_at = timezone.now()
            recipient.save(update_fields=["reminded_at"])
            due = cycle.inputs_due.isoformat() if cycle.inputs_due else ""
            _mail(
                user=user,
                recipient=recipient,
                action="recipient.remind",
                subject=f"{cycle.mandate_symbol}: reminder, inputs were due {due}",
                body=f"Inputs to the report '{cycle.report_title}' were due on {due}.",
            )
            reminded.append(recipient.organisation.code)
    return reminded


def cycle_by_code(code: str) -> ReportingCycle:
    try:
        return ReportingCycle.objects.get(code=code)
    except ReportingCycle.DoesNotExist:
        raise NotFoundError(f"No reporting cycle {code!r}.") from None
