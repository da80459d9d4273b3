"""Bad and odd input: each gives its named EngineError, quickly, and never another exception."""

from __future__ import annotations

import contextlib
import random
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpcollab.engine.errors import (
    EmptyDocumentError,
    EngineError,
    FileTooLargeError,
    InvalidInputError,
    MalformedDocumentError,
    TooManyBlocksError,
    UnsupportedFormatError,
)
from cpcollab.engine.limits import Limits
from cpcollab.engine.model import Document
from cpcollab.engine.readers import read_bytes, read_path
from tests.engine.readers.conftest import all_shared_documents, read_cached


def test_an_empty_file_is_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")

    with pytest.raises(EmptyDocumentError):
        read_path(empty)
    with pytest.raises(EmptyDocumentError):
        read_bytes(b"")


def test_random_bytes_are_not_a_document() -> None:
    data = random.Random(7).randbytes(256 * 1024)

    started = time.perf_counter()
    with pytest.raises(UnsupportedFormatError):
        read_bytes(data, filename="report.pdf")
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"%PDF-1.7\n" + bytes(range(256)) * 8, MalformedDocumentError),
        (b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF", MalformedDocumentError),
        (b"PK\x03\x04" + b"\x00" * 100, MalformedDocumentError),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, UnsupportedFormatError),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, UnsupportedFormatError),
        (b" \n\t\r\n ", EmptyDocumentError),
    ],
    ids=["garbage-pdf", "pdf-without-pages", "broken-zip", "png", "legacy-doc", "whitespace"],
)
def test_damaged_or_foreign_files_get_their_named_error(data: bytes, error: type[EngineError]) -> None:
    with pytest.raises(error):
        read_bytes(data)


def test_a_2_gb_file_is_refused_from_its_size_without_being_read(tmp_path: Path) -> None:
    # given a sparse 2 GB file
    big = tmp_path / "huge.pdf"
    with big.open("wb") as handle:
        handle.truncate(2 * 1024**3)

    # when read, it fails at once and without holding the file in memory
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(FileTooLargeError):
            read_path(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 1
    assert peak < 1024 * 1024


def test_read_path_reports_missing_files_and_folders(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError):
        read_path(tmp_path / "missing.pdf")
    with pytest.raises(InvalidInputError):
        read_path(tmp_path)


def test_the_byte_limit_applies_to_bytes_too() -> None:
    with pytest.raises(FileTooLargeError):
        read_bytes(b"x" * 101, limits=Limits(max_bytes=100))


def test_too_many_blocks_is_an_error() -> None:
    data = "\n\n".join(f"Paragraph {n}." for n in range(50)).encode()

    with pytest.raises(TooManyBlocksError):
        read_bytes(data, limits=Limits(max_blocks=10))


def test_read_bytes_refuses_what_is_not_bytes() -> None:
    with pytest.raises(InvalidInputError):
        read_bytes("text, not bytes")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_any_bytes_give_a_document_or_an_engine_error(data: bytes) -> None:
    try:
        document = read_bytes(data)
    except EngineError:
        return
    assert isinstance(document, Document) and document.blocks


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe"]),
    st.binary(max_size=2048),
)
def test_bytes_behind_a_real_signature_give_a_document_or_an_engine_error(magic: bytes, tail: bytes) -> None:
    with contextlib.suppress(EngineError):
        read_bytes(magic + tail)


# Words as French, Spanish or English spell them: capitals start a word, accents follow letters.
LATIN_WORDS = st.from_regex(r"[A-ZÉÀÇÑÁÓ]?(?:[a-z]{1,3}[éèàâçôûîïëüöäñáíóú]?){1,4}", fullmatch=True)
# (Ligatures and Arabic presentation forms are read as their letters: test_layout checks that.)
_PRESENTATION_FORMS = "".join(
    chr(c) for first, last in ((0xFB00, 0xFB06), (0xFB50, 0xFDFF), (0xFE70, 0xFEFE)) for c in range(first, last + 1)
)
ANY_WORDS = st.text(
    alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Lo"), blacklist_characters=_PRESENTATION_FORMS),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.tuples(st.lists(ANY_WORDS, min_size=1, max_size=40), st.sampled_from(["utf-8", "utf-16"])),
        st.tuples(st.lists(LATIN_WORDS, min_size=1, max_size=40), st.just("cp1252")),
    )
)
def test_the_words_of_any_text_survive_the_text_reader(case: tuple[list[str], str]) -> None:
    # given words written as a line of text; legacy text also has a sentence of real French,
    # since a code page is told by how plausible its letters are
    words, codec = case
    if codec == "cp1252":
        words = ["Le", "Comité", "a", "pris", "note", "de", "l’État", *words]
    data = " ".join(words).encode(codec)

    # when read back
    document = read_bytes(data, filename="words.txt")

    # then the same words come out, in order
    assert " ".join(b.text for b in document.blocks).split() == words


def _shared_params() -> list[object]:
    documents = all_shared_documents()
    if not documents:
        return [pytest.param(None, marks=pytest.mark.skip(reason="shared data folder absent"))]
    return [pytest.param(p, id=str(p.relative_to(p.parents[2]))) for p in documents]


@pytest.mark.parametrize("path", _shared_params())
def test_every_shared_document_reads_without_an_exception(path: Path) -> None:
    document = read_cached(path)

    assert document.blocks and document.byte_size == path.stat().st_size
