"""Analysis on a real store (our examples, plus the seeds when ../shared is there),
checked against the events and facts tables it was computed from."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import main
from tidings.store import Store

from ..conftest import EXAMPLES, SHARED

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("corpus") / "c.duckdb")
    paths = [str(EXAMPLES / "corpus")] + ([str(SHARED / "seeds")] if (SHARED / "seeds").is_dir() else [])
    res = CliRunner().invoke(main, ["ingest", *paths, "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    return db


def _between(a: str, b: str) -> str:
    src, tgt = "coalesce(source_country, source_code)", "coalesce(target_country, target_code)"
    pair = f"(({src} = '{a}' AND {tgt} = '{b}') OR ({src} = '{b}' AND {tgt} = '{a}'))"
    return f"NOT coalesce(negated, false) AND {pair}"


def test_dyad_by_year_matches_the_events_table(corpus_db: str) -> None:
    res = CliRunner().invoke(main, ["dyad", "KAZ", "AFG", "--by", "year", "--db", corpus_db, "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]
    with Store(corpus_db, read_only=True) as s:
        want = s.query(f"SELECT type, count(*) AS n FROM events WHERE {_between('KAZ', 'AFG')} GROUP BY type")
    got: Counter[str] = Counter()
    for r in rows:
        got.update(r["counts"])
    assert got == Counter({w["type"]: w["n"] for w in want})
    assert sum(got.values()) > 0


def test_profile_of_kaz_about_afg_cites_stored_records(corpus_db: str) -> None:
    res = CliRunner().invoke(main, ["profile", "KAZ", "--about", "AFG", "--db", corpus_db])
    assert res.exit_code == 0, res.output
    with Store(corpus_db, read_only=True) as s:
        docs = {
            r["doc_name"]
            for r in s.query(
                "SELECT DISTINCT d.doc_name FROM events e JOIN documents d USING (doc_id) "
                f"WHERE {_between('KAZ', 'AFG')}"
            )
        }
        facts = s.query(
            "SELECT value FROM facts WHERE (reporter = 'KAZ' AND partner = 'AFG') "
            "OR (reporter = 'AFG' AND partner = 'KAZ')"
        )
    assert "## Partners" in res.output and "## Recent events" in res.output
    assert any(name in res.output for name in docs)
    if facts:
        assert "## Key figures" in res.output and "No figures." not in res.output


def test_report_renders_every_dyad_source(corpus_db: str, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    res = CliRunner().invoke(main, ["report", "--dyad", "KAZ", "AFG", "--db", corpus_db, "-o", str(out)])
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    with Store(corpus_db, read_only=True) as s:
        names = [
            r["doc_name"]
            for r in s.query(
                "SELECT DISTINCT d.doc_name FROM events e JOIN documents d USING (doc_id) "
                f"WHERE e.date IS NOT NULL AND {_between('KAZ', 'AFG')}"
            )
        ]
    assert "data:image/png;base64," in html
    for name in names:
        assert name in html
