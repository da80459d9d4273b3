"""Collecting a reader's blocks under the limits on blocks and characters."""

from __future__ import annotations

import hashlib

from cpcollab.engine.errors import TooManyBlocksError
from cpcollab.engine.limits import Limits
from cpcollab.engine.model import Block, BlockKind, Document
from cpcollab.engine.readers.layout import clean_text


class BlockSink:
    """Numbers blocks in reading order, drops empty ones and enforces ``max_blocks`` and ``max_text_chars``.

    Past ``max_text_chars`` the text is cut, ``full`` turns true (readers stop there) and a
    warning says so; past ``max_blocks`` reading fails with TooManyBlocksError.
    """

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.blocks: list[Block] = []
        self.chars = 0
        self.full = False
        self.warnings: list[str] = []

    def add(
        self,
        kind: BlockKind,
        text: str,
        *,
        page: int | None = None,
        para_number: str | None = None,
        level: int | None = None,
        label: str | None = None,
        keep_newlines: bool = False,
    ) -> Block | None:
        """Append a block (cleaned of stray whitespace); return it, or None when nothing was added."""
        if self.full:
            return None
        text = clean_text(text, keep_newlines=keep_newlines)
        if not text:
            return None
        if len(self.blocks) >= self.limits.max_blocks:
            raise TooManyBlocksError(f"The document has more than {self.limits.max_blocks} text blocks (max_blocks).")
        room = self.limits.max_text_chars - self.chars
        if len(text) >= room:
            text = text[: max(room, 0)]
            self.full = True
            self.warnings.append(
                f"Text cut at {self.limits.max_text_chars} characters (max_text_chars); the rest was not read."
            )
            if not text:
                return None
        self.chars += len(text)
        block = Block(
            index=len(self.blocks),
            kind=kind,
            text=text,
            page=page,
            para_number=para_number,
            level=level,
            label=label,
        )
        self.blocks.append(block)
        return block


def make_document(
    fmt: str,
    data: bytes,
    sink: BlockSink,
    *,
    pages: int | None = None,
    encoding: str | None = None,
    title: str | None = None,
    warnings: list[str] | None = None,
) -> Document:
    """The Document of a reader's blocks, with the digest and size of the bytes read."""
    document = Document(
        format=fmt,
        blocks=sink.blocks,
        sha256=hashlib.sha256(data).hexdigest(),
        byte_size=len(data),
        pages=pages,
        encoding=encoding,
        warnings=[*(warnings or []), *sink.warnings],
    )
    if title:
        document.metadata.title = title
    return document
