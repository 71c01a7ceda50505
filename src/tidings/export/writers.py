"""Write export rows as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from tidings.errors import ConfigError

FORMATS = ("jsonl", "csv", "parquet")


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: Path | None) -> int:
    """Write rows to `out` (stdout when None, except for Parquet); returns the count."""
    data = list(rows)
    if fmt == "parquet":
        if out is None:
            raise ConfigError("Parquet needs a file", hint="add -o FILE.parquet")
        pq.write_table(pa.Table.from_pylist([_flat_for_arrow(r) for r in data]), out)
        return len(data)
    with _open(out) as fh:
        if fmt == "jsonl":
            for r in data:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        elif fmt == "csv":
            cols = list(data[0]) if data else []
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            for r in data:
                w.writerow({k: _cell(v) for k, v in r.items()})
        else:
            raise ConfigError(f"unknown format {fmt!r}", hint=f"one of {', '.join(FORMATS)}")
    return len(data)


def write_tsv(rows: Iterable[list[Any]], header: Sequence[str] | None, out: Path | None) -> int:
    """Tab-separated rows (tabs and newlines inside cells become spaces)."""
    n = 0
    with _open(out) as fh:
        if header:
            fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(_tsv_cell(v) for v in row) + "\n")
            n += 1
    return n


def _tsv_cell(v: Any) -> str:
    return "" if v is None else str(v).replace("\t", " ").replace("\n", " ")


def _cell(v: Any) -> Any:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v


def _flat_for_arrow(r: dict[str, Any]) -> dict[str, Any]:
    """Nested actor objects go to Parquet as JSON strings (stable schema across rows)."""
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v for k, v in r.items()}


class _open:
    def __init__(self, out: Path | None) -> None:
        self.out = out
        self.fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        self.fh = open(self.out, "w", encoding="utf-8", newline="") if self.out else sys.stdout
        return self.fh

    def __exit__(self, *exc: object) -> None:
        if self.out and self.fh:
            self.fh.close()
