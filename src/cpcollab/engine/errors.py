"""The engine's errors, as a numbered catalogue.

Every failure the engine reports on bad input is one of these; each has a stable ``code``
(``E001`` …) that callers can match on and a message that says what to do. Input checks never
use ``assert``.
"""

from __future__ import annotations


class EngineError(Exception):
    """Base class of the engine's errors."""

    code = "E000"
    default_message = "The document could not be processed."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(f"[{self.code}] {self.message}")


class EmptyDocumentError(EngineError):
    code = "E001"
    default_message = "The file is empty."


class FileTooLargeError(EngineError):
    code = "E002"
    default_message = "The file is larger than the configured limit."


class UnsupportedFormatError(EngineError):
    code = "E003"
    default_message = "The file is not a PDF, DOCX, ODT, HTML or plain-text document."


class MalformedDocumentError(EngineError):
    code = "E004"
    default_message = "The file is damaged or truncated and cannot be read."


class EncryptedDocumentError(EngineError):
    code = "E005"
    default_message = "The document is encrypted or password-protected."


class TooManyPagesError(EngineError):
    code = "E006"
    default_message = "The document has more pages than the configured limit."


class DecompressionBombError(EngineError):
    code = "E007"
    default_message = "The document expands to more data than the configured limit (a possible zip bomb)."


class NoTextError(EngineError):
    code = "E008"
    default_message = "The document contains no extractable text (a scanned image needs OCR first)."


class TooManyBlocksError(EngineError):
    code = "E009"
    default_message = "The document has more text blocks than the configured limit."


class InvalidInputError(EngineError):
    code = "E010"
    default_message = "The input is not valid."


#: Every error class, by code (documented in docs/engine.md).
CATALOGUE: dict[str, type[EngineError]] = {
    cls.code: cls
    for cls in (
        EmptyDocumentError,
        FileTooLargeError,
        UnsupportedFormatError,
        MalformedDocumentError,
        EncryptedDocumentError,
        TooManyPagesError,
        DecompressionBombError,
        NoTextError,
        TooManyBlocksError,
        InvalidInputError,
    )
}
