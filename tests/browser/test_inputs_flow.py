"""In a real browser: France's focal point answers a call for inputs in French, saves a draft and
submits it; the Secretariat acknowledges the submission from the cycle's dashboard and reminds the
late recipients. Screenshots of each step go to test-output/browser/ (see conftest.py for the
browser and the database set-up)."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.core import mail

from cpcollab.accounts.roles import Role
from cpcollab.audit.models import AuditEvent
from cpcollab.documents.models import ReviewStatus, Statement
from cpcollab.inputs.models import Recipient, SubmissionVersion
from cpcollab.inputs.services import call_create, cycle_create, recipients_add
from tests.browser.conftest import SCREENSHOTS
from tests.factories import ContactFactory, OrganisationFactory, UserFactory
from tests.inputs.conftest import QUESTIONS

pytestmark = pytest.mark.browser

PASSWORD = "a-long-browser-password"
CODE = "vac-81"
FRANCE_CONTACT = "fp@france.example"
ANSWER = "En 2025, le Gouvernement a collaboré avec l'UNICEF pour former 300 travailleurs sociaux."
#: What the focal point types first, then replaces before submitting.
DRAFT = "Brouillon : le Gouvernement a collaboré avec l'UNICEF."


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"inputs-{name}.png"), full_page=True)


def _sign_in(page: Any, expect: Any, *, lang: str, username: str, next_url: str, labels: tuple[str, str, str]) -> None:
    """Through the sign-in page, whose labels are in the page's language (django-axes checks it)."""
    user_label, password_label, button = labels
    page.goto(f"/{lang}/accounts/login/?next={next_url}")
    page.get_by_label(user_label).fill(username)
    page.get_by_label(password_label).fill(PASSWORD)
    page.get_by_role("button", name=button).click()
    expect(page).to_have_url(re.compile(rf"{re.escape(next_url)}$"))


def _given_a_call_due_in_the_past() -> Recipient:
    """A cycle for A/RES/66/139 para. 4 whose call went to France, Kenya and UNICEF; France's recipient."""
    cycle = cycle_create(
        user=None,
        code=CODE,
        mandate_symbol="A/RES/66/139",
        mandate_paragraph="4",
        session=81,
        agenda_item_number="66",
        agenda_item_title="Promotion and protection of the rights of children",
        report_title="Protecting children from violence",
        inputs_due=datetime.date.today() - datetime.timedelta(days=30),
    )
    call = call_create(user=None, cycle=cycle, title="Call for inputs", questions=QUESTIONS)
    recipients_add(user=None, call=call, codes=["FRA", "KEN", "UNICEF"])
    return call.recipients.get(organisation__code="FRA")


def test_a_french_answer_is_submitted_then_acknowledged_by_the_secretariat(open_page: Any) -> None:
    """The database is used only before the browser starts and after it stops (see open_page)."""
    expect = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed").expect

    # given a call sent to France, Kenya and UNICEF whose inputs were due a month ago, France's focal
    # point (who reads French), France's focal-point contact, and an editor of the Secretariat
    recipient = _given_a_call_due_in_the_past()
    france = OrganisationFactory.registry("FRA")
    UserFactory(username="focal.france", organisation=france, role=Role.FOCAL_POINT, language="fr", password=PASSWORD)
    UserFactory(
        username="editor.secretariat",
        organisation=OrganisationFactory.registry("SECRETARIAT"),
        role=Role.SECRETARIAT_EDITOR,
        password=PASSWORD,
    )
    ContactFactory(owner=france, email=FRANCE_CONTACT, is_focal_point=True)
    mail.outbox.clear()

    with open_page() as page:
        # when France's focal point signs in on the French pages and opens the cycle
        _sign_in(
            page,
            expect,
            lang="fr",
            username="focal.france",
            next_url=f"/fr/cycles/{CODE}/",
            labels=("Nom d'utilisateur", "Mot de passe", "Se connecter"),
        )
        expect(page.locator("h1")).to_have_text("Protecting children from violence")
        expect(page.locator("#recipients")).to_have_count(0)  # the dashboard is the Secretariat's
        _shot(page, "01-cycle-focal-point")

        # then follows the link to the questionnaire, whose questions are in French
        page.get_by_role("link", name="Répondre au questionnaire").click()
        expect(page).to_have_url(re.compile(rf"/fr/recipients/{recipient.pk}/answer/$"))
        expect(page.locator("label[for=q1]")).to_contain_text("Comment votre gouvernement a-t-il coopéré")
        expect(page.locator("label[for=q2]")).to_contain_text("Autres informations ?")
        _shot(page, "02-questionnaire")

        # when they type a draft in French and save it, the saved draft comes back
        page.locator("#q1").fill(DRAFT)
        page.get_by_label("Langue des réponses").select_option("fr")
        page.get_by_role("button", name="Enregistrer le brouillon").click()
        expect(page).to_have_url(re.compile(rf"/fr/recipients/{recipient.pk}/answer/$"))
        expect(page.locator(".messages")).to_contain_text("Brouillon enregistré.")
        expect(page.locator("#q1")).to_have_value(DRAFT)
        expect(page.get_by_label("Langue des réponses")).to_have_value("fr")
        _shot(page, "03-draft-saved")

        # when they complete the answer and submit it
        page.locator("#q1").fill(ANSWER)
        page.get_by_role("button", name="Soumettre").click()

        # then the submission page shows version 1 with the French answer
        expect(page).to_have_url(re.compile(r"/fr/submissions/\d+/$"))
        expect(page.locator(".messages")).to_contain_text("Votre contribution a été reçue (version 1).")
        expect(page.locator("h1")).to_contain_text("FRA")
        expect(page.locator("section h2")).to_have_text(["Version 1"])
        expect(page.locator("section dd[lang=fr]")).to_have_text([ANSWER])
        expect(page.locator("section li a")).to_contain_text(f"{CODE}-FRA-v1-answers.docx")
        _shot(page, "04-submitted")

        # when they sign out, and an editor of the Secretariat signs in and opens the dashboard
        page.get_by_role("button", name="Se déconnecter").click()
        expect(page.get_by_role("button", name="Se déconnecter")).to_have_count(0)
        _sign_in(
            page,
            expect,
            lang="en",
            username="editor.secretariat",
            next_url=f"/en/cycles/{CODE}/",
            labels=("User name", "Password", "Sign in"),
        )

        # then France's row says "Submitted", with a button to acknowledge it; the others are late
        row = page.locator("#recipients tr[data-organisation=FRA]")
        expect(row.locator(".status")).to_have_text("Submitted")
        for late in ("KEN", "UNICEF"):
            expect(page.locator(f"#recipients tr[data-organisation={late}] .status .tag")).to_have_text("Late")
        _shot(page, "05-dashboard")

        # when they acknowledge France's submission
        row.get_by_role("button", name="Acknowledge").click()

        # then the dashboard says so, France is "Acknowledged" and can no longer be acknowledged
        expect(page).to_have_url(re.compile(rf"/en/cycles/{CODE}/$"))
        expect(page.locator(".messages")).to_contain_text("Receipt acknowledged to France.")
        expect(row.locator(".status")).to_have_text("Acknowledged")
        expect(row.get_by_role("button", name="Acknowledge")).to_have_count(0)
        _shot(page, "06-acknowledged")

        # when they remind the late recipients, the two that have not answered are reminded
        page.get_by_role("button", name="Remind 2 late recipients").click()
        expect(page).to_have_url(re.compile(rf"/en/cycles/{CODE}/$"))
        expect(page.locator(".messages")).to_contain_text("Reminders sent to 2 late recipients.")
        _shot(page, "07-reminded")

    # and the database holds one French version, whose answers became statements waiting for review,
    # the acknowledgement (stamped, audited, e-mailed to France's focal point) and the reminders
    version = SubmissionVersion.objects.get(submission__recipient=recipient)
    assert (version.number, version.language, version.channel) == (1, "fr", "web")
    assert version.answers == {"1": ANSWER}
    assert version.submitted_by.username == "focal.france"
    statements = Statement.objects.filter(document=version.answers_document)
    assert statements.exists()  # ingestion ran in the request, after its transaction committed
    assert {s.review_status for s in statements} == {ReviewStatus.PENDING}
    assert "UNICEF" in {actor for s in statements for actor in s.actors}
    recipient.refresh_from_db()
    assert recipient.acknowledged_at is not None
    assert AuditEvent.objects.filter(action="submission.submit", subject_organisation="FRA").count() == 1
    acknowledged = AuditEvent.objects.get(action="recipient.acknowledge", object_id=str(recipient.pk))
    assert acknowledged.after["to"] == [FRANCE_CONTACT] and acknowledged.after["sent"] == 1
    reminded = AuditEvent.objects.filter(action="recipient.remind").values_list("subject_organisation", flat=True)
    assert sorted(reminded) == ["KEN", "UNICEF"]
    to_france = [m for m in mail.outbox if m.to == [FRANCE_CONTACT]]
    assert len(to_france) == 1 and "input received" in to_france[0].subject
