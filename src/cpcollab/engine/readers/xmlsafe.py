"""XML of untrusted documents, parsed with defusedxml (no DTDs, entities or external references)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import ElementTree as SafeET  # type: ignore[import-untyped]

from cpcollab.engine.errors import MalformedDocumentError


def parse_xml(data: bytes) -> ET.Element:
    """The root element of an XML document; MalformedDocumentError when it is not well formed or unsafe."""
    try:
        root = SafeET.fromstring(data)
    except ET.ParseError as exc:
        raise MalformedDocumentError(f"The document's XML is not well formed ({exc}).") from exc
    except ValueError as exc:
        raise MalformedDocumentError(f"The document's XML is refused ({exc}).") from exc
    if not isinstance(root, ET.Element):
        raise MalformedDocumentError("The document's XML has no root element.")
    return root
