"""`tidings events`: stored events, for people."""

from __future__ import annotations

import json

import click

from tidings.cli.options import db_option, output_format_option
from tidings.cli.output import print_table
from tidings.events.query import EventFilter, event_rows
from tidings.store import Store


def _actor(row: dict[str, object], side: str) -> str:
    """A state or organisation code; a person by name and country ("Vikram Misri (IND)")."""
    code, country = row[f"{side}_code"], row[f"{side}_country"]
    if isinstance(code, str) and code.startswith("PER:"):
        return f"{row.get(f'{side}_name') or code[4:]} ({country or '?'})"
    return str(code or country or "?")


@click.command()
@db_option
@click.option("--actor", help="Events with this actor (code or country) as source or target.")
@click.option("--dyad", nargs=2, metavar="A B", help="Events between A and B, either direction.")
@click.option("--type", "type_", help="PLOVER type, e.g. CONSULT.")
@click.option("--from", "date_from", metavar="DATE", help="On or after this date (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", metavar="DATE", help="On or before this date (YYYY[-MM[-DD]]).")
@click.option("--doc", help="Only this document (doc_id, its prefix, or file name).")
@click.option("--limit", type=int, help="At most this many events.")
@output_format_option
def events(
    db: str,
    actor: str | None,
    dyad: tuple[str, str] | None,
    type_: str | None,
    date_from: str | None,
    date_to: str | None,
    doc: str | None,
    limit: int | None,
    as_json: bool,
) -> None:
    """List coded events: date, type, source -> target, mode, negation/modality, sentence."""
    f = EventFilter(
        actor=actor, dyad=dyad or None, type=type_, date_from=date_from, date_to=date_to, doc=doc, limit=limit
    )
    with Store(db, read_only=True) as store:
        rows = event_rows(store, f)
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, default=str, ensure_ascii=False))
        return
    print_table(
        ("date", "type", "source → target", "mode", "stance", "sentence"),
        (
            (
                r["date"],
                r["type"],
                f"{_actor(r, 'source')} → {_actor(r, 'target')}",
                r["mode"],
                ("NOT " if r["negated"] else "") + str(r["modality"] or ""),
                " ".join(str(r["sentence"]).split()),
            )
            for r in rows
        ),
        wide=("sentence",),
    )


COMMANDS = [events]
