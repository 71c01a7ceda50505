"""Option bundles shared by commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from tidings.config import Settings, load_settings
from tidings.store import DEFAULT_DB

F = Callable[..., Any]


def db_option(f: F) -> F:
    return click.option(
        "--db",
        "db",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="The DuckDB store file.",
    )(f)


def settings_options(f: F) -> F:
    f = click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, exists=True, path_type=Path),
        help="A TOML settings file.",
    )(f)
    return click.option(
        "--set",
        "overrides",
        multiple=True,
        metavar="KEY=VALUE",
        help="Override one setting, e.g. --set nlp.batch_size=64.",
    )(f)


def settings_from(config_path: Path | None, overrides: tuple[str, ...]) -> Settings:
    return load_settings(config_path, list(overrides))


def output_format_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON Lines instead of a table.")(f)
