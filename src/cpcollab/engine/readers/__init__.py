"""Readers: the bytes of a PDF, DOCX, ODT, HTML or text file in, one :class:`Document` out.

The format is recognised by content (a PDF header, a ZIP holding ``word/document.xml`` or an
OpenDocument text mimetype, HTML markup, else text); a file name's extension is only a hint.
Every failure is an :class:`~cpcollab.engine.errors.EngineError` with its code, whatever the
input: errors of the underlying libraries are wrapped, and the limits are checked before the
expensive work (the size before reading a file, the page count before reading a page, the
expanded size of a ZIP before inflating it).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path, PurePath

from cpcollab.engine.errors import (
    EmptyDocumentError,
    EncryptedDocumentError,
    EngineError,
    FileTooLargeError,
    InvalidInputError,
    MalformedDocumentError,
    UnsupportedFormatError,
)
from cpcollab.engine.limits import Limits
from cpcollab.engine.model import Document
from cpcollab.engine.readers.archive import container_kind, open_zip
from cpcollab.engine.readers.docx import read_docx
from cpcollab.engine.readers.encoding import bom_encoding
from cpcollab.engine.readers.html import read_html
from cpcollab.engine.readers.odt import read_odt
from cpcollab.engine.readers.pdf import read_pdf
from cpcollab.engine.readers.text import read_text

__all__ = ["DEFAULT_LIMITS", "read_bytes", "read_path", "sniff"]

DEFAULT_LIMITS = Limits()

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip data"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
)
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.S)
_HTML_TAG = re.compile(r"<(?:html|head|body|p|div|h[1-6]|table|span|br|a|ul|ol|li)[\s>/]", re.I)
_ANY_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>")
_HTML_EXTENSIONS = (".html", ".htm", ".xhtml")


def _head_text(data: bytes) -> str:
    head = data[:4096]
    bom = bom_encoding(head)
    if bom:
        name, length = bom
        return head[length:].decode(name, errors="ignore").lower()
    return head.decode("latin-1").lower()


def sniff(data: bytes, filename: str | None = None) -> str:
    """The format of ``data``: pdf, zip, html or txt (UnsupportedFormatError for other binaries)."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if data.startswith(_OLE):
        if "encryptedpackage".encode("utf-16-le") in data[:1_000_000].lower():
            raise EncryptedDocumentError("The Office document is password-protected.")
        raise UnsupportedFormatError("Legacy Office files (.doc) are not supported; save the file as DOCX or PDF.")
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise UnsupportedFormatError(f"The file is {what}, not a document the engine reads.")
    head = _head_text(data)
    if _HTML_START.match(head):
        return "html"
    extension = PurePath(filename or "").suffix.lower()
    if extension in _HTML_EXTENSIONS and _ANY_TAG.search(head):
        return "html"
    if head.lstrip().startswith("<") and len(_HTML_TAG.findall(head)) >= 2:
        return "html"
    return "txt"


def _read_zip(data: bytes, limits: Limits) -> Document:
    with open_zip(data, limits) as archive:
        kind = container_kind(archive)
    if kind == "docx":
        return read_docx(data, limits)
    if kind == "odt":
        return read_odt(data, limits)
    raise UnsupportedFormatError("The ZIP file is neither a DOCX nor an ODT document.")


_READERS: dict[str, Callable[[bytes, Limits], Document]] = {
    "pdf": read_pdf,
    "zip": _read_zip,
    "html": read_html,
    "txt": read_text,
}


def read_bytes(data: bytes, *, filename: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a document from its bytes.

    ``filename`` only hints at the format. Raises an EngineError subclass, and nothing else, on
    any input it cannot read: EmptyDocumentError, FileTooLargeError, UnsupportedFormatError,
    MalformedDocumentError, EncryptedDocumentError, TooManyPagesError, DecompressionBombError,
    NoTextError, TooManyBlocksError.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InvalidInputError("read_bytes expects bytes.")
    data = bytes(data)
    if not data:
        raise EmptyDocumentError()
    if len(data) > limits.max_bytes:
        raise FileTooLargeError(f"The file has {len(data)} bytes; the limit is {limits.max_bytes} (max_bytes).")
    try:
        document = _READERS[sniff(data, filename)](data, limits)
    except EngineError:
        raise
    except RecursionError as exc:
        raise MalformedDocumentError("The document is nested too deeply to read.") from exc
    except MemoryError as exc:
        raise MalformedDocumentError("The document needs more memory than is available to read.") from exc
    except Exception as exc:  # a library failed on bad input: report it as what it is
        raise MalformedDocumentError(f"The document could not be read ({type(exc).__name__}: {exc}).") from exc
    if not document.blocks:
        raise EmptyDocumentError("The document contains no text.")
    return document


def read_path(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a document from a file, checking its size before reading a byte of it."""
    file = Path(path)
    try:
        info = file.stat()
    except FileNotFoundError as exc:
        raise InvalidInputError(f"No such file: {os.fspath(path)!r}.") from exc
    except OSError as exc:
        raise InvalidInputError(f"The file cannot be read ({exc.strerror}).") from exc
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInputError(f"Not a regular file: {os.fspath(path)!r}.")
    if info.st_size == 0:
        raise EmptyDocumentError()
    if info.st_size > limits.max_bytes:
        raise FileTooLargeError(f"The file has {info.st_size} bytes; the limit is {limits.max_bytes} (max_bytes).")
    try:
        with file.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise InvalidInputError(f"The file cannot be read ({exc.strerror}).") from exc
    if len(data) > limits.max_bytes:
        raise FileTooLargeError(f"The file grew past the limit of {limits.max_bytes} bytes (max_bytes).")
    return read_bytes(data, filename=file.name, limits=limits)
