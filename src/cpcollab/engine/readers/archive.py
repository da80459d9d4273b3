"""ZIP containers (DOCX, ODT): checked before anything is decompressed.

The central directory states every member's compressed and uncompressed size; a container whose
members add up to more than ``max_decompressed_bytes``, or with a member that expands more than
``max_compression_ratio`` times, is refused without inflating a byte. Members are then read with a
bounded read, so a directory that lies about sizes cannot make a read grow past the limit either.
"""

from __future__ import annotations

import io
import zipfile

from cpcollab.engine.errors import DecompressionBombError, EncryptedDocumentError, MalformedDocumentError
from cpcollab.engine.limits import Limits

# Members smaller than this are not checked for their ratio: a few kilobytes of zeros compress
# a thousandfold and harm no one.
_RATIO_FLOOR = 256 * 1024
_MAX_MEMBERS = 20_000
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


def open_zip(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """Open a ZIP container from bytes and check it against the limits (see :func:`check_zip`)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise MalformedDocumentError(f"The ZIP container is damaged ({exc}).") from exc
    try:
        check_zip(archive, limits)
    except Exception:
        archive.close()
        raise
    return archive


def check_zip(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse a container that would expand past the limits, or whose members are encrypted."""
    members = archive.infolist()
    if len(members) > _MAX_MEMBERS:
        raise DecompressionBombError(f"The container has {len(members)} members.")
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise EncryptedDocumentError("The container's parts are encrypted.")
        total += info.file_size
        if total > limits.max_decompressed_bytes:
            raise DecompressionBombError(
                f"The container expands to more than {limits.max_decompressed_bytes} bytes (max_decompressed_bytes)."
            )
        if info.file_size > _RATIO_FLOOR:
            ratio = info.file_size / info.compress_size if info.compress_size > 0 else float("inf")
            if ratio > limits.max_compression_ratio:
                raise DecompressionBombError(
                    f"The member {info.filename!r} expands {ratio:.0f} times; the limit is "
                    f"{limits.max_compression_ratio} (max_compression_ratio)."
                )


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The bytes of one member, reading at most ``limit`` bytes (DecompressionBombError past it)."""
    try:
        with archive.open(name) as handle:
            data = handle.read(limit + 1)
    except KeyError as exc:
        raise MalformedDocumentError(f"The container has no {name!r}.") from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise MalformedDocumentError(f"The member {name!r} is damaged ({exc}).") from exc
    if len(data) > limit:
        raise DecompressionBombError(f"The member {name!r} expands past {limit} bytes.")
    return data


def container_kind(archive: zipfile.ZipFile) -> str | None:
    """``"docx"``, ``"odt"`` or None for another kind of ZIP."""
    names = set(archive.namelist())
    if "word/document.xml" in names:
        return "docx"
    if "mimetype" in names:
        mimetype = read_member(archive, "mimetype", 200).decode("ascii", errors="replace").strip()
        if mimetype.startswith(ODT_MIMETYPE):
            return "odt"
    return None
