"""Rows of the export contract (SPEC.md), read from the store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from tidings.store import Store

KINDS = ("docs", "events", "facts", "clusters")

_DOCS_SQL = """
SELECT doc_id, doc_name, title, strftime(published, '%Y-%m-%d') AS published, source, author,
       language, spun, duplicate_of, uri, fmt, version, inferred_year, spun_score, content_hash
FROM documents ORDER BY doc_name, version
"""
_EVENTS_SQL = """
SELECT e.event_id, e.doc_id, d.doc_name, e.type, e.mode, e.context, e.cameo, e.quad_class,
       e.intensity, e.source, e.target, e.date, e.date_precision, e.date_text, e.location,
       e.negated, e.modality, e.quote, e.sentence, [e.span_start, e.span_end] AS span,
       e.confidence, e.extractor, e.cluster_id
FROM events e JOIN documents d USING (doc_id) ORDER BY d.doc_name, e.span_start
"""
_FACTS_SQL = """
SELECT f.fact_id, f.doc_id, d.doc_name, f.measure, f.reporter, f.partner, f.commodity, f.value,
       f.unit, f.currency, f.value_usd, f.value_local, f.approx, f.qualifier, f.casualty,
       strftime(f.period_start, '%Y-%m-%d') AS period_start,
       strftime(f.period_end, '%Y-%m-%d') AS period_end, f.period_text, f.text, f.sentence,
       [f.span_start, f.span_end] AS span, f.extractor, f.cluster_id
FROM facts f JOIN documents d USING (doc_id) ORDER BY d.doc_name, f.span_start
"""
SQL = {"docs": _DOCS_SQL, "events": _EVENTS_SQL, "facts": _FACTS_SQL}
JSON_COLUMNS = ("source", "target", "location")


def export_rows(store: Store, kind: str) -> Iterator[dict[str, Any]]:
    if kind == "clusters":
        from tidings.link.events import cluster_rows

        yield from cluster_rows(store)
        return
    for row in store.query(SQL[kind]):
        if kind == "events":
            for col in JSON_COLUMNS:
                if row[col] is not None:
                    row[col] = json.loads(row[col])
            for side in ("source", "target"):
                if row[side] is not None:  # the organisation an actor belongs to (UNAMA -> UN)
                    row[side]["org"] = row[side].get("parent")
            row["context"] = list(row["context"] or [])
        yield {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()}
