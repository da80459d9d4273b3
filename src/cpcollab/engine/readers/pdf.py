"""PDF with pypdfium2: the text layer of each page as lines with their position and font size.

Pages are loaded, read and closed one at a time, so memory does not grow with the page count;
the page count is checked against the limits before any page is read. The lines of all pages
then go to :mod:`cpcollab.engine.readers.pdflayout`, which removes running heads and feet, keeps
footnotes apart and joins lines into paragraphs.
"""

from __future__ import annotations

import ctypes
import math
import re
import threading
from collections.abc import Sequence
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from cpcollab.engine.errors import (
    EncryptedDocumentError,
    MalformedDocumentError,
    NoTextError,
    TooManyPagesError,
)
from cpcollab.engine.limits import Limits
from cpcollab.engine.model import Document
from cpcollab.engine.readers.builder import make_document
from cpcollab.engine.readers.pdflayout import Line, pdf_blocks

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# The same breaks, kept by re.split: lines at even places, the breaks between them at odd ones.
_LINE_SPLIT = re.compile(r"(\r\n|\r|\n)")
# Readers accept a file whose end-of-file marker is within its last 1024 bytes.
_EOF_WINDOW = 1024
_SAMPLES = 4
_TRAILING_LABEL = re.compile(r"\s(\*{1,3}|\d{1,3})$")
_PDFIUM = threading.Lock()


# The calls made for every line, declared with the text page as a plain address (fewer argument
# conversions per call than the bindings' own declarations; the same C functions).
_c_void_p, _c_int = ctypes.c_void_p, ctypes.c_int
_get_font_size = ctypes.cast(pdfium_c.FPDFText_GetFontSize, ctypes.CFUNCTYPE(ctypes.c_double, _c_void_p, _c_int))
_get_matrix = ctypes.cast(pdfium_c.FPDFText_GetMatrix, ctypes.CFUNCTYPE(_c_int, _c_void_p, _c_int, _c_void_p))
_get_font_weight = ctypes.cast(pdfium_c.FPDFText_GetFontWeight, ctypes.CFUNCTYPE(_c_int, _c_void_p, _c_int))
# The text object (a page object) a character belongs to, as a plain address: a dictionary key.
_get_text_object = ctypes.cast(
    pdfium_c.FPDFText_GetTextObject, ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
)
_get_char_box = ctypes.cast(pdfium_c.FPDFText_GetCharBox, ctypes.CFUNCTYPE(_c_int, _c_void_p, _c_int, *[_c_void_p] * 4))
_hypot = math.hypot


def _median(values: Sequence[float]) -> float:
    """:func:`statistics.median` of a few values (the same arithmetic, without its overhead)."""
    data = sorted(values)
    middle = len(data) // 2
    if len(data) % 2:
        return data[middle]
    return (data[middle - 1] + data[middle]) / 2


class _PageText:
    """The text layer of one open page, with the geometry of chosen characters.

    The ctypes buffers that pdfium writes boxes and matrices into are made once per page.
    The type size and weight of a character are those of its text object (pdfium reads them
    from the object, its font and its matrix), so they are asked once per text object.
    """

    def __init__(self, textpage: Any) -> None:
        self.handle = textpage.raw
        self._address = ctypes.cast(self.handle, ctypes.c_void_p)
        self._styles: dict[int, tuple[float, int]] = {}
        self.count = int(textpage.count_chars())
        self.text = str(textpage.get_text_range()) if self.count > 0 else ""
        self.aligned = len(self.text) == self.count
        self._matrix = pdfium_c.FS_MATRIX()
        self._matrix_ref = ctypes.byref(self._matrix)
        self._box = [ctypes.c_double() for _ in range(4)]
        self._box_refs = [ctypes.byref(value) for value in self._box]

    def font_size(self, index: int) -> float:
        """The rendered size of one character: the font size scaled by the text matrix."""
        return self.style(index)[0]

    def style(self, index: int) -> tuple[float, int]:
        """The rendered size and the font weight of one character (remembered per text object).

        Only for characters that the text shows (not spaces): the spaces and line breaks that
        pdfium inserts carry the text object of the character before them, but not its matrix.
        """
        key = _get_text_object(self._address, index)
        if key:
            known = self._styles.get(key)
            if known is not None:
                return known
        return self.measure_style(index, key)

    def measure_style(self, index: int, key: int | None) -> tuple[float, int]:
        """:meth:`style` for a character whose text object ``key`` was looked up and is not known yet."""
        address = self._address
        size = float(_get_font_size(address, index))
        if _get_matrix(address, index, self._matrix_ref):
            matrix = self._matrix
            scale = _hypot(matrix.c, matrix.d)
            if scale > 0:
                size *= scale
        found = (round(size, 1), int(_get_font_weight(address, index)))
        if key:
            self._styles[key] = found
        return found

    def char_box(self, index: int) -> tuple[float, float, float, float]:
        """Left, right, bottom and top of one character."""
        left, right, bottom, top = self._box
        _get_char_box(self._address, index, *self._box_refs)
        return left.value, right.value, bottom.value, top.value

    def char_index(self, text_index: int) -> int:
        if self.aligned:
            return text_index
        return int(pdfium_c.FPDFText_GetCharIndexFromTextIndex(self.handle, text_index))

    def lines(self, start: int, end: int, page: int, height: float) -> list[Line]:
        """The line of text ``[start, end)``, split where pdfium ran two rows of the page together."""
        segment = self.text[start:end]
        lead, trail = len(segment) - len(segment.lstrip()), len(segment.rstrip())
        if trail <= lead:
            return []
        first, last = start + lead, start + trail - 1
        line = self._measure(Line(text=segment, page=page, page_height=height), self._samples(first, last))
        if not line.size or abs(line.end_base - line.base) <= 0.6 * line.size:
            return self.split_label(line, start, end)
        return self.row_lines(start, end, page, height)

    def row_lines(self, start: int, end: int, page: int, height: float) -> list[Line]:
        """The line ``[start, end)`` cut into the rows of the page that pdfium ran together."""
        result: list[Line] = []
        for row_start, row_end, row in self._rows(start, end, self._visible(start, end)):
            row_line = self._measure(Line(text=self.text[row_start:row_end], page=page, page_height=height), row)
            result.extend(self.split_label(row_line, row_start, row_end))
        return result

    def _visible(self, start: int, end: int) -> list[int]:
        """Every non-space position of ``[start, end)`` (only for the rare lines that need it)."""
        return [start + k for k, ch in enumerate(self.text[start:end]) if not ch.isspace()]

    def _samples(self, first: int, last: int) -> list[int]:
        """The first and last visible positions and a few spread between them, for measuring."""
        picks = {first, last}
        span = last - first
        for k in range(1, _SAMPLES - 1):
            position = first + span * k // (_SAMPLES - 1)
            while position < last and self.text[position].isspace():
                position += 1
            picks.add(position)
        return sorted(picks)

    def _rows(self, start: int, end: int, visible: list[int]) -> list[tuple[int, int, list[int]]]:
        """Split a run of text where the next character starts a lower row, back at the left."""
        cuts = [0]
        previous: tuple[float, float, float, float] | None = None
        for k, v in enumerate(visible):
            index = self.char_index(v)
            if index < 0:
                continue
            box = self.char_box(index)
            if previous and box[0] < previous[1] - 5 and box[2] < previous[2] - 2:
                cuts.append(k)
            previous = box
        bounds = [visible[k] for k in cuts[1:]]
        starts, ends = [start, *bounds], [*bounds, end]
        rows = [visible[a:b] for a, b in zip(cuts, [*cuts[1:], len(visible)], strict=True)]
        return list(zip(starts, ends, rows, strict=True))

    def split_label(self, line: Line, start: int, end: int) -> list[Line]:
        """The line, or the line and the superscript label of the next line that pdfium put at its end."""
        tail = _TRAILING_LABEL.search(self.text[start:end].rstrip())
        if tail is None or tail.start() == 0 or not line.size:
            return [line]
        label_start = start + tail.start(1)
        index = self.char_index(label_start)
        if index < 0:
            return [line]
        left = self.char_box(index)[0]
        if left >= line.x0 + 20 or self.font_size(index) > 0.8 * line.size:
            return [line]
        visible = self._visible(start, end)
        head = [v for v in visible if v < label_start]
        label = [v for v in visible if v >= label_start]
        return [
            self._measure(Line(text=self.text[start:label_start], page=line.page, page_height=line.page_height), head),
            self._measure(Line(text=self.text[label_start:end], page=line.page, page_height=line.page_height), label),
        ]

    def _measure(self, line: Line, visible: list[int]) -> Line:
        """Position and type size of a line, from its first and last visible characters and samples."""
        char_index = self.char_index
        first, last = char_index(visible[0]), char_index(visible[-1])
        if first < 0 or last < 0:
            return line
        step = max(1, len(visible) // _SAMPLES)
        samples = [i for i in (char_index(v) for v in visible[::step][:_SAMPLES]) if i >= 0]
        address, styles, style = self._address, self._styles, self.style
        sizes: list[float] = []
        weights: list[int] = []
        for i in samples:  # style() inlined for the usual case: this runs for every line of every page
            key = _get_text_object(address, i)
            known = (styles.get(key) if key else None) or style(i)
            sizes.append(known[0])
            weights.append(known[1])
        line.x0, _, line.base, line.top = self.char_box(first)
        _, line.x1, line.end_base, _ = self.char_box(last)
        line.size = _median(sizes) if sizes else 0.0
        # The first sample is the first character (already measured) unless pdfium lost it.
        line.first_size = sizes[0] if samples and samples[0] == first else self.font_size(first)
        line.bold = bool(weights) and _median(weights) >= 600
        return line


def _same_row(previous: Line, line: Line) -> bool:
    """Whether ``line`` continues ``previous`` on the same visual row (a superscript split it off)."""
    if not previous.size or not line.size:
        return False
    size = max(previous.size, line.size)
    return line.x0 >= previous.x1 - 1.0 and abs(line.base - previous.end_base) < 0.6 * size


def _merge(previous: Line, line: Line) -> None:
    """Append ``line`` to ``previous``; a lone label takes the size of the text it introduces."""
    gap = line.x0 - previous.x1
    joiner = " " if gap > 0.2 * max(previous.size, line.size) else ""
    if len(previous.text.strip()) <= 3:
        previous.size, previous.bold = line.size, line.bold
    previous.text = previous.text.rstrip() + joiner + line.text.lstrip()
    previous.x1, previous.end_base = line.x1, line.end_base


def page_lines(textpage: Any, page: int, height: float) -> list[Line]:
    """The lines of one page in content order, with split-off superscripts put back in place."""
    text = _PageText(textpage)
    return _aligned_lines(text, page, height) if text.aligned else _general_lines(text, page, height)


def _general_lines(text: _PageText, page: int, height: float) -> list[Line]:
    """:func:`page_lines` for any page, one :meth:`_PageText.lines` call per line of text."""
    lines: list[Line] = []
    start = 0
    for match in [*_LINE_BREAK.finditer(text.text), None]:
        end = match.start() if match else len(text.text)
        for line in text.lines(start, end, page, height):
            if lines and _same_row(lines[-1], line):
                _merge(lines[-1], line)
            else:
                lines.append(line)
        if match:
            start = match.end()
    return lines


def _aligned_lines(text: _PageText, page: int, height: float) -> list[Line]:
    """:func:`page_lines` for a page whose text and characters correspond one for one (the usual case).

    The same measurements as :meth:`_PageText.lines` and :meth:`_PageText._measure` in one loop,
    with their calls unrolled: this runs for every line of every page, and its overhead per line
    is most of the reader's time. Lines that pdfium ran together with the next row, and lines
    that may end in a superscript label, take the general path.
    """
    chars = text.text
    parts = _LINE_SPLIT.split(chars)
    address, styles, measure_style = text._address, text._styles, text.measure_style
    left, right, bottom, top = text._box
    refs = text._box_refs
    get_text_object, get_char_box, median = _get_text_object, _get_char_box, _median
    lines: list[Line] = []
    position = 0
    for k in range(0, len(parts), 2):
        segment = parts[k]
        start = position
        end = start + len(segment)
        if k + 1 < len(parts):
            position = end + len(parts[k + 1])
        body = segment.lstrip()
        if not body:
            continue
        first = end - len(body)
        last = first + len(body.rstrip()) - 1
        # The samples of _PageText._samples: the ends and two positions between them, moved
        # forward past white space.
        span = last - first
        one = first + span // 3
        while one < last and chars[one].isspace():
            one += 1
        two = first + span * 2 // 3
        while two < last and chars[two].isspace():
            two += 1
        found: list[tuple[float, int]] = []
        for i in sorted({first, last, one, two}):
            key = get_text_object(address, i)
            known = styles.get(key) if key else None
            found.append(known if known is not None else measure_style(i, key))
        get_char_box(address, first, *refs)
        x0, base, line_top = left.value, bottom.value, top.value
        get_char_box(address, last, *refs)
        style = found[0]
        if found.count(style) == len(found):  # one style (the usual line): each median is its value
            size, first_size, bold = style[0], style[0], style[1] >= 600
        else:
            sizes = [known[0] for known in found]
            size, first_size, bold = median(sizes), sizes[0], median([known[1] for known in found]) >= 600
        line = Line(segment, page, x0, right.value, line_top, base, bottom.value, size, first_size, bold, height)
        if not size or abs(line.end_base - base) <= 0.6 * size:
            if not size or not (chars[last] == "*" or chars[last].isdecimal()):  # no label (_TRAILING_LABEL)
                if lines and _same_row(lines[-1], line):
                    _merge(lines[-1], line)
                else:
                    lines.append(line)
                continue
            produced = text.split_label(line, start, end)
        else:
            produced = text.row_lines(start, end, page, height)
        for line in produced:
            if lines and _same_row(lines[-1], line):
                _merge(lines[-1], line)
            else:
                lines.append(line)
    return lines


def _open(data: bytes) -> Any:
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise MalformedDocumentError("The PDF is truncated: it has no end-of-file marker.")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise EncryptedDocumentError() from exc
        raise MalformedDocumentError(f"The PDF cannot be opened ({exc}).") from exc


def extract_lines(data: bytes, limits: Limits) -> tuple[list[list[Line]], int, list[str]]:
    """The lines of every page (page by page, each closed after reading), the page count, warnings.

    pdfium is not thread-safe: one document is read at a time in a process.
    """
    with _PDFIUM:
        return _extract_lines(data, limits)


def _extract_lines(data: bytes, limits: Limits) -> tuple[list[list[Line]], int, list[str]]:
    pdf = _open(data)
    warnings: list[str] = []
    try:
        if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1:
            warnings.append("The PDF is encrypted with an empty password; it was read as permitted.")
        count = len(pdf)
        if count > limits.max_pages:
            raise TooManyPagesError(f"The PDF has {count} pages; the limit is {limits.max_pages} (max_pages).")
        pages: list[list[Line]] = []
        chars = 0
        for index in range(count):
            if chars > limits.max_text_chars:
                warnings.append(f"Pages after {index} were not read (max_text_chars).")
                break
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                warnings.append(f"Page {index + 1} could not be read.")
                pages.append([])
                continue
            try:
                textpage = page.get_textpage()
                try:
                    lines = page_lines(textpage, index + 1, float(page.get_height()))
                finally:
                    textpage.close()
            finally:
                page.close()
            chars += sum(len(line.text) for line in lines)
            pages.append(lines)
        return pages, count, warnings
    finally:
        pdf.close()


def read_pdf(data: bytes, limits: Limits) -> Document:
    """Read a PDF's text layer into a Document; a PDF without text raises NoTextError."""
    pages, count, warnings = extract_lines(data, limits)
    sink = pdf_blocks(pages, limits)
    if not sink.blocks:
        raise NoTextError()
    return make_document("pdf", data, sink, pages=count, warnings=warnings)
