"""Timelines: dated events and facts in order, each with its document and sentence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tidings.analyze.actors_sql import dyad_where, side_matches
from tidings.store import Store


@dataclass(frozen=True, slots=True)
class TimelineItem:
    when: date
    date_text: str  # as precise as known: 2023-04-12, 2023-04, 2023
    kind: str  # "event" or "fact"
    what: str  # "CONSULT KAZ→AFG" or "trade_turnover UZB–AFG 412.5 million USD"
    doc_name: str
    sentence: str
    record_id: str


def _label(side: str) -> str:
    """SQL for an actor's label: its code, or a person's name with their country."""
    return (
        f"CASE WHEN e.{side} ->> 'kind' = 'person' THEN (e.{side} ->> 'name') || ' ('"
        f" || coalesce(e.{side}_country, '?') || ')' ELSE coalesce(e.{side}_code, '–') END"
    )


def timeline(
    store: Store,
    *,
    actor: str | None = None,
    dyad: tuple[str, str] | None = None,
    start: date | None = None,
    end: date | None = None,
    limit: int = 500,
) -> list[TimelineItem]:
    """Events (not negated) and facts with a date, filtered, oldest first."""
    ev_where = ["date_start IS NOT NULL", "NOT coalesce(negated, false)"]
    fa_where = ["period_start IS NOT NULL"]
    ev_params: list[object] = []
    fa_params: list[object] = []
    if actor:
        ev_where.append(f"({side_matches('source')} OR {side_matches('target')})")
        ev_params += [actor] * 4
        fa_where.append("(reporter = ? OR partner = ?)")
        fa_params += [actor] * 2
    if dyad:
        a, b = dyad
        where, _ = dyad_where()
        ev_where.append(where)
        ev_params += [a, a, b, b, b, b, a, a]
        fa_where.append("((reporter = ? AND partner = ?) OR (reporter = ? AND partner = ?))")
        fa_params += [a, b, b, a]
    if start:
        ev_where.append("date_start >= ?")
        fa_where.append("period_end >= ?")
        ev_params.append(start)
        fa_params.append(start)
    if end:
        ev_where.append("date_start <= ?")
        fa_where.append("period_start <= ?")
        ev_params.append(end)
        fa_params.append(end)
    sql = f"""
        SELECT * FROM (
            SELECT e.date_start AS when_, e.date AS date_text, 'event' AS kind,
                   e.type || ' ' || {_label("source")} || '→' || {_label("target")} AS what,
                   d.doc_name, e.sentence, e.event_id AS record_id
            FROM events e JOIN documents d USING (doc_id) WHERE {" AND ".join(ev_where)}
            UNION ALL
            SELECT f.period_start, strftime(f.period_start, '%Y-%m-%d') || '..'
                       || strftime(f.period_end, '%Y-%m-%d'), 'fact',
                   f.measure || ' ' || coalesce(f.reporter, '?') || '–' || coalesce(f.partner, '?') || ' '
                       || f.text,
                   d.doc_name, f.sentence, f.fact_id
            FROM facts f JOIN documents d USING (doc_id) WHERE {" AND ".join(fa_where)}
        ) ORDER BY when_, kind, record_id LIMIT {int(limit)}
    """
    return [
        TimelineItem(
            when=r["when_"],
            date_text=r["date_text"],
            kind=r["kind"],
            what=r["what"],
            doc_name=r["doc_name"],
            sentence=r["sentence"] or "",
            record_id=r["record_id"],
        )
        for r in store.query(sql, ev_params + fa_params)
    ]
