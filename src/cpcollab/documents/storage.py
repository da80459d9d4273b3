"""Originals, stored byte for byte under their SHA-256.

The store is Django's ``originals`` storage: a local folder by default, an S3-compatible
bucket when ``CPCOLLAB_S3_BUCKET`` is set (see docs/configuration.md). A file is written once,
whoever uploads it; its name is its digest, so it can be checked at any time.
"""

from __future__ import annotations

import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages

from cpcollab.core.errors import ServiceError


class OriginalMissingError(ServiceError):
    status = 500
    code = "original_missing"


def _store() -> Storage:
    return storages["originals"]


def original_name(sha256: str) -> str:
    return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def store_original(data: bytes) -> str:
    """Keep ``data`` (if not kept already) and return its SHA-256."""
    sha256 = digest(data)
    name = original_name(sha256)
    store = _store()
    if not store.exists(name):
        saved = store.save(name, ContentFile(data))
        if saved != name:  # another upload of the same bytes won the race: keep one copy
            store.delete(saved)
    return sha256


def read_original(sha256: str) -> bytes:
    """The original bytes, checked against their digest."""
    name = original_name(sha256)
    store = _store()
    if not store.exists(name):
        raise OriginalMissingError(f"The original file {sha256} is missing from the store.")
    with store.open(name, "rb") as handle:
        data: bytes = handle.read()
    if digest(data) != sha256:
        raise OriginalMissingError(f"The original file {sha256} does not match its digest.")
    return data
