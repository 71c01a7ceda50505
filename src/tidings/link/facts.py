"""Cross-document reconciliation of facts.

Facts about the same measure, parties (unordered for turnover, ordered for
flows), commodity, unit and period form a cluster (`facts.cluster_id`).
Periods of the same calendar year that overlap but differ (Jan–Nov vs the
full year) share one cluster so the sources stand side by side. A cluster's
status is computed when it is read: `agree` (values within rounding),
`conflict`, `different_periods` or `single`.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from tidings.store import Store

UNORDERED = ("trade_turnover",)
ROUNDING = 0.005  # 412.5 vs 412 million: within half a percent agrees
APPROX_ROUNDING = 0.05  # "approximately $600 million" vs $590 million
STATUS_MARKS = {"agree": "✓", "conflict": "≠", "different_periods": "◐", "single": "·"}

_MEMBERS_SQL = """
SELECT f.fact_id, f.doc_id, d.doc_name, d.published, f.measure, f.reporter, f.partner, f.commodity,
       f.value, f.unit, f.currency, f.value_usd, f.approx, f.qualifier, f.casualty, f.period_start,
       f.period_end, f.period_text, f.text, f.sentence, f.cluster_id
FROM facts f JOIN documents d USING (doc_id)
ORDER BY d.doc_name, f.span_start
"""


def cluster_facts(store: Store) -> None:
    """Recompute `facts.cluster_id` for every stored fact."""
    rows = store.query(
        "SELECT fact_id, measure, reporter, partner, commodity, unit, casualty, period_start, period_end "
        "FROM facts"
    )
    ids = assign_clusters(rows)
    if not ids:
        return
    store.con.execute("BEGIN")
    try:
        store.con.execute("UPDATE facts SET cluster_id = NULL")
        store.con.executemany(
            "UPDATE facts SET cluster_id = ? WHERE fact_id = ?", [[c, f] for f, c in ids.items()]
        )
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise


def assign_clusters(rows: Sequence[dict[str, Any]]) -> dict[str, str]:
    """fact_id -> cluster_id for fact rows (measure, parties, commodity, unit, period)."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[_base_key(r)].append(r)
    out: dict[str, str] = {}
    for key, members in groups.items():
        for period_key, part in _by_period(members).items():
            cid = hashlib.sha1(repr((key, period_key)).encode("utf-8")).hexdigest()[:12]
            for r in part:
                out[r["fact_id"]] = cid
    return out


def _base_key(r: dict[str, Any]) -> tuple[Any, ...]:
    parties = (r["reporter"], r["partner"])
    if r["measure"] in UNORDERED:
        lo, hi = sorted(parties, key=lambda c: c or "")
        parties = (lo, hi)
    return (r["measure"], parties, commodity_key(r["commodity"]), r["unit"], r.get("casualty"))


def commodity_key(commodity: str | None) -> str | None:
    """The head word, singular: "refined petroleum products" -> "product"."""
    if not commodity:
        return None
    head = commodity.lower().split()[-1]
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _by_period(members: list[dict[str, Any]]) -> dict[Any, list[dict[str, Any]]]:
    """Members grouped by period: one calendar year's overlapping periods go together."""
    out: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for r in members:
        s, e = r["period_start"], r["period_end"]
        if s is None or e is None:
            out[None].append(r)
        elif s.year == e.year:
            out[s.year].append(r)
        else:
            out[(s, e)].append(r)
    return out


def cluster_status(members: Sequence[dict[str, Any]]) -> str:
    """agree, conflict, different_periods or single, for a cluster's member rows."""
    if len(members) < 2:
        return "single"
    if len({(m["period_start"], m["period_end"]) for m in members}) > 1:
        return "different_periods"
    values = [float(m["value"]) for m in members]
    approx = any(m["approx"] for m in members)
    return "agree" if values_agree(values, approx=approx) else "conflict"


def values_agree(values: Sequence[float], *, approx: bool = False) -> bool:
    """Whether figures are the same figure rounded differently."""
    hi, lo = max(values), min(values)
    if hi == 0:
        return lo == 0
    return (hi - lo) / abs(hi) <= (APPROX_ROUNDING if approx else ROUNDING)


def fact_clusters(
    store: Store,
    *,
    dyad: tuple[str, str] | None = None,
    measure: str | None = None,
    commodity: str | None = None,
    period: tuple[date, date] | None = None,
) -> list[dict[str, Any]]:
    """Clusters with their status and members (doc_name, value, period, text), filtered."""
    clusters: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in store.query(_MEMBERS_SQL):
        clusters[r["cluster_id"] or r["fact_id"]].append(r)
    out = []
    for cid, members in clusters.items():
        first = members[0]
        if measure and first["measure"] != measure:
            continue
        if dyad and {first["reporter"], first["partner"]} != set(dyad):
            continue
        if commodity and commodity.lower() not in (first["commodity"] or "").lower():
            continue
        out.append(_summary(cid, members))
    if period:
        out = [c for c in out if c["period_start"] and _overlaps(c, period)]
    return sorted(out, key=lambda c: (c["period_start"] or date.min, c["measure"], c["value"] or 0))


def _summary(cid: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    first = members[0]
    starts = [m["period_start"] for m in members if m["period_start"]]
    ends = [m["period_end"] for m in members if m["period_end"]]
    widest = max(members, key=lambda m: (m["period_end"] or date.min) - (m["period_start"] or date.max))
    return {
        "cluster_id": cid,
        "status": cluster_status(members),
        "measure": first["measure"],
        "reporter": first["reporter"],
        "partner": first["partner"],
        "commodity": first["commodity"],
        "unit": first["unit"],
        "casualty": first["casualty"],
        "value": widest["value"],
        "period_start": min(starts) if starts else None,
        "period_end": max(ends) if ends else None,
        "sources": len({m["doc_id"] for m in members}),
        "members": [
            {
                "fact_id": m["fact_id"],
                "doc_name": m["doc_name"],
                "value": m["value"],
                "approx": m["approx"],
                "qualifier": m["qualifier"],
                "period_start": m["period_start"],
                "period_end": m["period_end"],
                "period_text": m["period_text"],
                "text": m["text"],
                "sentence": m["sentence"],
            }
            for m in members
        ],
    }


def _overlaps(c: dict[str, Any], period: tuple[date, date]) -> bool:
    return bool(c["period_start"] <= period[1] and (c["period_end"] or c["period_start"]) >= period[0])
