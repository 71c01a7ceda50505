"""Read stored events for people: filters by actor, dyad, type, dates and document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tidings.store.db import Store

COLUMNS = (
    "event_id, doc_id, date, type, mode, source_code, source_country, target_code, target_country, "
    "negated, modality, cameo, quad_class, intensity, confidence, sentence, span_start, span_end, "
    "json_extract_string(source, '$.name') AS source_name, "
    "json_extract_string(target, '$.name') AS target_name"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    actor: str | None = None  # as source or target (code or country)
    dyad: tuple[str, str] | None = None  # either direction
    type: str | None = None
    date_from: str | None = None  # ISO prefix, compared on the event's date text
    date_to: str | None = None
    doc: str | None = None  # doc_id, its prefix, or the file name
    limit: int | None = None


def _side(side: str) -> str:
    return f"({side}_code = ? OR {side}_country = ?)"


def event_rows(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    """Stored events matching every given filter, by date then position."""
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        a = f.actor.upper()
        where.append(f"({_side('source')} OR {_side('target')})")
        params += [a, a, a, a]
    if f.dyad:
        a, b = (x.upper() for x in f.dyad)
        pair = f"({_side('source')} AND {_side('target')})"
        where.append(f"({pair} OR {pair})")
        params += [a, a, b, b, b, b, a, a]
    if f.type:
        where.append("type = ?")
        params.append(f.type.upper())
    if f.date_from:
        where.append("date >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("substr(date, 1, ?) <= ?")
        params += [len(f.date_to), f.date_to]
    if f.doc:
        where.append(
            "doc_id IN (SELECT doc_id FROM documents WHERE doc_id = ? OR doc_id LIKE ? OR doc_name = ?)"
        )
        params += [f.doc, f"{f.doc}%", f.doc]
    sql = f"SELECT {COLUMNS} FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date NULLS LAST, doc_id, span_start"
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return store.query(sql, params)
