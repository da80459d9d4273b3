"""Real UN PDFs against text extracted by others, and the layout features on real pages.

Similarity is the F1 of two token multisets (words and numbers, lower-cased): all our text (body
and footnotes with their labels) against the third-party text, and our body alone (precision says
that nothing foreign is in it; its recall is lower by design, since their text keeps footnotes,
running heads, page numbers and the note numbers glued to words in the flow). Measured:

==============  ===========  ==============  ==================
file            all text F1  body-only F1    body precision
==============  ===========  ==============  ==================
hrc g0917008    0.985        0.938           1.000
hrc g0917825    0.962        0.962           1.000  (2 pages: running heads weigh more)
hrc g1012465    0.991        0.989           1.000
hrc g1014611    0.994        0.933           1.000
hrc g1409727    0.984        0.858           0.999  (72 endnotes)
hrc g1510722    0.991        0.991           1.000
hrc g1934994    0.995        0.994           1.000
hrc g2007307    0.988        0.944           1.000
hrc g2420410    0.984        0.873           1.000  (124 endnotes)
hrc g2505828    0.992        0.990           1.000
hrc g2511026    0.984        0.936           1.000
upr (17 files)  ≥ 0.995      ≥ 0.993         ≥ 0.999
==============  ===========  ==============  ==================
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from cpcollab.engine.model import BlockKind, Document
from cpcollab.engine.readers.encoding import decode_text
from cpcollab.engine.readers.layout import is_page_number
from cpcollab.engine.readers.pdflayout import drop_note_references
from tests.engine.readers.conftest import SHARED_DATA, read_cached, shared

MIN_F1 = 0.95
MIN_PRECISION = 0.98


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def similarity(ours: str, theirs: str) -> tuple[float, float, float]:
    """F1, precision and recall of our tokens against theirs."""
    a, b = _tokens(ours), _tokens(theirs)
    overlap = sum((a & b).values())
    precision = overlap / max(1, sum(a.values()))
    recall = overlap / max(1, sum(b.values()))
    return 2 * precision * recall / max(precision + recall, 1e-9), precision, recall


def _all_text(document: Document) -> str:
    return "\n".join(f"{b.label} {b.text}" if b.label else b.text for b in document.blocks)


def _pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for folder in ("hrc", "upr"):
        for pdf in sorted((SHARED_DATA / folder / "pdf").glob("*.pdf")):
            txt = SHARED_DATA / folder / "txt" / f"{pdf.stem}.txt"
            if txt.exists():
                pairs.append((pdf, txt))
    return pairs


@pytest.mark.parametrize(
    ("pdf", "txt"),
    _pairs() or [pytest.param(None, None, marks=pytest.mark.skip(reason=f"shared PDFs absent: {SHARED_DATA}"))],
    ids=lambda p: f"{p.parent.parent.name}-{p.stem}" if isinstance(p, Path) and p.suffix == ".pdf" else "",
)
def test_pdf_text_matches_the_third_party_text(pdf: Path, txt: Path) -> None:
    # given a real PDF and the text someone else extracted from it
    document = read_cached(pdf)
    theirs, _ = decode_text(txt.read_bytes())

    # when their words are compared with ours
    f1, precision, recall = similarity(_all_text(document), theirs)
    body_f1, body_precision, _ = similarity(document.text(), theirs)
    print(f"{pdf.name}: F1={f1:.3f} P={precision:.3f} R={recall:.3f} body F1={body_f1:.3f} P={body_precision:.3f}")

    # then nearly every word matches (their text also keeps running heads, ours does not),
    # and the body holds nothing that is not in their text
    assert f1 >= MIN_F1
    assert precision >= MIN_PRECISION
    assert body_precision >= MIN_PRECISION


def test_running_heads_and_page_numbers_are_gone_from_a_real_report() -> None:
    # given the Working Group report A/HRC/43/15 (24 pages, symbol at the top, number at the foot)
    document = read_cached(shared("hrc", "pdf", "g1934994.pdf"))
    later = [b for b in document.blocks if b.page and b.page > 1]

    assert document.pages == 24
    assert not any(b.text == "A/HRC/43/15" for b in later)
    assert not any(is_page_number(b.text) for b in document.blocks)
    assert "GE.19-21936" not in "\n".join(b.text for b in document.blocks)
    assert [b.para_number for b in document.blocks if b.para_number][:8] == [
        "1", "2", "3", "3 (a)", "3 (b)", "3 (c)", "4", "5",
    ]  # fmt: skip


def test_footnotes_of_a_real_decision_are_footnote_blocks() -> None:
    # given decision 43/112, whose first page ends with two footnotes
    document = read_cached(shared("hrc", "pdf", "g2007307.pdf"))
    notes = [(b.label, b.text) for b in document.blocks if b.kind == BlockKind.FOOTNOTE]

    assert notes == [("1", "A/HRC/43/15."), ("2", "A/HRC/43/15/Add.1; see also A/HRC/43/2, chap. VI.")]
    assert "see also" not in document.text()


def test_endnotes_split_at_their_labels_across_pages() -> None:
    document = read_cached(shared("hrc", "pdf", "g1409727.pdf"))
    labels = [b.label for b in document.blocks if b.kind == BlockKind.FOOTNOTE]

    assert labels[:3] == ["*", "1", "2"]
    assert [str(n) for n in range(1, 60)] == [label for label in labels if label and label.isdigit()][:59]


def test_endnotes_running_over_pages_without_labels_are_notes_and_leave_no_numbers_in_the_body() -> None:
    # given a UPR summary (A/HRC/WG.6/48/SVN/3) whose notes follow its body under "Notes", the
    # second note running over pages that hold no other note and so no label
    document = read_cached(shared("hrc", "pdf", "g2420410.pdf"))
    labels = [b.label for b in document.blocks if b.kind == BlockKind.FOOTNOTE and b.label and b.label.isdecimal()]
    body = [b for b in document.blocks if b.kind != BlockKind.FOOTNOTE]

    # then every note is a footnote block, numbered without a gap
    assert len(labels) >= 120 and labels == [str(n) for n in range(1, len(labels) + 1)]
    # and nothing of the notes stays in the body, which ends with their heading
    assert body[-1].kind == BlockKind.HEADING and body[-1].text == "Notes"
    # and no body text keeps a note number glued to its words
    numbers = {str(n) for n in range(1, 1000)}
    assert [b.text for b in body if drop_note_references(b.text, numbers) != b.text] == []


def test_line_end_hyphens_of_compounds_are_kept() -> None:
    # "CoE-|Commissioner" and "non-|discrimination" break across lines in these reports
    text = read_cached(shared("hrc", "pdf", "g0917008.pdf")).text()

    assert "CoE-Commissioner" in text and "CoECommissioner" not in text


def test_recommendations_in_a_upr_report_keep_their_numbers() -> None:
    document = read_cached(shared("upr", "pdf", "peru2012.pdf"))
    numbers = [b.para_number for b in document.blocks if b.para_number]
    notes = [b for b in document.blocks if b.kind == BlockKind.FOOTNOTE]

    assert any(re.fullmatch(r"116\.\d+", n) for n in numbers)
    assert [n.label for n in notes][:4] == ["*", "**", "1", "2"]
