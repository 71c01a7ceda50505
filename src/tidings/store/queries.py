"""Read queries for people-facing commands and the API."""

from __future__ import annotations

from typing import Any

from tidings.store.db import Store


def list_documents(store: Store) -> list[dict[str, Any]]:
    return store.query(
        """
        SELECT d.doc_id, d.doc_name, d.published, d.source, d.title, d.spun,
               (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS events,
               (SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id) AS facts
        FROM documents d ORDER BY d.doc_name, d.version
        """
    )


def find_doc_id(store: Store, key: str) -> str | None:
    rows = store.query(
        "SELECT doc_id FROM documents WHERE doc_id = ? OR doc_id LIKE ? OR doc_name = ? "
        "ORDER BY version DESC LIMIT 1",
        [key, f"{key}%", key],
    )
    return rows[0]["doc_id"] if rows else None


def document_detail(store: Store, key: str) -> dict[str, Any] | None:
    doc_id = find_doc_id(store, key)
    if doc_id is None:
        return None
    meta = store.query("SELECT * EXCLUDE (pipeline) FROM documents WHERE doc_id = ?", [doc_id])[0]
    texts = store.query("SELECT raw_text, clean_text FROM texts WHERE doc_id = ?", [doc_id])[0]
    events = store.query(
        "SELECT type, source_code, target_code, date, negated, modality, sentence FROM events "
        "WHERE doc_id = ? ORDER BY span_start",
        [doc_id],
    )
    facts = store.query(
        "SELECT measure, reporter, partner, commodity, value, unit, period_start, period_end, text "
        "FROM facts WHERE doc_id = ? ORDER BY span_start",
        [doc_id],
    )
    return {"meta": meta, **texts, "events": events, "facts": facts}
