"""`tidings dyad` and `tidings timeline`: analysis for people."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

import click
from rich.table import Table

from tidings.analyze.dyad import PLOVER_TYPES, dyad_series
from tidings.analyze.timeline import timeline as build_timeline
from tidings.cli.options import db_option, output_format_option
from tidings.cli.output import console, print_table
from tidings.store import Store


@click.command()
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--by", type=click.Choice(["month", "quarter", "year"]), default="year", show_default=True)
@click.option(
    "--plot", type=click.Path(dir_okay=False, path_type=Path), help="Also draw a chart (.png or .svg)."
)
@output_format_option
def dyad(a: str, b: str, db: str, by: str, plot: Path | None, as_json: bool) -> None:
    """Events between actors A and B (codes such as KAZ, AFG, TALIBAN, UN) per
    period and direction: counts per PLOVER type and quad class, mean and summed
    intensity, and cooperation minus conflict.

    \b
    Example: tidings dyad KAZ AFG --by year --plot kaz_afg.png
    """
    with Store(db, read_only=True) as store:
        rows = dyad_series(store, a.upper(), b.upper(), by)  # type: ignore[arg-type]
    if plot:
        from tidings.analyze.charts import plot_dyad

        plot_dyad(rows, a.upper(), b.upper(), plot)
        click.echo(f"chart written to {plot}", err=True)
    if as_json:
        for r in rows:
            click.echo(
                json.dumps(
                    {**asdict(r), "intensity_mean": r.intensity_mean, "coop_conflict": r.coop_conflict}
                )
            )
        return
    types = [t for t in PLOVER_TYPES if any(t in r.counts for r in rows)]
    table = Table(
        "period", "direction", *types, "total", "Q1", "Q2", "Q3", "Q4", "mean int.", "sum int.", "coop−conf"
    )
    for r in rows:
        direction = f"{a}→{b}" if r.direction == "A→B" else f"{b}→{a}"
        table.add_row(
            r.period,
            direction,
            *(str(r.counts.get(t, "")) for t in types),
            str(r.total),
            *(str(r.quads.get(q, "")) for q in (1, 2, 3, 4)),
            f"{r.intensity_mean:+.1f}",
            f"{r.intensity_sum:+.1f}",
            f"{r.coop_conflict:+d}",
        )
    console().print(table)


@click.command()
@db_option
@click.option("--actor", help="Only events and facts involving this actor code.")
@click.option("--dyad", nargs=2, help="Only events and facts between two actor codes.")
@click.option("--from", "start", type=click.DateTime(["%Y-%m-%d", "%Y-%m", "%Y"]), help="Start date.")
@click.option("--to", "end", type=click.DateTime(["%Y-%m-%d", "%Y-%m", "%Y"]), help="End date.")
@click.option("--limit", default=500, show_default=True)
@output_format_option
def timeline(
    db: str,
    actor: str | None,
    dyad: tuple[str, str] | None,
    start: object,
    end: object,
    limit: int,
    as_json: bool,
) -> None:
    """Dated events and facts in order, each with its source document and sentence."""
    with Store(db, read_only=True) as store:
        items = build_timeline(
            store,
            actor=actor.upper() if actor else None,
            dyad=(dyad[0].upper(), dyad[1].upper()) if dyad else None,
            start=_day(start),
            end=_day(end),
            limit=limit,
        )
    if as_json:
        for it in items:
            click.echo(json.dumps(asdict(it), default=str, ensure_ascii=False))
        return
    print_table(
        ("date", "kind", "what", "document", "sentence"),
        ((it.date_text, it.kind, it.what, it.doc_name, " ".join(it.sentence.split())) for it in items),
        wide=("what", "sentence"),
        lines=True,
    )


def _day(value: object) -> date | None:
    return value.date() if hasattr(value, "date") else None  # click.DateTime gives datetime


@click.command()
@click.argument("actor")
@db_option
@click.option("--about", help="Only what concerns this other actor (e.g. --about AFG).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file.")
def profile(actor: str, db: str, about: str | None, fmt: str, output: Path | None) -> None:
    """A brief on ACTOR from the store: partners, event mix over time, key figures
    with agreement marks, key people with roles, recent events with citations.

    \b
    Example: tidings profile KAZ --about AFG --format html -o kaz_afg.html
    """
    from tidings.analyze.render import render_profile

    with Store(db, read_only=True) as store:
        text = render_profile(store, actor.upper(), about.upper() if about else None, fmt)
    _emit(text, output)


@click.command()
@db_option
@click.option("--dyad", nargs=2, required=True, help="The two actor codes, e.g. --dyad KAZ AFG.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The report file: .html, or .pdf (printed by Debian's chromium when installed).",
)
def report(db: str, dyad: tuple[str, str], output: Path) -> None:
    """One self-contained HTML report on a dyad: charts, timeline, figures with
    agreement marks, and the sources; or a PDF of it."""
    from tidings.analyze.pdf import html_to_pdf
    from tidings.analyze.render import render_report

    with Store(db, read_only=True) as store:
        html = render_report(store, dyad[0].upper(), dyad[1].upper())
    if output.suffix.lower() == ".pdf":
        html_to_pdf(html, output)
    else:
        output.write_text(html, encoding="utf-8")
    click.echo(f"report written to {output}", err=True)


@click.command()
@db_option
@click.option(
    "--graphml",
    type=click.Path(dir_okay=False, path_type=Path),
    default="actors.graphml",
    show_default=True,
    help="GraphML file for Gephi, yEd or networkx.",
)
@click.option("--image", type=click.Path(dir_okay=False, path_type=Path), help="Also draw it (.png or .svg).")
@click.option("--min-events", default=1, show_default=True, help="Drop edges with fewer events.")
def graph(db: str, graphml: Path, image: Path | None, min_events: int) -> None:
    """The actor network: who acts on whom, weighted by events."""
    from tidings.analyze.graph import actor_graph, draw_graph, write_graphml

    with Store(db, read_only=True) as store:
        g = actor_graph(store, min_events=min_events)
    write_graphml(g, graphml)
    if image:
        draw_graph(g, image)
    click.echo(f"{g.number_of_nodes()} actors, {g.number_of_edges()} edges -> {graphml}", err=True)


def _emit(text: str, output: Path | None) -> None:
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"written to {output}", err=True)
    else:
        click.echo(text)


COMMANDS = [dyad, timeline, profile, report, graph]
