"""The demonstration call for inputs that ``cpcollab load-demo`` writes."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from cpcollab.accounts.models import User
from cpcollab.inputs.demo import CODE, DEMO_NOTE
from cpcollab.inputs.models import ReportingCycle, SubmissionVersion
from cpcollab.inputs.prefill import prefill
from cpcollab.inputs.selectors import cycle_status

pytestmark = pytest.mark.django_db


def test_the_demo_holds_a_cycle_with_fictitious_answers_marked_as_such(
    settings: Any, tmp_path: Path, jobs_run: Any
) -> None:
    settings.DATA_DIR = tmp_path
    out = io.StringIO()

    jobs_run(call_command, command_name="load_demo", stdout=out)

    cycle = ReportingCycle.objects.get(code=CODE)
    status = cycle_status(cycle)
    assert status["response_rates"]["by_group"]["member_state"] == {"recipients": 193, "answered": 3, "rate": 0.0155}
    assert status["response_rates"]["by_group"]["un_actor"]["recipients"] == 15
    by_code = {row["organisation"]: row["status"] for row in status["recipients"]}
    assert (by_code["KEN"], by_code["MEX"], by_code["EGY"], by_code["FRA"]) == (
        "acknowledged",
        "submitted",
        "submitted",
        "draft_started",
    )
    versions = SubmissionVersion.objects.filter(submission__recipient__call__cycle=cycle)
    assert {v.language for v in versions} == {"en", "es", "ar"}
    for version in versions:
        assert all(answer.endswith(DEMO_NOTE[version.language]) for answer in version.answers.values())
        assert version.answers_document is not None and version.answers_document.statements.exists()
    unicef = cycle.calls.get().recipients.get(organisation__code="UNICEF")
    proposal = prefill(User.objects.get(username="demo.unicef"), unicef, "en")
    assert proposal.source == "records" and len(proposal.records) == 3
    assert "demo-66-139" in out.getvalue()
