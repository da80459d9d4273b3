"""Never ask twice: what the system already knows, proposed as the answers to a questionnaire.

For a recipient that has nothing in progress, the form starts from

* its latest submitted version, when there is one (a correction starts from what was sent), or
* the accepted collaboration records of its own reports for the cycle's period: records the
  organisation owns whose evidence is a statement accepted (or corrected) in one of its own
  documents, or one of its own documents.

Each record becomes one paragraph under the question it answers (a question tied to themes
takes the records of those themes; the others go to the first question without themes), with
its parties, places, years and the citation of its evidence, so the focal point only confirms,
corrects or completes. Nothing is written here: the answers are a proposal until saved.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet

from cpcollab.collaboration.models import OTHER_PARTY_NAME, Record
from cpcollab.collaboration.selectors import records_for_user
from cpcollab.documents.models import ReviewStatus
from cpcollab.inputs.models import Question, Recipient, ReportingCycle

#: Where proposed answers came from.
FROM_DRAFT, FROM_VERSION, FROM_RECORDS, FROM_NOTHING = "draft", "previous_version", "records", "none"

#: The most records proposed in one form (the most recent first); more would not be read.
MAX_RECORDS = 60


@dataclass(frozen=True)
class ProposedRecord:
    id: int
    title: str
    citation: str
    question: int


@dataclass
class Prefill:
    source: str
    language: str
    answers: dict[str, str] = field(default_factory=dict)
    records: list[ProposedRecord] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "language": self.language,
            "answers": self.answers,
            "records": [
                {"id": r.id, "title": r.title, "citation": r.citation, "question": r.question} for r in self.records
            ],
        }


def _document_in_period(path: str, start: datetime.date | None, end: datetime.date | None) -> Q:
    """The document at ``path`` is dated within the period (by its own date, or, where it has
    none, by when it was added)."""
    dated, added = Q(**{f"{path}__date__isnull": False}), Q(**{f"{path}__date__isnull": True})
    if start is not None:
        dated &= Q(**{f"{path}__date__gte": start})
        added &= Q(**{f"{path}__created_at__date__gte": start})
    if end is not None:
        dated &= Q(**{f"{path}__date__lte": end})
        added &= Q(**{f"{path}__created_at__date__lte": end})
    return dated | added


def _in_period(cycle: ReportingCycle) -> Q:
    """Records that overlap the cycle's period: by their years where they have any, else by the
    date of a document they cite. No period: every record."""
    start, end = cycle.period_start, cycle.period_end
    if start is None and end is None:
        return Q()
    first = (start or datetime.date.min).year
    last = (end or datetime.date.max).year
    dated = (Q(start_year__isnull=False) | Q(end_year__isnull=False)) & (
        (Q(start_year__lte=last) | Q(start_year__isnull=True)) & (Q(end_year__gte=first) | Q(end_year__isnull=True))
    )
    cited = _document_in_period("evidence__statement__document", start, end) | _document_in_period(
        "evidence__document", start, end
    )
    return dated | (Q(start_year__isnull=True, end_year__isnull=True) & cited)


def accepted_records(user: Any, recipient: Recipient) -> QuerySet[Record]:
    """The records of the recipient's own reports for the cycle's period that ``user`` may see, oldest first."""
    owner = recipient.organisation_id
    own_evidence = Q(
        evidence__statement__document__owner_id=owner,
        evidence__statement__review_status__in=[ReviewStatus.ACCEPTED, ReviewStatus.CORRECTED],
    ) | Q(evidence__document__owner_id=owner)
    ids = (
        Record.objects.filter(owner_id=owner).filter(own_evidence).filter(_in_period(recipient.call.cycle)).values("pk")
    )
    return records_for_user(user).filter(pk__in=ids).prefetch_related("evidence").order_by("pk")


#: The number of a UN paragraph the description was copied with ("12. ", "(a) ").
_PARAGRAPH_NUMBER = re.compile(r"^(?:\d{1,3}\.|\([a-z]\))\s+")


def _years(record: Record) -> str:
    start, end = record.start_year, record.end_year
    if start and end and start != end:
        return f"{start}–{end}"
    return str(start or end or "")


def _citation(record: Record) -> str:
    return "; ".join(dict.fromkeys(e.citation for e in record.evidence.all() if e.citation))


def record_paragraph(record: Record, language: str) -> str:
    """One record as a paragraph a person can confirm: what, with whom, where, when, the source."""
    text = _PARAGRAPH_NUMBER.sub("", (record.description or record.title).strip())
    parties = [p.label(language) for p in record.parties.all() if p.name != OTHER_PARTY_NAME]
    places = [c.name(language) for c in record.countries.all() if c.name(language) not in parties]
    facts = [", ".join(parties), ", ".join(places)]
    facts.append(_years(record))
    details = "; ".join(f for f in facts if f)
    citation = _citation(record)
    paragraph = f"{text} ({details})" if details else text
    return f"{paragraph} [{citation}]" if citation else paragraph


def _question_for(record: Record, questions: list[Question], themed: dict[int, set[int]]) -> Question:
    record_themes = {t.pk for t in record.themes.all()}
    for question in questions:
        if themed[question.pk] & record_themes:
            return question
    general = [q for q in questions if not themed[q.pk]]
    return (general or questions)[0]


def from_records(records: Iterable[Record], questions: list[Question], language: str) -> Prefill:
    themed = {q.pk: {t.pk for t in q.themes.all()} for q in questions}
    answers: dict[str, list[str]] = {}
    proposed: list[ProposedRecord] = []
    for record in records:
        question = _question_for(record, questions, themed)
        answers.setdefault(str(question.order), []).append(record_paragraph(record, language))
        proposed.append(ProposedRecord(record.pk, record.title, _citation(record), question.order))
    return Prefill(
        source=FROM_RECORDS if proposed else FROM_NOTHING,
        language=language,
        answers={order: "\n\n".join(paragraphs) for order, paragraphs in answers.items()},
        records=proposed,
    )


def prefill(user: Any, recipient: Recipient, language: str) -> Prefill:
    """The answers the form starts from for ``recipient``, and where they came from."""
    submission = getattr(recipient, "submission", None)
    if submission is not None and submission.draft_answers:
        return Prefill(FROM_DRAFT, submission.draft_language or language, dict(submission.draft_answers))
    if submission is not None:
        latest = submission.versions.order_by("-number").first()
        if latest is not None and latest.answers:
            return Prefill(FROM_VERSION, latest.language, dict(latest.answers))
    questions = list(recipient.call.questions.prefetch_related("themes").order_by("order"))
    if not questions:
        return Prefill(FROM_NOTHING, language)
    records = accepted_records(user, recipient)[:MAX_RECORDS]
    return from_records(records, questions, language)
