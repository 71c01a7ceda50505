"""Time: temporal expressions normalised against the publication date."""

from __future__ import annotations

from typing import Any

from tidings.records import Document, TimeExpr


def infer_document_year(doc: Document) -> int | None:
    return doc.meta.published.year if doc.meta.published else None


def find_times(parsed: Any, doc: Document) -> tuple[TimeExpr, ...]:
    return ()
