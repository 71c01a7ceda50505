"""`tidings ingest`."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tidings.cli.options import db_option, settings_from, settings_options
from tidings.engines.local import IngestReport
from tidings.engines.local import ingest as run_ingest
from tidings.errors import ConfigError
from tidings.ingest.readers import read_inputs
from tidings.pipeline import Pipeline
from tidings.records import Failure
from tidings.store import Store


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@settings_options
@click.option(
    "--workers",
    "-w",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Worker processes (or Ray actors) for the pipeline (the store is written by this process).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Run batches in local processes, or on Ray actors (needs the `ray` extra).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(
    paths: tuple[str, ...],
    db: str,
    config_path: object,
    overrides: tuple[str, ...],
    workers: int,
    engine: str,
    quiet: bool,
) -> None:
    """Read PATHS (files, folders, globs, http(s) URLs, or - for stdin), run the
    whole pipeline and store documents, events and facts in the --db store.

    Re-ingesting unchanged content is a no-op; a changed file becomes a new
    version. Inputs that fail are reported one line each and recorded in the
    store's ingest_errors table; the exit code is 1 when any input failed.
    """
    settings = settings_from(config_path, overrides)  # type: ignore[arg-type]
    err = Console(stderr=True)
    with Store(db) as store:
        pipeline = Pipeline(settings)
        inputs = read_inputs(list(paths), settings.ingest)

        def show_failure(f: Failure) -> None:
            line = f"{escape(f.name)}: {escape(' '.join(f.reason.split()))}"  # names may hold [brackets]
            err.print(f"[red]failed[/red] {line}", markup=True, highlight=False, soft_wrap=True)

        with Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=err,
            disable=quiet,
            transient=False,
        ) as bar:
            task = bar.add_task("", total=None)

            def progress(r: IngestReport) -> None:
                bar.update(
                    task,
                    completed=r.read + len(r.failures),
                    description=f"added {r.added} unchanged {r.unchanged} failed {len(r.failures)}",
                )

            size = settings.ingest.batch_size
            if engine == "ray":
                try:
                    from tidings.engines import ray_engine  # the optional extra, imported when asked
                except ImportError as e:
                    raise ConfigError("--engine ray needs Ray", hint="pip install 'tidings[ray]'") from e
                report = ray_engine.ingest(
                    inputs,
                    pipeline,
                    store,
                    actors=workers,
                    batch_size=size,
                    on_progress=progress,
                    on_failure=show_failure,
                )
            else:
                report = run_ingest(
                    inputs,
                    pipeline,
                    store,
                    batch_size=size,
                    workers=workers,
                    on_progress=progress,
                    on_failure=show_failure,
                )
    click.echo(
        f"read {report.read}, added {report.added}, unchanged {report.unchanged}, "
        f"failed {len(report.failures)} -> {db}"
    )
    if report.failures:
        sys.exit(1)


COMMANDS = [ingest]
