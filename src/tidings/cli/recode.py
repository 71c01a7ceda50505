"""`tidings recode`: re-run the coding stages over stored documents."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tidings.cli.options import db_option, settings_from, settings_options
from tidings.engines.local import recode as run_recode
from tidings.pipeline import Pipeline
from tidings.store import Store
from tidings.store.queries import find_doc_id


@click.command()
@db_option
@settings_options
@click.option(
    "--doc", "docs", multiple=True, help="Only this document (id, id prefix or file name); repeatable."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def recode(
    db: str, config_path: Path | None, overrides: tuple[str, ...], docs: tuple[str, ...], quiet: bool
) -> None:
    """Re-run NLP, actors, time, events and facts over documents already stored
    (after an upgrade of the coder), without re-reading files. Their previous
    mentions, events and facts are replaced; the documents themselves stay."""
    settings = settings_from(config_path, overrides)
    with Store(db) as store:
        ids = [i for d in docs if (i := find_doc_id(store, d))] if docs else store.doc_ids()
        pipeline = Pipeline(settings)
        with Progress(
            TextColumn("recode"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            disable=quiet,
        ) as bar:
            task = bar.add_task("", total=len(ids))
            done, failures = run_recode(
                store,
                pipeline,
                ids,
                batch_size=settings.ingest.batch_size,
                on_progress=lambda n: bar.update(task, completed=n),
            )
    for f in failures:
        click.echo(f"failed {f.name}: {f.reason}", err=True)
    click.echo(f"recoded {done - len(failures)} of {done} documents -> {db}")
    if failures:
        sys.exit(1)


COMMANDS = [recode]
