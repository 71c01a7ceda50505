"""Spun-text detection and repair (placeholder: passes documents through)."""

from __future__ import annotations

from tidings.records import Document


def repair_document(doc: Document | None) -> Document:
    assert doc is not None
    return doc
