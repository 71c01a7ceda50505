"""`tidings facts`: stored facts reconciled across documents, for people."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import click
from rich.table import Table

from tidings.cli.options import db_option
from tidings.cli.output import console
from tidings.errors import ConfigError
from tidings.link.facts import STATUS_MARKS, fact_clusters
from tidings.store import Store

MEASURES = (
    "trade_turnover",
    "exports",
    "imports",
    "aid",
    "investment",
    "loan",
    "share",
    "count",
    "length",
    "other",
)


@click.command()
@db_option
@click.option("--dyad", nargs=2, metavar="A B", help="Only facts between these two actor codes.")
@click.option("--measure", type=click.Choice(MEASURES), help="Only this measure.")
@click.option("--commodity", help="Only facts whose commodity contains this word.")
@click.option("--period", metavar="YYYY|YYYY-MM..YYYY-MM", help="Only facts whose period overlaps this one.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per cluster instead of a table.")
def facts(
    db: str,
    dyad: tuple[str, str] | None,
    measure: str | None,
    commodity: str | None,
    period: str | None,
    as_json: bool,
) -> None:
    """Facts reconciled across documents: value, unit, period, parties, sources and whether
    they agree (✓ agree, ≠ conflict, ◐ different periods). "what" is the commodity of a flow
    or what befell the people a count counts (killed, wounded, arrested, displaced, ...);
    money is in US dollars."""
    with Store(db, read_only=True) as store:
        clusters = fact_clusters(
            store,
            dyad=(dyad[0].upper(), dyad[1].upper()) if dyad else None,
            measure=measure,
            commodity=commodity,
            period=parse_period(period) if period else None,
        )
    if as_json:
        for c in clusters:
            click.echo(json.dumps(c, default=str, ensure_ascii=False))
        return
    console().print(clusters_table(clusters))


def parse_period(text: str) -> tuple[date, date]:
    """ "2022" -> the year; "2023-01..2023-11" -> January 1 to November 30."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:\.\.(\d{4})(?:-(\d{2}))?)?", text.strip())
    if not m:
        raise ConfigError(f"--period {text!r}: expected YYYY or YYYY-MM..YYYY-MM")
    y1, m1, y2, m2 = m.groups()
    start = date(int(y1), int(m1 or 1), 1)
    end_y, end_m = (int(y2), int(m2 or 12)) if y2 else (int(y1), int(m1 or 12))
    nxt = date(end_y + end_m // 12, end_m % 12 + 1, 1)
    return start, date.fromordinal(nxt.toordinal() - 1)


def clusters_table(clusters: list[dict[str, Any]]) -> Table:
    table = Table("", "measure", "parties", "what", "value", "unit", "period", "sources")
    for c in clusters:
        sources = "\n".join(
            f"{m['doc_name']}: {_num(m['value'])} ({_period(m['period_start'], m['period_end']) or '-'})"
            for m in c["members"]
        )
        parties = " – ".join(p for p in (c["reporter"], c["partner"]) if p)
        table.add_row(
            STATUS_MARKS[c["status"]],
            c["measure"],
            parties,
            c["commodity"] or c.get("casualty") or "",  # goods for flows; killed, arrested, ... for counts
            _num(c["value"]),
            c["unit"],
            _period(c["period_start"], c["period_end"]),
            sources,
        )
    return table


def _num(v: float | None) -> str:
    """412500000 -> 412.5M; small values as they are."""
    if v is None:
        return ""
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(v) >= scale:
            return f"{v / scale:,.4g}{suffix}"
    return f"{v:g}"


def _period(s: date | None, e: date | None) -> str:
    """2022, 2023-01, or 2023-01..2023-11."""
    if s is None:
        return ""
    if e is None or (s.year == e.year and (s.month, e.month) == (1, 12)):
        return str(s.year)
    if (s.year, s.month) == (e.year, e.month):
        return f"{s:%Y-%m}"
    return f"{s:%Y-%m}..{e:%Y-%m}"


COMMANDS = [facts]
