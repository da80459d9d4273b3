"""A demonstration report as PDF, laid out with :mod:`cpcollab.pdfmaker` (Helvetica, A4).

pdfmaker writes the standard Helvetica font in WinAnsi encoding, so only reports in English,
French or Spanish can be PDFs (the others are DOCX). Lines are wrapped with Helvetica's
character widths; footnote numbers are raised and small, and each note is printed at the
foot of the page that cites it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cpcollab.documents.demo.texts import NOTE_MARK, DemoReport
from cpcollab.pdfmaker import HEIGHT, WIDTH, Text, make_pdf

LEFT, RIGHT, TOP, BOTTOM = 72.0, WIDTH - 72.0, HEIGHT - 60.0, 64.0
BODY, NOTE, LABEL = 10.0, 8.0, 6.0
PDF_LANGUAGES = frozenset({"en", "fr", "es"})

# Advance widths of Helvetica (thousandths of the type size), printable ASCII from the space on.
_ASCII_WIDTHS = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 "
    "278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 "
    "611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 "
    "556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"
)
_WIDTHS = {chr(32 + i): int(w) for i, w in enumerate(_ASCII_WIDTHS.split())}
_WIDTHS.update({"–": 556, "—": 1000, "’": 222, "‘": 222, "“": 333, "”": 333, "«": 556, "»": 556, "\u00a0": 278})


def text_width(text: str, size: float) -> float:
    """The width of ``text`` in points, in Helvetica of ``size`` (accented letters as their base)."""
    total = 0
    for char in text:
        width = _WIDTHS.get(char)
        if width is None:
            base = char.encode("ascii", "ignore").decode() or "e"
            width = _WIDTHS.get(base[0], 556)
        total += width
    return total * size / 1000


@dataclass
class _Line:
    """One line of body text: its pieces (text, or a footnote number to raise) and its notes."""

    pieces: list[tuple[str, int | None]]
    notes: list[int]


def _wrap(text: str, width: float, size: float) -> list[_Line]:
    """Break ``text`` into lines no wider than ``width``; footnote marks stay with their word."""
    lines: list[_Line] = []
    current: list[tuple[str, int | None]] = []
    used = 0.0
    for word in text.split(" "):
        parts: list[tuple[str, int | None]] = []
        position = 0
        for match in NOTE_MARK.finditer(word):
            parts += [(word[position : match.start()], None), ("", int(match.group(1)))]
            position = match.end()
        parts.append((word[position:], None))
        plain = "".join(piece for piece, _ in parts)
        marks = sum(text_width(str(n), LABEL) for _, n in parts if n is not None)
        needed = text_width(plain, size) + marks + (text_width(" ", size) if current else 0)
        if current and used + needed > width:
            lines.append(_line(current))
            current, used = [], 0.0
            needed -= text_width(" ", size)
        if current:
            current.append((" ", None))
        current += [p for p in parts if p[0] or p[1] is not None]
        used += needed
    if current:
        lines.append(_line(current))
    return lines


def _line(pieces: list[tuple[str, int | None]]) -> _Line:
    return _Line(pieces=pieces, notes=[n for _, n in pieces if n is not None])


@dataclass
class _Pages:
    """Pages being filled from the top; notes are kept for the foot of the current page."""

    report: DemoReport
    pages: list[list[Text]] = field(default_factory=list)
    y: float = 0.0
    notes: list[tuple[int, list[_Line]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.new_page()

    def notes_height(self, extra: list[tuple[int, list[_Line]]]) -> float:
        lines = sum(len(lines) for _, lines in [*self.notes, *extra])
        return lines * (NOTE + 2) + (8 if lines else 0)

    def new_page(self) -> None:
        if self.pages:
            self.finish_page()
        self.pages.append([])
        self.y = TOP
        if len(self.pages) > 1:  # the running head of a UN document: its symbol
            self.pages[-1].append(
                Text(RIGHT - text_width(self.report.symbol, NOTE), HEIGHT - 40, NOTE, self.report.symbol)
            )

    def finish_page(self) -> None:
        page = self.pages[-1]
        y = BOTTOM + self.notes_height([]) - 8
        for number, lines in self.notes:
            page.append(Text(LEFT, y + 2, LABEL, str(number)))
            for line in lines:
                page.append(Text(LEFT + 8, y, NOTE, "".join(p for p, _ in line.pieces)))
                y -= NOTE + 2
        page.append(Text(WIDTH / 2 - 3, 36, NOTE, str(len(self.pages))))
        self.notes = []

    def text(self, text: str, *, size: float = BODY, x: float = LEFT, gap: float = 6.0, right: bool = False) -> None:
        """Place a paragraph (wrapped) below the previous one."""
        self.y -= gap
        for line in _wrap(text, RIGHT - x, size):
            notes = [(n, _wrap(self.report.footnotes[n], RIGHT - LEFT - 8, NOTE)) for n in line.notes]
            if self.y - size * 1.2 < BOTTOM + self.notes_height(notes):
                self.new_page()
            self.y -= size * 1.2
            start = RIGHT - text_width("".join(p for p, _ in line.pieces), size) if right else x
            self._place(line, start, size)
            self.notes += notes

    def _place(self, line: _Line, x: float, size: float) -> None:
        run = ""
        for piece, number in [*line.pieces, ("", -1)]:
            if number is None:
                run += piece
                continue
            if run:
                self.pages[-1].append(Text(x, self.y, size, run))
                x += text_width(run, size)
                run = ""
            if number > 0:
                self.pages[-1].append(Text(x, self.y + size * 0.4, LABEL, str(number)))
                x += text_width(str(number), LABEL)


def render_pdf(report: DemoReport) -> bytes:
    """The report as a PDF file (English, French or Spanish only)."""
    if report.language not in PDF_LANGUAGES:
        raise ValueError(f"{report.slug}: Helvetica cannot write {report.language}; make it a DOCX")
    pages = _Pages(report)
    top = pages.pages[-1]
    top.append(Text(LEFT, TOP, BODY, report.united_nations))
    top.append(Text(RIGHT - text_width(report.symbol, 14), TOP, 14, report.symbol))
    pages.y = TOP - 8
    pages.text(report.organ, size=16)
    for line in report.right:
        pages.text(line, right=True, gap=16)
    for line in report.left:
        pages.text(line, gap=16)
    pages.text(report.title, size=13, x=LEFT + 36, gap=18)
    pages.text(f"[{report.notice}]", size=9, x=LEFT + 36, gap=10)
    pages.text(report.summary_heading, size=11, x=LEFT + 36, gap=16)
    pages.text(report.summary, x=LEFT + 36)
    for heading, paragraphs in report.numbered():
        pages.text(heading, size=12, gap=16)
        for paragraph in paragraphs:
            pages.text(paragraph, x=LEFT + (18 if paragraph.startswith("(") else 0))
    pages.finish_page()
    return make_pdf(pages.pages)
