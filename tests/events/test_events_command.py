"""`tidings events` as people read it: persons by name, filters applied."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tidings.cli import main

TEXT = (
    "Kenya and Uganda hold border talks\n\n"
    "12 March 2024\n\n"
    "Kenyan Foreign Minister Musalia Mudavadi met Ugandan President Yoweri Museveni in Kampala on Monday. "
    "Kenya also accused Uganda of blocking its fuel trucks at the border crossing near Busia."
)


def _store(tmp_path: Path) -> str:
    (tmp_path / "talks.txt").write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    res = CliRunner().invoke(main, ["ingest", str(tmp_path / "talks.txt"), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    return db


def test_persons_are_shown_by_name_and_filters_apply(tmp_path: Path) -> None:
    db = _store(tmp_path)
    runner = CliRunner()
    table = runner.invoke(main, ["events", "--db", db, "--dyad", "KEN", "UGA"], terminal_width=200)
    assert table.exit_code == 0, table.output
    assert "Musalia Mudavadi (KEN)" in table.output and "musalia-mudavadi" not in table.output
    rows = runner.invoke(main, ["events", "--db", db, "--type", "ACCUSE", "--json"])
    types = [json.loads(line)["type"] for line in rows.output.splitlines()]
    assert types == ["ACCUSE"]
