"""Where reports go and who is invited to visit is no partner: in "seek technical assistance from
OHCHR to submit its reports to the treaty bodies", the treaty bodies receive the reports; OHCHR
is the party. A body worked with stays one. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


@pytest.mark.parametrize(
    "text",
    [
        "Seek technical assistance from OHCHR to submit its overdue reports to the treaty bodies (Kenya);",
        "Request the support of OHCHR in preparing the reports which must be submitted to the Committee on the "
        "Rights of the Child (Chile);",
        "Norway welcomed the cooperation with OHCHR and the submission of reports to the treaty bodies.",
        "Strengthen cooperation with OHCHR and extend a standing invitation to the special procedures (Peru);",
    ],
)
def test_a_body_that_receives_reports_or_visits_takes_no_part(text: str) -> None:
    analysis = analyze_sentence(text, "en")

    assert analysis.collaboration in {"reported", "called_for"}
    assert analysis.participants == ["OHCHR"]


def test_a_treaty_body_worked_with_is_a_party() -> None:
    analysis = analyze_sentence(
        "Strengthen its cooperation with OHCHR and with the Committee on the Rights of the Child (Ghana);", "en"
    )

    assert set(analysis.participants) == {"OHCHR", "CRC"}
