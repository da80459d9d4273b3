"""``cpcollab load-demo``: demonstration logins (one per role) and demonstration data.

The data include fictitious reports in several languages (:mod:`cpcollab.documents.demo`),
written into the data folder and ingested as public documents; running it again adds nothing.

Everything it writes is fictitious and marked as demo data. Passwords are derived from the
installation's secret key, so they are the same every run on one machine and differ between
machines; they are printed at the end. Never run this on a production database.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cpcollab.accounts.models import Contact, Organisation, User
from cpcollab.accounts.roles import Role
from cpcollab.accounts.services import SECRETARIAT_CODE, contact_create, user_create
from cpcollab.documents.demo.load import demo_documents_load
from cpcollab.inputs import demo as inputs_demo
from cpcollab.inputs.models import ReportingCycle
from cpcollab.inputs.selectors import cycle_status

#: (username, organisation code, role, what the login is for)
DEMO_LOGINS = (
    ("demo.admin", SECRETARIAT_CODE, Role.ADMINISTRATOR, "Secretariat administrator (Django admin, audit trail)"),
    ("demo.editor", SECRETARIAT_CODE, Role.SECRETARIAT_EDITOR, "Secretariat drafting team"),
    ("demo.unicef", "UNICEF", Role.FOCAL_POINT, "UNICEF focal point"),
    ("demo.reviewer", "OHCHR", Role.REVIEWER, "OHCHR reviewer"),
    (
        "demo.contributor",
        "SRSG-VAC",
        Role.CONTRIBUTOR,
        "contributor in the Office of the SRSG on Violence against Children",
    ),
    ("demo.france", "FRA", Role.FOCAL_POINT, "focal point of France's Permanent Mission"),
    ("demo.viewer", "UNHCR", Role.VIEWER, "UNHCR viewer"),
)


def demo_password(username: str) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"demo:{username}".encode(), hashlib.sha256).hexdigest()
    return f"demo-{digest[:12]}"


class Command(BaseCommand):
    help = "Create the demonstration logins (one per role) and demo data; print the logins."

    def handle(self, *args: Any, **options: Any) -> None:
        if not Organisation.objects.filter(code=SECRETARIAT_CODE).exists():
            raise CommandError("Load the reference data first: cpcollab load-reference")
        rows = []
        with transaction.atomic():
            for username, code, role, purpose in DEMO_LOGINS:
                password = demo_password(username)
                user = User.objects.filter(username=username).first()
                if user is None:
                    user = user_create(
                        by=None,
                        organisation=Organisation.objects.get(code=code),
                        username=username,
                        role=role,
                        email=f"{username}@example.org",
                        password=password,
                        first_name="Demo",
                        last_name=purpose.split(" (")[0],
                    )
                rows.append((username, password, code, role, purpose))
            focal = User.objects.get(username="demo.france")
            if not Contact.objects.filter(owner=focal.organisation, is_focal_point=True).exists():
                contact_create(
                    user=focal,
                    name="Demo focal point (fictitious)",
                    function="Counsellor, Permanent Mission (demo data)",
                    email="mission.demo@example.org",
                    language="fr",
                    is_focal_point=True,
                )
        self.stdout.write("Demonstration logins (fictitious; for this machine only):")
        for username, password, code, role, purpose in rows:
            self.stdout.write(f"  {username:<18} {password:<18} {code:<12} {role:<20} {purpose}")
        self._documents()
        self._cycle()

    def _documents(self) -> None:
        """The fictitious demonstration reports, written into the data folder and ingested (public)."""
        loaded = demo_documents_load(folder=settings.DATA_DIR / "demo-reports")
        self.stdout.write("Demonstration reports (fictitious; public):")
        for item in loaded:
            document = item.upload.document
            document.refresh_from_db()
            state = "added" if item.upload.created else "already there"
            self.stdout.write(
                f"  {item.report.symbol:<20} {item.report.language}  {item.report.owner:<12} "
                f"{document.statement_count:>3} statements  {state}"
            )

    def _cycle(self) -> None:
        """The demonstration call for inputs, with a few fictitious answers."""
        created = inputs_demo.demo_cycle_load()
        cycle = created or ReportingCycle.objects.get(code=inputs_demo.CODE)
        rates = cycle_status(cycle)["response_rates"]["by_group"]
        answered = ", ".join(f"{group} {rate['answered']}/{rate['recipients']}" for group, rate in rates.items())
        state = "added" if created else "already there"
        self.stdout.write(f"Demonstration call for inputs (fictitious): {cycle.code}: {answered}  {state}")
