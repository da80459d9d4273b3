"""``cpcollab call sent CYCLE [--to CODES]`` records that letters went out;
``cpcollab call letters CYCLE --out DIR [--contact-email ADDRESS]``: one letter per recipient of
the cycle's calls (a note verbale to a Member State's mission, a letter to an entity), as DOCX and,
where the language allows, PDF, in the recipient's language of correspondence where a template
exists; all of them also as ``DIR/letters.zip``. Each recipient is marked "letter generated"."""

from __future__ import annotations

import io
import time
import zipfile
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from cpcollab.core.errors import ServiceError
from cpcollab.inputs import services
from cpcollab.inputs.letterspecs import cycle_recipients


class Command(BaseCommand):
    help = "Generate the letters of a reporting cycle's calls for inputs."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        letters = sub.add_parser("letters", help="a letter per recipient (DOCX, PDF) and a ZIP of them all")
        letters.add_argument("code")
        letters.add_argument("--out", required=True)
        letters.add_argument("--contact-email", default="")
        sent = sub.add_parser("sent", help="record that the letters were sent (all recipients, or --to CODES)")
        sent.add_argument("code")
        sent.add_argument("--to", default="", help="comma-separated organisation codes")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        try:
            cycle = services.cycle_by_code(options["code"])
        except ServiceError as exc:
            raise CommandError(exc.message) from None
        recipients = cycle_recipients(cycle)
        if options["action"] == "sent":
            codes = {c.strip() for c in options["to"].split(",") if c.strip()}
            chosen = [r for r in recipients if not codes or r.organisation.code in codes]
            count = services.recipients_mark(user=None, recipients=chosen, step="sent")
            self.stdout.write(f"Marked {count} recipients as sent.")
            return
        data, letters = services.letters_build(user=None, cycle=cycle, contact_email=options["contact_email"])
        out = Path(options["out"])
        out.mkdir(parents=True, exist_ok=True)
        (out / "letters.zip").write_bytes(data)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            archive.extractall(out)
        fell_back = sum(1 for letter in letters if letter.fell_back)
        self.stdout.write(
            f"Wrote {len(letters)} letters to {out} ({fell_back} in English for want of a template)"
            f" in {time.monotonic() - started:.1f} s."
        )
