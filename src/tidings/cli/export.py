"""`tidings export`."""

from __future__ import annotations

from pathlib import Path

import click

from tidings.cli.options import db_option
from tidings.errors import ConfigError
from tidings.export.contract import KINDS, export_rows
from tidings.export.events_sql import events_with_counts
from tidings.export.gdelt import COLUMNS as GDELT_COLUMNS
from tidings.export.gdelt import gdelt_rows
from tidings.export.plover import plover_records
from tidings.export.writers import FORMATS, write_rows, write_tsv
from tidings.store import Store

EVENT_FORMATS = ("plover", "gdelt")


@click.command()
@click.argument("kind", metavar="docs|events|facts|clusters|TABLE")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS + EVENT_FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl/csv/parquet: the export contract's fields. For events also plover "
    "(PLOVER JSON records, one per line) and gdelt (GDELT 2.0-style TSV, one row per story).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file (default: standard output; required for parquet).",
)
@click.option("--no-header", is_flag=True, help="gdelt: omit the header line, as GDELT's own files do.")
def export(kind: str, db: str, fmt: str, output: Path | None, no_header: bool) -> None:
    """Export stored docs, events or facts with the export contract's fields,
    event clusters (one row per story: mentions, articles, outlets), or any
    table of the store as it is (documents, texts, ingest_errors, mentions, ...).

    \b
    Examples:
      tidings export docs --db my.duckdb -o docs.jsonl
      tidings export events --db my.duckdb --format parquet -o events.parquet
      tidings export events --db my.duckdb --format plover -o events.plover.jsonl
      tidings export events --db my.duckdb --format gdelt -o events.tsv
    """
    if fmt in EVENT_FORMATS and kind != "events":
        raise ConfigError(f"--format {fmt} is for events only")
    with Store(db, read_only=True) as store:
        if fmt == "plover":
            n = write_rows(plover_records(events_with_counts(store)), "jsonl", output)
        elif fmt == "gdelt":
            n = write_tsv(gdelt_rows(events_with_counts(store)), None if no_header else GDELT_COLUMNS, output)
        elif kind in KINDS:
            n = write_rows(export_rows(store, kind), fmt, output)
        elif kind in store.tables():
            if fmt == "parquet" and output is not None:
                store.export_parquet(kind, output)
                n = store.query(f"SELECT count(*) AS n FROM {kind}")[0]["n"]
            else:
                n = write_rows(store.query(f"SELECT * FROM {kind}"), fmt, output)
        else:
            raise ConfigError(
                f"nothing to export called {kind!r}",
                hint=f"one of {', '.join(KINDS)} or a table: {', '.join(store.tables())}",
            )
    if output:
        click.echo(f"wrote {n} {kind} to {output}", err=True)


COMMANDS = [export]
