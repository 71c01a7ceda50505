"""Cross-document event clusters: one real-world event, many mentions.

Events cluster when they have the same PLOVER type, the same actors (an
unordered pair for the symmetric types CONSULT, AGREE and COOPERATE, ordered
otherwise; an actor is its code, or its country for persons) and compatible
dates: the same day; a month-precision date joins the one day cluster of that
month (or a month cluster when there are several or none); an undated event only
joins a cluster that holds a mention from its own duplicate group. Every event
gets a `cluster_id`; `event_clusters` holds one row per cluster with GDELT-style
counts (mentions, articles, distinct outlets).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from tidings.store import Store

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})

_EVENTS_SQL = """
SELECT e.event_id, e.doc_id, e.type, e.source, e.target, e.source_code, e.source_country,
       e.target_code, e.target_country, e.date, e.date_precision,
       coalesce(d.source, d.doc_name) AS outlet, coalesce(d.duplicate_of, d.doc_id) AS root,
       coalesce(d.published, CAST(d.ingested_at AS DATE)) AS seen
FROM events e JOIN documents d USING (doc_id)
ORDER BY e.event_id
"""


@dataclass(frozen=True, slots=True)
class _Mention:
    event_id: str
    doc_id: str
    type: str
    source: str | None
    target: str | None
    date: str | None
    outlet: str
    root: str
    seen: dt.date | None


def actor_key(actor_json: str | None, code: str | None, country: str | None) -> str | None:
    """What identifies an actor across documents: its code, or its country for a person."""
    kind = json.loads(actor_json).get("kind") if actor_json else None
    if kind == "person":
        return country or code
    return code or country


def _mentions(store: Store) -> list[_Mention]:
    out = []
    for r in store.query(_EVENTS_SQL):
        src = actor_key(r["source"], r["source_code"], r["source_country"])
        tgt = actor_key(r["target"], r["target_code"], r["target_country"])
        if r["type"] in SYMMETRIC_TYPES and (tgt or "") < (src or ""):
            src, tgt = tgt, src
        out.append(
            _Mention(
                r["event_id"], r["doc_id"], r["type"], src, tgt, r["date"], r["outlet"], r["root"], r["seen"]
            )
        )
    return out


def assign_clusters(mentions: list[_Mention]) -> dict[str, str]:
    """event_id → the date key of its cluster, within groups of the same type and actors."""
    by_key: dict[tuple[str, str | None, str | None], list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_key[(m.type, m.source, m.target)].append(m)
    out: dict[str, str] = {}
    for group in by_key.values():
        out.update(_cluster_dates(group))
    return out


def _cluster_dates(group: list[_Mention]) -> dict[str, str]:
    days = {m.date for m in group if m.date and len(m.date) == 10}
    out: dict[str, str] = {}
    for m in group:
        if not m.date:
            continue
        if len(m.date) == 7:  # a month: the one day cluster in it, if there is exactly one
            inside = [d for d in days if d.startswith(m.date)]
            out[m.event_id] = inside[0] if len(inside) == 1 else m.date
        else:
            out[m.event_id] = m.date
    for m in group:  # undated: only within its own duplicate group
        if m.date:
            continue
        dated = sorted(out[o.event_id] for o in group if o.root == m.root and o.event_id in out)
        out[m.event_id] = dated[0] if dated else f"undated:{m.root}"
    return out


def cluster_events(store: Store) -> None:
    """Recompute `events.cluster_id` and the `event_clusters` table over the whole store."""
    mentions = _mentions(store)
    date_of = assign_clusters(mentions)
    members: dict[str, list[_Mention]] = defaultdict(list)
    cluster_of: dict[str, str] = {}
    for m in mentions:
        cid = cluster_id(m.type, m.source, m.target, date_of[m.event_id])
        cluster_of[m.event_id] = cid
        members[cid].append(m)
    rows = [_cluster_row(cid, ms, date_of[ms[0].event_id]) for cid, ms in members.items()]
    con = store.con
    con.execute("BEGIN")
    try:
        con.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
        con.execute("DELETE FROM event_clusters")
        if cluster_of:
            ids = pa.table({"event_id": list(cluster_of), "cluster_id": list(cluster_of.values())})
            con.register("_event_cluster_ids", ids)
            con.execute(
                "UPDATE events SET cluster_id = c.cluster_id FROM _event_cluster_ids c "
                "WHERE events.event_id = c.event_id"
            )
            con.unregister("_event_cluster_ids")
            con.executemany("INSERT INTO event_clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def cluster_id(type_: str, source: str | None, target: str | None, date_key: str) -> str:
    """A stable id: the same event keeps its id when the store is relinked."""
    key = f"{type_}|{source or ''}|{target or ''}|{date_key}"
    return "c" + hashlib.sha1(key.encode()).hexdigest()[:15]


def _cluster_row(cid: str, ms: list[_Mention], date_key: str) -> tuple[Any, ...]:
    when = None if date_key.startswith("undated:") else date_key
    precision = {10: "day", 7: "month", 4: "year"}.get(len(when or ""))
    first = min(ms, key=lambda m: (m.seen or dt.date.max, m.doc_id))
    return (
        cid,
        ms[0].type,
        ms[0].source,
        ms[0].target,
        when,
        precision,
        len(ms),
        len({m.doc_id for m in ms}),
        len({m.outlet for m in ms}),
        first.seen,
        first.doc_id,
    )


def cluster_rows(store: Store) -> list[dict[str, Any]]:
    """The cluster rows for `tidings export clusters` (dates as ISO strings)."""
    rows = store.query(
        "SELECT cluster_id, type, source, target, date, date_precision, num_mentions, num_articles, "
        "num_sources, first_seen, first_doc_id FROM event_clusters "
        "ORDER BY first_seen NULLS LAST, date NULLS LAST, cluster_id"
    )
    return [{k: v.isoformat() if isinstance(v, dt.date) else v for k, v in r.items()} for r in rows]
