"""The dyad report printed to PDF by Debian's chromium (installed by `make install`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.analyze.pdf import find_chromium
from tidings.cli import main
from tidings.store import Store


@pytest.mark.skipif(find_chromium() is None, reason="chromium is not installed")
def test_report_as_pdf(store: Store, tmp_path: Path) -> None:
    store.close()
    out = tmp_path / "kaz_afg.pdf"
    res = CliRunner().invoke(main, ["report", "--db", store.path, "--dyad", "KAZ", "AFG", "-o", str(out)])
    assert res.exit_code == 0, res.output
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000  # the chart is embedded, not linked
