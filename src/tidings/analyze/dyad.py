"""Dyad time series: event counts per PLOVER type and quad class, with intensity, both ways."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tidings.analyze.actors_sql import dyad_where, side_matches
from tidings.store import Store

Period = Literal["month", "quarter", "year"]
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
# a date is only placed in a bucket at least as coarse as its own precision
_FINE_ENOUGH = {
    "month": ("day", "month"),
    "quarter": ("day", "month", "quarter"),
    "year": ("day", "month", "quarter", "half", "year"),
}


@dataclass(slots=True)
class DyadRow:
    period: str  # 2023-04, 2023-Q2, 2023, or "undated" (no date this fine)
    direction: str  # "A→B" or "B→A"
    counts: dict[str, int] = field(default_factory=dict)  # PLOVER type -> events
    quads: dict[int, int] = field(default_factory=dict)  # quad class -> events
    total: int = 0
    intensity_sum: float = 0.0

    @property
    def intensity_mean(self) -> float:
        return self.intensity_sum / self.total if self.total else 0.0

    @property
    def coop_conflict(self) -> int:
        """Cooperative minus conflictual events (quads 1+2 minus 3+4)."""
        q = self.quads
        return q.get(1, 0) + q.get(2, 0) - q.get(3, 0) - q.get(4, 0)


def dyad_series(store: Store, a: str, b: str, by: Period = "year") -> list[DyadRow]:
    """Rows per period and direction, oldest first; undated events come last."""
    where, _ = dyad_where()
    fine = ", ".join(f"'{p}'" for p in _FINE_ENOUGH[by])
    bucket = {
        "month": "strftime(date_start, '%Y-%m')",
        "quarter": "strftime(date_start, '%Y') || '-Q' || quarter(date_start)",
        "year": "strftime(date_start, '%Y')",
    }[by]
    sql = f"""
        SELECT CASE WHEN date_start IS NOT NULL AND date_precision IN ({fine}) THEN {bucket}
                    ELSE 'undated' END AS period,
               CASE WHEN {side_matches("source")} THEN 'A→B' ELSE 'B→A' END AS direction,
               type, quad_class, count(*) AS n, sum(coalesce(intensity, 0)) AS isum
        FROM events
        WHERE NOT coalesce(negated, false) AND {where}
        GROUP BY ALL
    """
    params = [a, a, a, a, b, b, b, b, a, a]
    rows: dict[tuple[str, str], DyadRow] = {}
    for r in store.query(sql, params):
        key = (r["period"], r["direction"])
        row = rows.setdefault(key, DyadRow(period=key[0], direction=key[1]))
        row.counts[r["type"]] = row.counts.get(r["type"], 0) + r["n"]
        if r["quad_class"] is not None:
            row.quads[r["quad_class"]] = row.quads.get(r["quad_class"], 0) + r["n"]
        row.total += r["n"]
        row.intensity_sum += r["isum"]
    return sorted(rows.values(), key=lambda r: (r.period == "undated", r.period, r.direction))
