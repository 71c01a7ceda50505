"""What users see: every command answers --help and is in the README's reference."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tidings.cli import main

from .conftest import ROOT

COMMANDS = sorted(main.commands)


def test_command_set_is_stable() -> None:
    expected = sorted(
        [
            "docs",
            "dyad",
            "events",
            "export",
            "facts",
            "graph",
            "ingest",
            "profile",
            "recode",
            "report",
            "show",
            "timeline",
        ]
    )
    assert expected == COMMANDS


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_is_documented(name: str) -> None:
    res = CliRunner().invoke(main, [name, "--help"])
    assert res.exit_code == 0, res.output
    assert len(res.output.splitlines()) > 4
    assert f"`tidings {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_missing_store_is_one_line_not_a_traceback(tmp_path: object) -> None:
    res = CliRunner().invoke(main, ["docs", "--db", "/nonexistent/x.duckdb"])
    assert res.exit_code == 1
    assert "no such store" in res.output and "Traceback" not in res.output
