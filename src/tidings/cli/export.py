"""`tidings export`."""

from __future__ import annotations

from pathlib import Path

import click

from tidings.cli.options import db_option
from tidings.export.contract import KINDS, export_rows
from tidings.export.writers import FORMATS, write_rows
from tidings.store import Store


@click.command()
@click.argument("kind", type=click.Choice(KINDS))
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file (default: standard output; required for parquet).",
)
def export(kind: str, db: str, fmt: str, output: Path | None) -> None:
    """Export stored docs, events or facts with the fields of the export
    contract (SPEC.md): one record per line in jsonl."""
    with Store(db, read_only=True) as store:
        n = write_rows(export_rows(store, kind), fmt, output)
    if output:
        click.echo(f"wrote {n} {kind} to {output}", err=True)


COMMANDS = [export]
