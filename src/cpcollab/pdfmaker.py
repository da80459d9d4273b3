"""Small PDFs written by hand: Helvetica text placed line by line (tests, benchmarks, demo data).

``make_pdf`` takes pages of ``Text`` items (position in points from the bottom left, font size,
string) and writes a valid PDF 1.4 file with a correct cross-reference table; ``encrypted=True``
adds a standard security handler whose password is not empty.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT = 595, 842


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    size: float
    text: str


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(items: list[Text]) -> bytes:
    ops = [b"BT"]
    for item in items:
        ops.append(b"/F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj" % (item.size, item.x, item.y, _escape(item.text)))
    ops.append(b"ET")
    return b"\n".join(ops)


def make_pdf(pages: list[list[Text]], *, encrypted: bool = False) -> bytes:
    """A PDF whose pages show the given texts."""
    count = len(pages)
    page_ids = [4 + 2 * i for i in range(count)]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % i for i in page_ids), count),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for page_id, items in zip(page_ids, pages, strict=True):
        stream = _content(items)
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (WIDTH, HEIGHT, page_id + 1)
        )
        objects[page_id + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    trailer_extra = b""
    if encrypted:
        encrypt_id = 4 + 2 * count
        objects[encrypt_id] = (
            b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + b"4f" * 32 + b"> /U <" + b"55" * 32 + b"> >>"
        )
        trailer_extra = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (encrypt_id, b"ab" * 16, b"ab" * 16)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer_extra, xref)
    return bytes(out)
