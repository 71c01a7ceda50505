"""Terminal output shared by the query commands: a console and tables that fit it."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

PIPE_WIDTH = 160  # when output goes to a file or pipe, rich would otherwise assume 80 columns


def console() -> Console:
    return Console() if sys.stdout.isatty() else Console(width=PIPE_WIDTH)


def print_table(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], *, wide: Sequence[str] = (), lines: bool = False
) -> None:
    """One row per line: cells are cut with an ellipsis, except the `wide` columns, which wrap."""
    table = Table(*columns, show_lines=lines)
    for col in table.columns:
        if str(col.header) not in wide:
            col.no_wrap, col.overflow, col.max_width = True, "ellipsis", 28
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console().print(table)
