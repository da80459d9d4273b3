"""Bounds on what the engine will read, so hostile input costs bounded time and memory."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Configurable limits; every reader checks them before doing the expensive work.

    ``max_bytes``: size of the file; ``max_pages``: pages of a PDF; ``max_decompressed_bytes``:
    total uncompressed size of the parts of a DOCX/ODT read; ``max_compression_ratio``: ratio of
    uncompressed to compressed size of any zip member; ``max_blocks``: text blocks in a document;
    ``max_text_chars``: characters of text kept from a document.
    """

    max_bytes: int = 100 * MB
    max_pages: int = 2000
    max_decompressed_bytes: int = 200 * MB
    max_compression_ratio: int = 200
    max_blocks: int = 200_000
    max_text_chars: int = 20_000_000

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
