"""Benchmark of the calls-for-inputs letters → bench/results/letters.json (``make bench``).

Renders the letters of a cycle for A/RES/66/139 to all 193 Member States (names from the reference
data, languages of correspondence taken in turn from the six) and 15 UN actors, then writes every one
as DOCX and (where the language has PDFs) PDF into one ZIP, on one core. Goal: well under a minute.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

GOAL_SECONDS = 60


def specs() -> list[object]:
    from cpcollab.inputs.letters import LANGUAGES, LetterSpec, Recipient, RecipientKind
    from cpcollab.reference.loader import actors, countries

    recipients = []
    states = [country for country in countries() if country.status == "member_state"]
    for index, country in enumerate(states):
        language = LANGUAGES[index % len(LANGUAGES)]
        name = country.names[language].short if language in country.names else country.names["en"].short
        recipients.append(Recipient(name, RecipientKind.MEMBER_STATE, language, code=country.iso3))
    for actor in actors()[:15]:
        recipients.append(Recipient(actor.names["en"].full, RecipientKind.UN_ENTITY, code=actor.code))
    questions = {"en": [f"Question {number}: which joint activities took place?" for number in range(1, 9)]}
    return [
        LetterSpec(
            recipient=recipient,
            resolution_symbol="A/RES/66/139",
            paragraph="4",
            session=82,
            agenda_number="66 (a)",
            agenda_title="Promotion and protection of the rights of children",
            report_title="Collaboration on child protection within the United Nations system",
            due_date=dt.date(2027, 3, 1),
            reference=f"CP/2027/{index:03d}",
            contact_email="childprotection@un.org",
            questions=questions,
        )
        for index, recipient in enumerate(recipients, start=1)
    ]


def main() -> None:
    from cpcollab.inputs.letters import letters_zip, render_letter

    started = time.perf_counter()
    all_specs = specs()
    letters = [render_letter(spec) for spec in all_specs]  # type: ignore[arg-type]
    rendered = time.perf_counter()
    data = letters_zip(letters)
    finished = time.perf_counter()
    result = {
        "machine": {"python": platform.python_version(), "processor": platform.machine(), "cores_used": 1},
        "goal_seconds_below": GOAL_SECONDS,
        "letters": len(letters),
        "render_seconds": round(rendered - started, 3),
        "docx_pdf_zip_seconds": round(finished - rendered, 3),
        "total_seconds": round(finished - started, 3),
        "zip_mb": round(len(data) / 1e6, 2),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    result["meets_goal"] = result["total_seconds"] < GOAL_SECONDS
    out = ROOT / "bench" / "results" / "letters.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
