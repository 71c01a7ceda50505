"""Converting reported amounts to US dollars with the shipped yearly rate table."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def usd_rates() -> dict[str, dict[int, float]]:
    """Units of each currency per US dollar, by year (data/usd_rates.json)."""
    raw = json.loads(resources.files("tidings.facts").joinpath("data/usd_rates.json").read_text("utf-8"))
    return {cur: {int(y): float(r) for y, r in years.items()} for cur, years in raw.items() if cur != "_doc"}


def to_usd(value: float, currency: str | None, year: int | None) -> float | None:
    """`value` in US dollars, or None when the currency or its year's rate is unknown.

    Without a year, or for a year outside the table, the nearest year's rate is used.
    """
    if currency == "USD":
        return value
    if currency is None:
        return None
    years = usd_rates().get(currency)
    if not years:
        return None
    wanted = max(years) if year is None else year
    nearest = min(years, key=lambda y: abs(y - wanted))
    return round(value / years[nearest], 2)
