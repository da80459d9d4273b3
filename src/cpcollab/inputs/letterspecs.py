"""From a cycle's recipients to the plain specifications of :mod:`cpcollab.inputs.letters`."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone

from cpcollab.core.errors import ValidationFailedError
from cpcollab.inputs.letters import LetterSpec, RecipientKind
from cpcollab.inputs.letters import Recipient as LetterRecipient
from cpcollab.inputs.models import Recipient, RecipientGroup, ReportingCycle

_KINDS = {
    RecipientGroup.MEMBER_STATE: RecipientKind.MEMBER_STATE,
    RecipientGroup.UN_ACTOR: RecipientKind.UN_ENTITY,
    RecipientGroup.CIVIL_SOCIETY: RecipientKind.CIVIL_SOCIETY,
}


def cycle_recipients(cycle: ReportingCycle) -> list[Recipient]:
    return list(
        Recipient.objects.filter(call__cycle=cycle)
        .select_related("call", "organisation__country", "organisation__actor")
        .prefetch_related("call__questions")
        .order_by("group", "organisation__code")
    )


def letter_spec(recipient: Recipient, *, contact_email: str = "", date: datetime.date | None = None) -> LetterSpec:
    """Everything the letter to ``recipient`` needs, in its language of correspondence."""
    cycle = recipient.call.cycle
    if not (cycle.agenda_item_number and cycle.agenda_item_title):
        message = "The letters name the agenda item: give the cycle's agenda item number and title first."
        raise ValidationFailedError(message, details={"agenda_item_number": [message]})
    organisation = recipient.organisation
    language = organisation.correspondence_language or "en"
    questions = sorted(recipient.call.questions.all(), key=lambda q: q.order)
    languages = {lang for q in questions for lang in q.text}
    return LetterSpec(
        recipient=LetterRecipient(
            name=organisation.display_name(language),
            kind=_KINDS[RecipientGroup(recipient.group)],
            language=language,
            code=organisation.code,
        ),
        resolution_symbol=cycle.mandate_symbol,
        paragraph=cycle.mandate_paragraph,
        session=cycle.session,
        agenda_number=cycle.agenda_item_number,
        agenda_title=cycle.agenda_item_title,
        report_title=cycle.report_title,
        due_date=cycle.inputs_due or timezone.localdate() + datetime.timedelta(days=60),
        reference=f"{cycle.code.upper()}/{recipient.call_id}",
        contact_email=contact_email or settings.DEFAULT_FROM_EMAIL,
        questions={lang: [q.localised(lang) for q in questions] for lang in languages},
        date=date,
    )
