"""``cpcollab cycle create|status|remind``: reporting cycles for scripts.

``cpcollab cycle create CODE --symbol A/RES/66/139 --paragraph 4 --session 81 --title "..."
[--questions FILE.json] [--member-states] [--recipients UNICEF,OHCHR,...]`` creates a cycle, and a
call for inputs when questions are given (a JSON list of ``{"text": {...}, "help_text": {...},
"themes": [...]}``). ``cpcollab cycle status CODE [--json]`` prints every recipient's status
and the response rates by group. ``cpcollab cycle remind CODE`` e-mails the late recipients.
"""

from __future__ import annotations

import datetime
import json
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from cpcollab.core.errors import ServiceError
from cpcollab.inputs import selectors, services


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


class Command(BaseCommand):
    help = "Create reporting cycles, see their response status, send reminders."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="create a reporting cycle (and its call for inputs)")
        create.add_argument("code")
        create.add_argument("--symbol", required=True, help="mandate, e.g. A/RES/66/139")
        create.add_argument("--paragraph", default="")
        create.add_argument("--session", type=int, required=True)
        create.add_argument("--agenda-number", default="")
        create.add_argument("--agenda-title", default="")
        create.add_argument("--title", required=True, help="report title")
        create.add_argument("--word-limit", type=int, default=8500)
        create.add_argument("--inputs-due")
        create.add_argument("--submission-due")
        create.add_argument("--period-start", help="first day of the period the report covers (YYYY-MM-DD)")
        create.add_argument("--period-end", help="last day of the period the report covers (YYYY-MM-DD)")
        create.add_argument("--questions", help="JSON file: the questionnaire")
        create.add_argument("--call-title", default="Call for inputs")
        create.add_argument("--member-states", action="store_true", help="send to all Member States")
        create.add_argument("--recipients", default="", help="comma-separated organisation codes")
        status = sub.add_parser("status", help="recipients, statuses and response rates")
        status.add_argument("code")
        status.add_argument("--json", action="store_true")
        remind = sub.add_parser("remind", help="e-mail the late recipients")
        remind.add_argument("code")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            getattr(self, f"_{options['action']}")(options)
        except ServiceError as exc:
            raise CommandError(f"{exc.message} {exc.details or ''}".strip()) from None
        except ValueError as exc:
            raise CommandError(str(exc)) from None

    def _create(self, options: dict[str, Any]) -> None:
        cycle = services.cycle_create(
            user=None,
            code=options["code"],
            mandate_symbol=options["symbol"],
            mandate_paragraph=options["paragraph"],
            session=options["session"],
            agenda_item_number=options["agenda_number"],
            agenda_item_title=options["agenda_title"],
            report_title=options["title"],
            word_limit=options["word_limit"],
            inputs_due=_date(options["inputs_due"]),
            submission_due=_date(options["submission_due"]),
            period_start=_date(options["period_start"]),
            period_end=_date(options["period_end"]),
        )
        codes = [c.strip() for c in options["recipients"].split(",") if c.strip()]
        if options["questions"] or codes or options["member_states"]:
            questions = json.loads(Path(options["questions"]).read_text()) if options["questions"] else []
            call = services.call_create(user=None, cycle=cycle, title=options["call_title"], questions=questions)
            added = services.recipients_add(
                user=None, call=call, all_member_states=options["member_states"], codes=codes
            )
            self.stdout.write(
                f"Created cycle {cycle.code} with a call of {len(questions)} questions to {added} recipients."
            )
        else:
            self.stdout.write(f"Created cycle {cycle.code}.")

    def _status(self, options: dict[str, Any]) -> None:
        report = selectors.cycle_status(services.cycle_by_code(options["code"]))
        if options["json"]:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
            return
        for row in report["recipients"]:
            late = " LATE" if row["late"] else ""
            self.stdout.write(f"{row['organisation']:<12} {row['group']:<14} {row['status']}{late}")
        self.stdout.write("")
        for table in ("by_group", "by_region"):
            for name, rate in report["response_rates"][table].items():
                self.stdout.write(f"{name:<40} {rate['answered']:>4}/{rate['recipients']:<4} {rate['rate']:.0%}")

    def _remind(self, options: dict[str, Any]) -> None:
        reminded = services.reminders_send(user=None, cycle=services.cycle_by_code(options["code"]))
        self.stdout.write(f"Reminded {len(reminded)} recipients: {', '.join(reminded)}")
