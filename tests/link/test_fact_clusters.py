"""Fact clusters across three documents: agreement within rounding, conflict, different periods."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tidings.cli import main
from tidings.link.facts import assign_clusters, cluster_facts, fact_clusters, values_agree
from tidings.records import Document, Fact, Result
from tidings.store import Store

from ..conftest import make_document

YEAR = (date(2020, 1, 1), date(2020, 12, 31))
JAN_OCT = (date(2020, 1, 1), date(2020, 10, 31))


def doc(name: str) -> Document:
    return make_document(f"An article called {name}.", f"{name}.txt", doc_id=name)


def fact(
    doc_id: str, n: int, measure: str, parties: tuple[str, str], value: float, period: tuple[date, date]
) -> Fact:
    return Fact(
        fact_id=f"{doc_id}-{n}",
        doc_id=doc_id,
        measure=measure,
        reporter=parties[0],
        partner=parties[1],
        commodity=None,
        value=value,
        unit="USD",
        currency="USD",
        value_usd=value,
        approx=False,
        qualifier=None,
        period_start=period[0],
        period_end=period[1],
        period_text=None,
        text=f"${value / 1e6:g} million",
        sentence="",
        span=(0, 5),
        extractor="test",
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "t.duckdb")
    a, b, c = doc("alpha"), doc("beta"), doc("gamma")
    s.write(
        [
            # turnover 2020: alpha and beta agree within rounding, in either party order
            Result(doc=a, facts=(fact("alpha", 1, "trade_turnover", ("UZB", "TJK"), 512.4e6, YEAR),)),
            Result(
                doc=b,
                facts=(
                    fact("beta", 1, "trade_turnover", ("TJK", "UZB"), 512e6, YEAR),
                    # exports 2020: beta and gamma disagree
                    fact("beta", 2, "exports", ("UZB", "TJK"), 300e6, YEAR),
                ),
            ),
            Result(
                doc=c,
                facts=(
                    fact("gamma", 1, "exports", ("UZB", "TJK"), 210e6, YEAR),
                    # imports: full year in gamma vs Jan-Oct in alpha's sister figure
                    fact("gamma", 2, "imports", ("UZB", "TJK"), 95e6, YEAR),
                    fact("gamma", 3, "imports", ("UZB", "TJK"), 80e6, JAN_OCT),
                    # the reverse flow is another cluster
                    fact("gamma", 4, "exports", ("TJK", "UZB"), 210e6, YEAR),
                ),
            ),
        ]
    )
    cluster_facts(s)
    return s


def test_three_documents_agree_conflict_and_differ_in_period(store: Store) -> None:
    clusters = {(c["measure"], c["reporter"]): c for c in fact_clusters(store)}
    turnover = clusters[("trade_turnover", "UZB")]
    assert turnover["status"] == "agree" and turnover["sources"] == 2
    exports = clusters[("exports", "UZB")]
    assert exports["status"] == "conflict" and sorted(m["value"] for m in exports["members"]) == [
        210e6,
        300e6,
    ]
    imports = clusters[("imports", "UZB")]
    assert imports["status"] == "different_periods"
    assert {(m["period_end"], m["value"]) for m in imports["members"]} == {
        (date(2020, 12, 31), 95e6),
        (date(2020, 10, 31), 80e6),
    }
    assert clusters[("exports", "TJK")]["status"] == "single"


def test_filters_and_cluster_ids_written(store: Store) -> None:
    assert store.query("SELECT count(*) AS n FROM facts WHERE cluster_id IS NULL")[0]["n"] == 0
    assert [c["measure"] for c in fact_clusters(store, measure="trade_turnover", dyad=("TJK", "UZB"))] == [
        "trade_turnover"
    ]
    assert fact_clusters(store, period=(date(2021, 1, 1), date(2021, 12, 31))) == []


def test_rounding_rule() -> None:
    assert values_agree([987.9e6, 987e6])
    assert not values_agree([987.9e6, 950e6])
    assert values_agree([600e6, 590e6], approx=True)
    rows = [
        {"fact_id": "x", "measure": "exports", "reporter": "A", "partner": "B", "commodity": "wheat"},
        {"fact_id": "y", "measure": "exports", "reporter": "A", "partner": "B", "commodity": "Wheat"},
    ]
    for r in rows:
        r |= {"unit": "t", "period_start": None, "period_end": None}
    ids = assign_clusters(rows)
    assert ids["x"] == ids["y"]


def test_cli_table_and_json(store: Store) -> None:
    path = store.path
    store.close()
    runner = CliRunner()
    out = runner.invoke(main, ["facts", "--db", path, "--measure", "imports"])
    assert out.exit_code == 0, out.output
    assert "◐" in out.output and "imports" in out.output
    js = runner.invoke(main, ["facts", "--db", path, "--json", "--period", "2020-01..2020-06"])
    assert js.exit_code == 0 and js.output.count("\n") == 4
    bad = runner.invoke(main, ["facts", "--db", path, "--period", "last year"])
    assert bad.exit_code != 0


def test_seed_turnover_clusters(shared: Path, pipeline: Any, tmp_path: Path) -> None:
    """On the sample corpus: one agreeing two-source cluster per full year, differing periods shown."""
    from tidings.ingest.decode import content_hash
    from tidings.records import RawDoc

    raws = [
        RawDoc(
            name=p.name,
            uri=str(p),
            text=p.read_text("utf-8"),
            fmt="txt",
            content_hash=content_hash(p.read_text("utf-8")),
        )
        for p in sorted((shared / "seeds").glob("*.txt"))
    ]
    with Store(tmp_path / "seeds.duckdb") as s:
        s.write([r for r in pipeline.run_batch(raws) if isinstance(r, Result)])
        cluster_facts(s)
        turnover = fact_clusters(s, measure="trade_turnover", dyad=("KAZ", "AFG"))
    by_year = {c["period_start"].year: c for c in turnover if c["period_start"]}
    assert by_year[2022]["status"] == "agree" and by_year[2022]["sources"] == 2
    assert by_year[2023]["status"] == "different_periods"
    assert len({(m["period_start"], m["period_end"]) for m in by_year[2023]["members"]}) == 2


def test_the_killed_and_the_wounded_of_one_attack_are_two_clusters(tmp_path: Path) -> None:
    from dataclasses import replace

    day = (date(2024, 5, 3), date(2024, 5, 3))
    base = replace(fact("alpha", 1, "count", ("KEN", ""), 12, day), partner=None, unit="people")
    killed = replace(base, casualty="killed", text="12 people")
    wounded = replace(base, fact_id="alpha-2", casualty="wounded", text="12 others")
    again = replace(killed, fact_id="beta-1", doc_id="beta")
    with Store(tmp_path / "c.duckdb") as s:
        s.write([Result(doc=doc("alpha"), facts=(killed, wounded)), Result(doc=doc("beta"), facts=(again,))])
        cluster_facts(s)
        got = sorted((c["casualty"], c["sources"]) for c in fact_clusters(s, measure="count"))
    assert got == [("killed", 2), ("wounded", 1)]
