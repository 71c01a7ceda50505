"""Expand the succession lists of `data/curated_office_holders.json` into dated person roles.

Each list holds one post of one state in order; a term ends the day before the next begins and
the last stays open unless the list closes with "end DATE". The result has the shape of the
curated persons ({"name", "roles": [[from, to, country, sector, role], ...], "t": True}), where "t"
says a bare surname needs a fitting title to stand for the person.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any


def _iso(value: str) -> date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _terms(value: str) -> list[tuple[date, str | None]]:
    """(start, holder) pairs in order; holder None marks the end of the post."""
    out: list[tuple[date, str | None]] = []
    for item in value.split(";"):
        first, _, rest = item.strip().partition(" ")
        if first == "end":
            out.append((_iso(rest.strip()), None))
        else:
            out.append((_iso(first), rest.strip()))
    return out


def expand_holders(holders: dict[str, str], known: set[str]) -> list[dict[str, Any]]:
    """One person record per holder not already in `known` (curated names win), roles by date."""
    roles: dict[str, list[list[str | None]]] = {}
    for key, value in holders.items():
        country, sector, role = key.split("|")
        terms = _terms(value)
        for i, (start, name) in enumerate(terms):
            if name is None or name in known:
                continue
            end = terms[i + 1][0] - timedelta(days=1) if i + 1 < len(terms) else None
            roles.setdefault(name, []).append(
                [start.isoformat(), end.isoformat() if end else None, country, sector, role]
            )
    return [
        {"name": name, "roles": sorted(rs, key=lambda r: r[0] or ""), "t": True}
        for name, rs in sorted(roles.items())
    ]
