"""Reading cycles, recipients and submissions through :mod:`cpcollab.accounts.access`.

Cycles and their questionnaires are visible to every signed-in user. A recipient is visible to
its own organisation and to the Secretariat; a submission follows the owner rules (its owner,
the Secretariat's editors, everyone when its submitter made it public).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from cpcollab.accounts.access import access_owned_by_id, owned_for_user
from cpcollab.accounts.roles import Capability, capabilities
from cpcollab.core.errors import NotFoundError
from cpcollab.inputs.models import Recipient, RecipientGroup, RecipientStatus, ReportingCycle, Submission


def cycles_for_user(user: Any) -> QuerySet[ReportingCycle]:
    if not getattr(user, "is_authenticated", False):
        return ReportingCycle.objects.none()
    return ReportingCycle.objects.all()


def access_cycle(user: Any, code: str) -> ReportingCycle:
    try:
        return cycles_for_user(user).get(code=code)
    except ReportingCycle.DoesNotExist:
        raise NotFoundError("Reporting cycle not found.") from None


def recipients_for_user(user: Any) -> QuerySet[Recipient]:
    queryset = Recipient.objects.select_related(
        "call__cycle", "organisation__country", "organisation__actor", "submission"
    )
    if Capability.VIEW_ALL in capabilities(user):
        return queryset
    organisation_id = getattr(user, "organisation_id", None) if getattr(user, "is_authenticated", False) else None
    if organisation_id is None or Capability.VIEW_OWN not in capabilities(user):
        return queryset.none()
    return queryset.filter(organisation_id=organisation_id)


def access_recipient(user: Any, pk: Any) -> Recipient:
    try:
        return recipients_for_user(user).get(pk=pk)
    except (Recipient.DoesNotExist, ValueError, TypeError):
        raise NotFoundError("Recipient not found.") from None


def submissions_for_user(user: Any) -> QuerySet[Submission]:
    return owned_for_user(user, Submission.objects.select_related("owner", "recipient__call__cycle"))


def access_submission(user: Any, pk: Any, *, write: bool = False) -> Submission:
    queryset = Submission.objects.select_related("owner", "recipient__call__cycle")
    return access_owned_by_id(user, queryset, pk, write=write)


def recipient_status(recipient: Recipient) -> str:
    """The furthest step a recipient reached."""
    submission = getattr(recipient, "submission", None)
    if recipient.acknowledged_at:
        return RecipientStatus.ACKNOWLEDGED
    if submission is not None and submission.versions.exists():
        return RecipientStatus.SUBMITTED
    if submission is not None and submission.draft_updated_at:
        return RecipientStatus.DRAFT_STARTED
    if recipient.sent_at:
        return RecipientStatus.SENT
    if recipient.letter_generated_at:
        return RecipientStatus.LETTER_GENERATED
    return RecipientStatus.PENDING


_ANSWERED = {RecipientStatus.SUBMITTED, RecipientStatus.ACKNOWLEDGED}


def group_label(recipient: Recipient) -> str:
    """The group rates are given for: Member States by region, UN actors, civil society."""
    if recipient.group == RecipientGroup.MEMBER_STATE:
        country = recipient.organisation.country
        return f"Member States: {(country.region if country else '') or 'other'}"
    return str(RecipientGroup(recipient.group).label)


def cycle_status(cycle: ReportingCycle, *, today: datetime.date | None = None) -> dict[str, Any]:
    """Every recipient's status, response rates by group, and who is late."""
    today = today or timezone.localdate()
    recipients = (
        Recipient.objects.filter(call__cycle=cycle)
        .select_related("organisation__country", "organisation__actor", "submission")
        .prefetch_related("submission__versions")
        .order_by("group", "organisation__code")
    )
    rows: list[dict[str, Any]] = []
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    overall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for recipient in recipients:
        status = recipient_status(recipient)
        answered = status in _ANSWERED
        late = not answered and cycle.inputs_due is not None and today > cycle.inputs_due
        rows.append(
            {
                "id": recipient.pk,
                "call": recipient.call_id,
                "organisation": recipient.organisation.code,
                "name": recipient.organisation.display_name("en"),
                "group": recipient.group,
                "region": recipient.organisation.country.region if recipient.organisation.country else "",
                "status": status,
                "late": late,
                "submission": recipient.submission.pk if hasattr(recipient, "submission") else None,
            }
        )
        for counts in (groups[group_label(recipient)], overall[recipient.group]):
            counts[0] += 1
            counts[1] += int(answered)

    def rates(table: dict[str, list[int]]) -> dict[str, dict[str, Any]]:
        return {
            name: {"recipients": total, "answered": done, "rate": round(done / total, 4) if total else 0.0}
            for name, (total, done) in sorted(table.items())
        }

    return {
        "cycle": cycle.code,
        "inputs_due": cycle.inputs_due.isoformat() if cycle.inputs_due else None,
        "recipients": rows,
        "response_rates": {"by_group": rates(overall), "by_region": rates(groups)},
        "late": [row["organisation"] for row in rows if row["late"]],
    }
