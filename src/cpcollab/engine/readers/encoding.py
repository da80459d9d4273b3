"""Decoding text of unknown encoding.

In order: a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8; UTF-16 without a mark (when
every other byte is zero); then the single-byte encodings of legacy word processors, Windows-1252
against Mac Roman, chosen by how plausible the decoded non-ASCII characters are in UN English,
French and Spanish text (curly quotes, dashes, accented letters inside words score; symbols in
the middle of words, capitals after small letters and control characters count against);
charset-normalizer for anything else.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from cpcollab.engine.errors import UnsupportedFormatError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LEGACY = ("cp1252", "mac_roman")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_PUNCTUATION = frozenset("’‘“”–—•…«»€£°§±×·")
_RARE_LETTERS = frozenset("ƒıﬁﬂªºµπΩ∂∆")
# Share of control characters above which bytes are not text.
_MAX_CONTROL_SHARE = 0.02
# A legacy single-byte guess is trusted when its non-ASCII characters are plausible on average;
# text in another script (Cyrillic in cp1251, CJK) reads as runs of accented letters and symbols,
# which score below zero, and goes to charset-normalizer.
_MIN_PLAUSIBILITY = 0.0


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces and the mark's length, if ``data`` starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def _char_score(ch: str, before: str, after: str) -> int:
    """How plausible one decoded non-ASCII character is, given its neighbours."""
    if ch in _PUNCTUATION:
        return 2 if ch == "’" and before.isalpha() else 1
    if ch in "¿¡":
        return 1 if after.isupper() and not before.isalnum() else -2
    if ch in _RARE_LETTERS:
        return -2
    category = unicodedata.category(ch)
    if category[0] == "C":
        return -5
    if category == "Ll":
        return 2 if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()) else -1
    if category == "Lu":
        if before.isalpha() and before.islower():
            return -3
        if (after.isascii() and after.isalpha()) or (before.isascii() and before.isalpha()):
            return 1
        return 0 if not before.isalnum() and not after.isalnum() else -1
    if category[0] == "S":
        return -3 if before.isalpha() and after.isalpha() else -1
    return -1


def plausibility(text: str) -> float:
    """The mean plausibility of the non-ASCII characters of ``text`` (1.0 when there are none)."""
    total = count = 0
    for match in _NON_ASCII.finditer(text):
        i, ch = match.start(), match.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        total += _char_score(ch, before, after)
        count += 1
    return total / count if count else 1.0


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zero > 0.4 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.4 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _check_text(text: str) -> None:
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise UnsupportedFormatError("The file is binary data, not text.")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and name its encoding; raise UnsupportedFormatError for binary data."""
    bom = bom_encoding(data)
    if bom:
        name, length = bom
        text = data[length:].decode(name, errors="replace")
        _check_text(text)
        return text, name
    utf16 = _looks_utf16(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        _check_text(text)
        return text, utf16
    if data.isascii():
        text = data.decode("ascii")
        _check_text(text)
        return text, "ascii"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_text(text)
        return text, "utf-8"
    if b"\x00" in data:
        raise UnsupportedFormatError("The file is binary data, not text.")
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    candidates: list[tuple[float, str, str]] = []
    for name in _LEGACY:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((plausibility(text), name, text))
    candidates.sort(key=lambda item: item[0], reverse=True)
    if candidates and candidates[0][0] > _MIN_PLAUSIBILITY:
        _, name, text = candidates[0]
        _check_text(text)
        return text, name
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        _check_text(text)
        return text, best.encoding
    if candidates:
        _, name, text = candidates[0]
        _check_text(text)
        return text, name
    raise UnsupportedFormatError("The file is not text in any encoding the engine recognises.")
