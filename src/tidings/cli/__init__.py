"""The `tidings` command: one click group, one error boundary."""

from __future__ import annotations

import sys
from typing import Any

import click

from tidings import __version__
from tidings.errors import TidingsError


class Group(click.Group):
    """Turns TidingsError into one line (and exit 1) unless --debug is given."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TidingsError as e:
            if ctx.meta.get("debug"):
                raise
            click.echo(f"error: {e}", err=True)
            if e.hint:
                click.echo(f"hint: {e.hint}", err=True)
            sys.exit(1)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tidings")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """tidings: news and analysis articles into a source-linked dataset of
    actors, PLOVER/CAMEO events and numeric facts.

    \b
    Typical use:
      tidings ingest articles/ --db my.duckdb     read, code and store
      tidings docs --db my.duckdb                 what is stored
      tidings events --db my.duckdb --actor KAZ   coded events
      tidings export events --db my.duckdb -o events.jsonl
    """
    ctx.meta["debug"] = debug


def _register() -> None:
    from tidings.cli import analyze, docs, events, export, facts, ingest, recode

    for module in (ingest, recode, export, docs, events, facts, analyze):
        for cmd in module.COMMANDS:
            main.add_command(cmd)


_register()
