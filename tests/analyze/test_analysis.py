"""Dyad series, timelines, profiles, reports and the graph, checked against a known store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import networkx as nx

from tidings.analyze.dyad import dyad_series
from tidings.analyze.graph import actor_graph, draw_graph, write_graphml
from tidings.analyze.profile import build_profile
from tidings.analyze.render import render_profile, render_report
from tidings.analyze.timeline import timeline
from tidings.store import Store


def test_dyad_by_year_counts_both_directions_and_skips_negated(store: Store) -> None:
    rows = {(r.period, r.direction): r for r in dyad_series(store, "KAZ", "AFG", "year")}
    assert set(rows) == {("2023", "A→B"), ("2023", "B→A"), ("2024", "A→B")}
    kaz_2023 = rows[("2023", "A→B")]
    assert kaz_2023.counts == {"CONSULT": 1, "AGREE": 1}  # the Taliban count as AFG; SANCTION is negated
    assert kaz_2023.intensity_sum == 5.0 and kaz_2023.coop_conflict == 2
    assert rows[("2023", "B→A")].counts == {"ACCUSE": 1}
    assert rows[("2024", "A→B")].quads == {2: 1}


def test_dyad_by_month_puts_coarse_dates_apart(store: Store) -> None:
    periods = {r.period for r in dyad_series(store, "KAZ", "AFG", "month")}
    assert {"2023-04", "2023-06", "2024-01"} <= periods
    by_day = {r.period for r in dyad_series(store, "KAZ", "AFG", "month") if r.counts.get("AGREE")}
    assert by_day == {"2023-04"}  # a month-precision date still fits a month bucket


def test_timeline_orders_events_and_facts_with_sources(store: Store) -> None:
    items = timeline(store, dyad=("KAZ", "AFG"))
    assert [i.when for i in items] == sorted(i.when for i in items)
    assert items[0].kind == "fact" and items[0].when == date(2022, 1, 1)
    assert {i.doc_name for i in items} == {"one.txt", "two.txt"}
    only_2024 = timeline(store, actor="KAZ", start=date(2024, 1, 1))
    assert [i.what for i in only_2024] == ["AID KAZ→AFG"]


def test_profile_lists_partners_people_and_figures(store: Store) -> None:
    p = build_profile(store, "KAZ")
    partners = {r["partner"]: r["events"] for r in p.partners}
    assert partners == {"AFG": 4}
    assert p.people[0]["name"] == "Erlan Karin" and p.people[0]["role"] == "Foreign Minister"
    assert {f["value"] for f in p.figures} == {987.9e6, 987.0e6}
    md = render_profile(store, "KAZ", "AFG", "md")
    assert "## Partners" in md and "| AFG | 4 |" in md and "Erlan Karin, Foreign Minister" in md
    assert "one.txt" in md and "Steppe Ledger" in md
    assert "| 2023 | 1 | 1 |" in md  # event mix: AGREE, CONSULT in 2023, one row per line
    assert md.count("| ✓ |") == 2  # 987.9 and 987 million for 2022 agree within rounding


def test_report_is_one_self_contained_html_file(store: Store, tmp_path: Path) -> None:
    html = render_report(store, "KAZ", "AFG")
    assert html.count("data:image/png;base64,") == 1
    assert "http://" not in html and "https://" not in html  # nothing to fetch
    for needle in ("Timeline", "Key figures", "Sources", "Steppe Ledger", "Oxus Review", "987.9 million USD"):
        assert needle in html


def test_graph_has_weighted_edges_and_round_trips(store: Store, tmp_path: Path) -> None:
    g = actor_graph(store)
    assert g["KAZ"]["AFG"]["weight"] == 3 and g["AFG"]["KAZ"]["weight"] == 1
    assert g["UZB"]["AFG"]["weight"] == 1
    back = nx.read_graphml(write_graphml(g, tmp_path / "g.graphml"))
    assert back["KAZ"]["AFG"]["weight"] == 3
    png = draw_graph(g, tmp_path / "g.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_chart_periods_show_the_gaps() -> None:
    from tidings.analyze.charts import all_periods

    assert all_periods(["2019", "2022"]) == ["2019", "2020", "2021", "2022"]
    assert all_periods(["2021-Q3", "2022-Q1"]) == ["2021-Q3", "2021-Q4", "2022-Q1"]
    assert all_periods(["2021-11", "2022-02"]) == ["2021-11", "2021-12", "2022-01", "2022-02"]
    assert all_periods([]) == []
