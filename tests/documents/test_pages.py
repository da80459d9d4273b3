"""Pages of documents: the list, the upload (with and without the script), the highlighted view,
metadata corrections; who sees what."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from cpcollab.accounts.roles import Role
from cpcollab.documents import services
from cpcollab.documents.models import Document, IngestionJob, JobStatus
from tests.documents.conftest import make_docx
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

ARABIC = [
    "تقرير الممثلة الخاصة للأمين العام المعنية بالعنف ضد الأطفال",
    "1- قامت اليونيسف ومفوضية الأمم المتحدة لشؤون اللاجئين معاً بتدريب 240 أخصائياً اجتماعياً في الأردن "
    "على إدارة الحالات للأطفال غير المصحوبين.",
]


@pytest.fixture
def upload(jobs_run: Any) -> Callable[..., Document]:
    """``upload(user, paragraphs=None, public=False)`` → the document, ingested."""

    def call(user: Any, paragraphs: list[str] | None = None, *, public: bool = False) -> Document:
        data = make_docx(paragraphs) if paragraphs else make_docx()
        done = jobs_run(services.document_upload, user=user, filename="report.docx", data=data, is_public=public)
        return Document.objects.get(pk=done.document.pk)

    return call


def _logged_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


# --- The list ------------------------------------------------------------------------------


def test_the_list_shows_ones_own_and_public_documents_with_their_status(
    upload: Callable[..., Document], unicef_user: Any, ohchr_user: Any
) -> None:
    private = upload(unicef_user)
    public = upload(ohchr_user, ["UNICEF supported the ministry of health in Chad."], public=True)
    failed = IngestionJob.objects.get(document=public)
    IngestionJob.objects.filter(pk=failed.pk).update(status=JobStatus.FAILED, error_message="The PDF is encrypted.")

    own = _logged_in(unicef_user).get("/en/documents/").content.decode()
    anonymous = Client().get("/en/documents/").content.decode()

    assert f"/en/documents/{private.pk}/" in own and f"/en/documents/{public.pk}/" in own
    assert f"/en/documents/{private.pk}/" not in anonymous and f"/en/documents/{public.pk}/" in anonymous
    assert "Failed" in anonymous and "The PDF is encrypted." in anonymous
    assert "Done" in own


def test_the_list_filters_by_owner_language_and_symbol(
    upload: Callable[..., Document], unicef_user: Any, ohchr_user: Any
) -> None:
    mine = upload(unicef_user, public=True)
    theirs = upload(ohchr_user, ["UNICEF supported the ministry of health in Chad."], public=True)
    Document.objects.filter(pk=mine.pk).update(symbol="A/HRC/55/12", language="en")
    Document.objects.filter(pk=theirs.pk).update(symbol="CRC/C/1", language="fr")
    client = Client()

    def listed(**query: str) -> set[int]:
        return {d.pk for d in client.get("/en/documents/", query).context["page"]}

    assert listed() == {mine.pk, theirs.pk}
    assert listed(owner="OHCHR") == {theirs.pk}
    assert listed(language="en") == {mine.pk}
    assert listed(symbol="hrc/55") == {mine.pk}


# --- Upload --------------------------------------------------------------------------------


def test_upload_page_needs_a_signed_in_user_who_may_edit(unicef_user: Any) -> None:
    viewer = UserFactory(organisation=OrganisationFactory.registry("UNICEF"), role=Role.VIEWER)

    assert Client().get("/en/documents/upload/").status_code == 302
    assert _logged_in(viewer).get("/en/documents/upload/").status_code == 403
    page = _logged_in(unicef_user).get("/en/documents/upload/")
    assert page.status_code == 200
    assert b'<input type="file" name="files" multiple' in page.content
    assert b"/static/cpcollab/upload.js" in page.content and b"<script>" not in page.content


def test_upload_without_javascript_posts_several_files_to_the_page(
    unicef_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = _logged_in(unicef_user)
    files = [
        SimpleUploadedFile("one.docx", make_docx()),
        SimpleUploadedFile("two.docx", make_docx(["UNICEF and WHO jointly vaccinated children in Chad."])),
        SimpleUploadedFile("empty.txt", b""),
    ]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/documents/upload/", {"files": files, "is_public": "on"})

    assert response.status_code == 200
    results = response.context["results"]
    assert [r["filename"] for r in results] == ["one.docx", "two.docx", "empty.txt"]
    assert "empty" in results[2]["error"]
    documents = Document.objects.filter(owner__code="UNICEF")
    assert documents.count() == 2 and all(d.is_public for d in documents)
    html = response.content.decode()
    for document in documents:
        assert f"/en/documents/{document.pk}/" in html


def test_upload_with_javascript_goes_to_the_api_with_the_pages_csrf_token(
    unicef_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(unicef_user)
    page = client.get("/en/documents/upload/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    api_url = re.search(r'data-api-url="([^"]+)"', page).group(1)  # type: ignore[union-attr]

    refused = client.post(api_url, {"files": SimpleUploadedFile("a.docx", make_docx())})
    with django_capture_on_commit_callbacks(execute=True):
        accepted = client.post(api_url, {"files": SimpleUploadedFile("a.docx", make_docx())}, HTTP_X_CSRFTOKEN=token)

    assert api_url == "/api/v1/documents/"
    assert refused.status_code == 403
    assert accepted.status_code == 201
    document = Document.objects.get(pk=accepted.json()["results"][0]["document"]["id"])
    assert document.owner.code == "UNICEF" and document.statement_count == 2


def test_the_upload_script_is_served_by_the_application(client: Client) -> None:
    for name in ("upload.js", "review.js", "documents.css"):
        response = client.get(f"/static/cpcollab/{name}")
        assert response.status_code == 200
        assert b"".join(response.streaming_content)  # type: ignore[attr-defined]


# --- The highlighted view ------------------------------------------------------------------


def test_private_document_is_seen_by_its_owner_only(
    upload: Callable[..., Document], unicef_user: Any, ohchr_user: Any
) -> None:
    document = upload(unicef_user)
    url = f"/en/documents/{document.pk}/"

    assert _logged_in(unicef_user).get(url).status_code == 200
    assert _logged_in(ohchr_user).get(url).status_code == 404
    assert Client().get(url).status_code == 404
    for path in ("highlights/", "highlights.docx", "edit/"):
        assert _logged_in(ohchr_user).get(url + path).status_code == 404


def test_public_document_is_seen_by_everyone(
    upload: Callable[..., Document], unicef_user: Any, ohchr_user: Any
) -> None:
    document = upload(unicef_user, public=True)

    for client in (Client(), _logged_in(ohchr_user)):
        assert client.get(f"/en/documents/{document.pk}/").status_code == 200
        assert client.get(f"/en/documents/{document.pk}/highlights/").status_code == 200


def test_the_view_highlights_statements_and_actors_with_their_evidence(
    upload: Callable[..., Document], unicef_user: Any
) -> None:
    document = upload(unicef_user)
    statement = document.statements.get(participants__icontains="UNHCR")

    html = _logged_in(unicef_user).get(f"/en/documents/{document.pk}/").content.decode()

    assert f'<mark class="st k-joint_activity reported" id="h-{statement.pk}"' in html
    assert 'title="Office of the United Nations High Commissioner for Refugees" data-actor="UNHCR">UNHCR</span>' in html
    card = html[html.index(f'id="s-{statement.pk}"') :]
    card = card[: card.index("</article>")]
    assert "Reported" in card and "Joint activity" in card and "Capacity-building" in card
    assert "UNICEF" in card and "UNHCR" in card
    assert f"{round(statement.confidence * 100)} %" in card
    assert statement.citation in card and statement.citation.endswith("para. 1")
    assert "cues: jointly, trained" in card
    assert "1. During the reporting period" in html  # the paragraph number, as in the text


def test_a_statement_shows_its_themes_dates_and_amounts(upload: Callable[..., Document], unicef_user: Any) -> None:
    sentence = (
        "1. In 2024, UNICEF and UNHCR jointly supported birth registration of refugee children in Jordan, "
        "with USD 1.2 million from the European Union."
    )
    document = upload(unicef_user, ["Annual report", sentence])
    statement = document.statements.get()

    html = _logged_in(unicef_user).get(f"/en/documents/{document.pk}/").content.decode()

    assert '<span class="money" title="USD 1200000">USD 1.2 million</span>' in html
    assert '<span class="date" title="2024">2024</span>' in html
    card = html[html.index(f'id="s-{statement.pk}"') :]
    card = card[: card.index("</article>")]
    assert "Birth registration" in card or "birth registration" in card.lower()
    assert "<dt>When</dt><dd>2024</dd>" in card
    assert '<span title="USD 1200000">USD 1.2 million</span>' in card


def test_hostile_text_in_a_document_is_shown_escaped(upload: Callable[..., Document], unicef_user: Any) -> None:
    document = upload(
        unicef_user, ['1. UNICEF and WHO jointly <script>alert("x")</script> trained nurses & midwives in Chad.']
    )

    html = _logged_in(unicef_user).get(f"/en/documents/{document.pk}/").content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "nurses &amp; midwives" in html


def test_filters_by_actor_kind_and_collaboration(upload: Callable[..., Document], unicef_user: Any) -> None:
    document = upload(unicef_user)
    client = _logged_in(unicef_user)

    def shown(**query: str) -> list[str]:
        reading = client.get(f"/en/documents/{document.pk}/", query).context["reading"]
        return [sorted(view.statement.participants)[0] for view in reading.statements]

    assert len(shown()) == 2
    assert shown(actor="WHO") == ["KEN"]
    assert shown(actor="unhcr") == ["UNHCR"]
    assert shown(kind="capacity_building") == ["UNHCR"]
    assert shown(kind="funding") == []
    assert shown(collaboration="called_for") == []
    assert len(shown(kind="<script>", status="nonsense")) == 2  # unknown values are ignored
    html = client.get(f"/en/documents/{document.pk}/", {"kind": "funding"}).content.decode()
    assert "<mark" not in html and "Statements shown: 0 of 2." in html


def test_an_arabic_document_is_shown_right_to_left_inside_any_interface(
    upload: Callable[..., Document], unicef_user: Any
) -> None:
    document = upload(unicef_user, ARABIC)

    html = _logged_in(unicef_user).get(f"/en/documents/{document.pk}/").content.decode()

    assert document.language == "ar"
    assert '<html lang="en" dir="ltr">' in html
    assert '<div class="doc-text paragraph" lang="ar" dir="rtl">' in html
    assert '<span class="actor" title="United Nations Children&#x27;s Fund" data-actor="UNICEF">اليونيسف</span>' in html


@pytest.mark.parametrize("lang", ["ar", "zh-hans", "en", "fr", "ru", "es"])
def test_pages_render_in_every_language(upload: Callable[..., Document], unicef_user: Any, lang: str) -> None:
    document = upload(unicef_user)
    client = _logged_in(unicef_user)

    for path in ("documents/", "documents/upload/", f"documents/{document.pk}/", f"documents/{document.pk}/edit/"):
        response = client.get(f"/{lang}/{path}")
        assert response.status_code == 200, path
        assert f'lang="{lang}"'.encode() in response.content


# --- Metadata corrections ------------------------------------------------------------------


def test_the_owner_corrects_metadata_through_the_page(upload: Callable[..., Document], unicef_user: Any) -> None:
    document = upload(unicef_user)
    client = _logged_in(unicef_user)
    form = {"symbol": "A/79/241", "date": "2024-07-30", "language": "en", "title": document.title, "author": "SRSG-VAC"}

    bad = client.post(f"/en/documents/{document.pk}/edit/", {**form, "author": "NOBODY"})
    good = client.post(f"/en/documents/{document.pk}/edit/", {**form, "is_public": "on"})

    assert bad.status_code == 200 and "Unknown actor code." in bad.content.decode()
    assert good.status_code == 302 and good["Location"] == f"/en/documents/{document.pk}/"
    document.refresh_from_db()
    assert document.symbol == "A/79/241" and document.is_public
    assert set(document.corrected) == {"symbol", "date"}


def test_only_editors_of_the_owner_may_correct_metadata(
    upload: Callable[..., Document], unicef_user: Any, secretariat_editor: Any
) -> None:
    document = upload(unicef_user, public=True)
    viewer = UserFactory(organisation=OrganisationFactory.registry("UNICEF"), role=Role.VIEWER)

    assert _logged_in(viewer).get(f"/en/documents/{document.pk}/edit/").status_code == 403
    assert _logged_in(secretariat_editor).post(f"/en/documents/{document.pk}/edit/", {"symbol": "X"}).status_code == 403
    assert "Correct the metadata" not in _logged_in(viewer).get(f"/en/documents/{document.pk}/").content.decode()
    assert "Correct the metadata" in _logged_in(unicef_user).get(f"/en/documents/{document.pk}/").content.decode()


# --- Navigation and home -------------------------------------------------------------------


def test_the_home_page_points_newcomers_at_public_documents(upload: Callable[..., Document], unicef_user: Any) -> None:
    public = upload(unicef_user, public=True)
    private = upload(unicef_user, ["UNICEF supported the ministry of health in Chad."])

    html = Client().get("/en/").content.decode()

    assert f"/en/documents/{public.pk}/" in html and f"/en/documents/{private.pk}/" not in html
    assert f"Statements: {public.statement_count}" in html
    assert 'href="/en/documents/">Documents</a>' in html


def test_the_home_page_shows_collaboration_highlighted_in_a_public_report(
    upload: Callable[..., Document], unicef_user: Any
) -> None:
    public = upload(unicef_user, public=True)
    upload(unicef_user, ["UNICEF and UNFPA jointly supported the ministry of health in Chad."])  # private

    html = Client().get("/en/").content.decode()

    best = public.statements.filter(collaboration="reported").order_by("-confidence", "index").first()
    assert best is not None
    assert 'class="st k-' in html and f"#s-{best.pk}" in html
    assert '<span class="actor"' in html
    assert "Chad" not in html
