"""Profiles and dyad reports rendered as Markdown or self-contained HTML."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from tidings import __version__
from tidings.analyze import charts
from tidings.analyze.dyad import dyad_series
from tidings.analyze.profile import build_profile
from tidings.analyze.timeline import timeline
from tidings.store import Store

MARKS = {
    "agree": ("✓", "agree", "sources agree within rounding"),
    "conflict": ("≠", "conflict", "sources conflict"),
    "different_periods": ("◐", "periods", "sources cover different periods"),
}


def _env(autoescape: bool) -> Environment:
    return Environment(
        loader=PackageLoader("tidings.analyze", "templates"),
        autoescape=select_autoescape(["html"]) if autoescape else False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_profile(store: Store, actor: str, about: str | None, fmt: str) -> str:
    """A brief on `actor` (optionally about `about`) as "md" or "html"."""
    p = build_profile(store, actor, about)
    figures = _figure_rows(store, p.figures)
    if fmt == "md":
        types = sorted({str(r["type"]) for r in p.mix})
        mix: dict[str, dict[str, int]] = {}
        for r in p.mix:
            mix.setdefault(str(r["year"]), {})[str(r["type"])] = int(r["events"])
        rows = [
            (year, [str(counts.get(t, "")) for t in types])
            for year, counts in sorted(mix.items(), key=lambda kv: (kv[0] == "undated", kv[0]))
        ]
        p.figures = figures
        return _env(False).get_template("profile.md.j2").render(p=p, mix_types=types, mix_rows=rows)
    with tempfile.TemporaryDirectory() as tmp:
        chart = None
        if p.mix:
            title = f"{actor} events per type and year" + (f" (with {about})" if about else "")
            chart = charts.png_data_uri(charts.plot_mix(p.mix, title, Path(tmp) / "mix.png"))
        return (
            _env(True)
            .get_template("profile.html.j2")
            .render(
                p=p,
                figures=figures,
                mix_chart=chart,
                title=f"{p.name} profile",
                version=__version__,
                db=store.path,
            )
        )


def render_report(store: Store, a: str, b: str) -> str:
    """One self-contained HTML file on the A–B dyad: chart, timeline, figures, sources."""
    series = dyad_series(store, a, b, "year")
    items = timeline(store, dyad=(a, b), limit=1000)
    profile = build_profile(store, a, b)
    figures = _figure_rows(store, profile.figures)
    doc_names = {it.doc_name for it in items} | {f["doc_name"] for f in figures}
    sources = store.query(
        "SELECT doc_id, doc_name, title, source, author, published FROM documents WHERE doc_name IN ? "
        "ORDER BY published NULLS LAST, doc_name",
        [sorted(doc_names) or [""]],
    )
    with tempfile.TemporaryDirectory() as tmp:
        chart = (
            charts.png_data_uri(charts.plot_dyad(series, a, b, Path(tmp) / "dyad.png")) if series else None
        )
        return (
            _env(True)
            .get_template("report.html.j2")
            .render(
                a=a,
                b=b,
                dyad=series,
                dyad_chart=chart,
                timeline=items,
                figures=figures,
                sources=sources,
                n_events=sum(r.total for r in series),
                title=f"{a}–{b} report",
                version=__version__,
                db=store.path,
            )
        )


def _figure_rows(store: Store, figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Facts with display text for value and period, and their cluster's agreement mark."""
    statuses = _cluster_statuses(store)
    out = []
    for f in figures:
        mark, cls, title = MARKS.get(statuses.get(f.get("cluster_id") or "", ""), ("", "", "one source"))
        out.append(
            {
                **f,
                "value_text": _value_text(f),
                "period_text": _period_text(f),
                "mark": mark,
                "mark_class": cls,
                "mark_title": title,
            }
        )
    return out


def _cluster_statuses(store: Store) -> dict[str, str]:
    from tidings.link.facts import fact_clusters

    return {c["cluster_id"]: c["status"] for c in fact_clusters(store)}


def _value_text(f: dict[str, Any]) -> str:
    v, unit = float(f["value"]), f["unit"]
    for div, word in ((1e9, " billion"), (1e6, " million"), (1e3, " thousand")):
        if abs(v) >= div and unit != "%":
            return f"{'~' if f.get('approx') else ''}{v / div:,.4g}{word} {unit}"
    return f"{'~' if f.get('approx') else ''}{v:,.4g} {unit}"


def _period_text(f: dict[str, Any]) -> str:
    s, e = f.get("period_start"), f.get("period_end")
    if not isinstance(s, date) or not isinstance(e, date):
        return ""
    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
        return str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
    return f"{s:%Y-%m}–{e:%Y-%m}" if s.day == 1 else f"{s}–{e}"
