"""`tidings docs` and `tidings show`: stored documents, for people."""

from __future__ import annotations

import json

import click

from tidings.cli.options import db_option, output_format_option
from tidings.cli.output import console, print_table
from tidings.errors import TidingsError
from tidings.store import Store
from tidings.store.queries import document_detail, list_documents


@click.command()
@db_option
@output_format_option
@click.option("--errors", is_flag=True, help="List the recorded ingest errors instead.")
def docs(db: str, as_json: bool, errors: bool) -> None:
    """List stored documents (id, date, outlet, title, counts), or --errors."""
    with Store(db, read_only=True) as store:
        rows = (
            store.query("SELECT name, uri, stage, reason, failed_at FROM ingest_errors ORDER BY failed_at")
            if errors
            else list_documents(store)
        )
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, default=str, ensure_ascii=False))
        return
    print_table(
        list(rows[0]) if rows else ["(none)"], [list(r.values()) for r in rows], wide=("title", "reason")
    )


@click.command()
@click.argument("doc")
@db_option
@click.option("--raw", is_flag=True, help="Show the original text instead of the clean text.")
def show(doc: str, db: str, raw: bool) -> None:
    """Show one document (by doc_id, its prefix, or its file name): metadata,
    text, and the events and facts coded from it."""
    with Store(db, read_only=True) as store:
        detail = document_detail(store, doc)
    if detail is None:
        raise TidingsError(f"{doc}: no such document", hint="`tidings docs` lists them")
    con = console()
    meta = detail["meta"]
    con.rule(str(meta.get("title") or meta["doc_name"]))
    for k, v in meta.items():
        con.print(f"[bold]{k}[/bold]: {v}", highlight=False)
    con.rule("text")
    con.print(detail["raw_text"] if raw else detail["clean_text"], markup=False, highlight=False)
    for kind in ("events", "facts"):
        con.rule(f"{kind} ({len(detail[kind])})")
        for row in detail[kind]:
            con.print(row, markup=False, highlight=False)


COMMANDS = [docs, show]
