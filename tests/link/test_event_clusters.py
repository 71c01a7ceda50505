"""Event clusters: one meeting reported by three outlets is one cluster; other days stay apart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tidings.clean.spinner import spin
from tidings.link import relink
from tidings.link.events import cluster_events, cluster_rows
from tidings.records import Actor, DocMeta, Document, Event, Precision, Result
from tidings.store import Store

from ..conftest import make_document

KAZ = Actor(text="Kazakhstan", name="Kazakhstan", code="KAZ", country="KAZ", sector="GOV")
AFG = Actor(text="the Taliban", name="Taliban", code="TALIBAN", country="AFG", kind="group")
UZB = Actor(text="Uzbekistan", name="Uzbekistan", code="UZB", country="UZB", sector="GOV")
KAZ_FM = Actor(
    text="the Kazakh foreign minister", name="Foreign Minister", code="p-kaz-fm", country="KAZ", kind="person"
)


def _doc(doc_id: str, outlet: str | None, duplicate_of: str | None = None) -> Document:
    return make_document(
        f"Article {doc_id}.",
        f"{doc_id}.txt",
        doc_id=doc_id,
        meta=DocMeta(source=outlet),
        duplicate_of=duplicate_of,
    )


def _event(
    event_id: str,
    doc_id: str,
    type_: str,
    source: Actor,
    target: Actor | None,
    when: str | None,
    precision: Precision | None = "day",
) -> Event:
    return Event(
        event_id=event_id,
        doc_id=doc_id,
        type=type_,
        mode=None,
        context=(),
        cameo=None,
        quad_class=None,
        intensity=None,
        source=source,
        target=target,
        date=when,
        date_precision=precision if when else None,
        date_text=None,
        location=None,
        negated=False,
        modality="asserted",
        quote=None,
        sentence="",
        span=(0, 5),
        confidence=0.9,
        extractor="test",
    )


def _store_with(results: list[Result]) -> Store:
    store = Store(":memory:")
    for r in results:
        store.write([r])
    return store


def test_three_outlets_one_meeting() -> None:
    results = [
        Result(
            doc=_doc("a1", "Kabul Daily"),
            events=(
                _event("e1", "a1", "CONSULT", KAZ, AFG, "2023-03-14"),
                _event("e2", "a1", "CONSULT", KAZ, AFG, "2023-05-02"),  # another meeting, another day
            ),
        ),
        Result(
            doc=_doc("b1", "Steppe Wire"),
            events=(_event("e3", "b1", "CONSULT", AFG, KAZ, "2023-03-14"),),  # reversed pair, same meeting
        ),
        Result(
            doc=_doc("c1", None),  # no outlet: the file name stands for it
            events=(
                _event("e4", "c1", "CONSULT", KAZ_FM, AFG, "2023-03", "month"),  # a person, month precision
                _event("e5", "c1", "ACCUSE", KAZ, AFG, "2023-03-14"),  # another type
            ),
        ),
        Result(
            doc=_doc("d1", "Regional Monitor"),
            events=(_event("e6", "d1", "CONSULT", UZB, AFG, "2023-03-14"),),
        ),
    ]
    with _store_with(results) as store:
        cluster_events(store)
        cid = {r["event_id"]: r["cluster_id"] for r in store.query("SELECT event_id, cluster_id FROM events")}
        rows = {r["cluster_id"]: r for r in cluster_rows(store)}
    assert cid["e1"] == cid["e3"] == cid["e4"]
    assert len({cid["e1"], cid["e2"], cid["e5"], cid["e6"]}) == 4
    meeting = rows[cid["e1"]]
    assert (meeting["type"], meeting["date"], meeting["date_precision"]) == ("CONSULT", "2023-03-14", "day")
    assert {meeting["source"], meeting["target"]} == {"KAZ", "TALIBAN"}
    assert (meeting["num_mentions"], meeting["num_articles"], meeting["num_sources"]) == (3, 3, 3)
    assert rows[cid["e2"]]["num_articles"] == 1
    assert len(rows) == 4


def test_month_dates_stay_apart_when_the_month_has_two_meetings() -> None:
    results = [
        Result(doc=_doc("a", "X"), events=(_event("m1", "a", "CONSULT", KAZ, UZB, "2022-06-02"),)),
        Result(doc=_doc("b", "Y"), events=(_event("m2", "b", "CONSULT", KAZ, UZB, "2022-06-20"),)),
        Result(doc=_doc("c", "Z"), events=(_event("m3", "c", "CONSULT", KAZ, UZB, "2022-06", "month"),)),
    ]
    with _store_with(results) as store:
        cluster_events(store)
        cid = {r["event_id"]: r["cluster_id"] for r in store.query("SELECT event_id, cluster_id FROM events")}
    assert len(set(cid.values())) == 3


def test_undated_events_join_only_within_their_duplicate_group() -> None:
    results = [
        Result(doc=_doc("orig", "X"), events=(_event("u1", "orig", "ASSAULT", AFG, KAZ, "2021-08-15"),)),
        Result(
            doc=_doc("copy", "Y", duplicate_of="orig"),
            events=(_event("u2", "copy", "ASSAULT", AFG, KAZ, None),),
        ),
        Result(doc=_doc("other", "Z"), events=(_event("u3", "other", "ASSAULT", AFG, KAZ, None),)),
        Result(doc=_doc("rev", "W"), events=(_event("u4", "rev", "ASSAULT", KAZ, AFG, "2021-08-15"),)),
    ]
    with _store_with(results) as store:
        cluster_events(store)
        cid = {r["event_id"]: r["cluster_id"] for r in store.query("SELECT event_id, cluster_id FROM events")}
        rows = {r["cluster_id"]: r for r in cluster_rows(store)}
        cluster_events(store)  # relinking keeps the ids
        again = {
            r["event_id"]: r["cluster_id"] for r in store.query("SELECT event_id, cluster_id FROM events")
        }
    assert cid["u1"] == cid["u2"]
    assert cid["u3"] != cid["u1"]
    assert cid["u4"] != cid["u1"]  # ASSAULT is directed
    assert rows[cid["u1"]]["num_articles"] == 2
    assert rows[cid["u3"]]["date"] is None
    assert again == cid


def test_end_to_end_spun_copy_events_share_clusters(run_text: Callable[..., Result]) -> None:
    text = (Path(__file__).parents[1] / "clean" / "data" / "uzbek_talks.txt").read_text()
    original, copy = run_text(text, name="original.txt"), run_text(spin(text, seed=6), name="copy.txt")
    with _store_with([original, copy]) as store:
        relink(store)
        docs = {r["doc_name"]: r for r in store.query("SELECT doc_name, doc_id, duplicate_of FROM documents")}
        events = store.query("SELECT doc_id, type, cluster_id FROM events")
        clusters = cluster_rows(store)
    assert docs["copy.txt"]["duplicate_of"] == docs["original.txt"]["doc_id"]
    assert bool(original.events) == bool(copy.events)
    assert all(e["cluster_id"] for e in events)
    assert sum(c["num_mentions"] for c in clusters) == len(events)
    shared = {e["cluster_id"] for e in events if e["doc_id"] == docs["original.txt"]["doc_id"]} & {
        e["cluster_id"] for e in events if e["doc_id"] == docs["copy.txt"]["doc_id"]
    }
    assert len(shared) >= 0.9 * len(original.events), (original.events, copy.events)


def test_examples_three_outlets_report_one_meeting(tmp_path: Path) -> None:
    """Our examples 01-03 report the same meeting (three outlets, one day); 04 is another
    contact of the same two sides on another day and must stay apart."""
    from click.testing import CliRunner

    from tidings.cli import main
    from tidings.store import Store

    from ..conftest import EXAMPLES

    db = str(tmp_path / "m.duckdb")
    files = [str(p) for p in sorted((EXAMPLES / "corpus").glob("0[1-4]_*.txt"))]
    assert CliRunner().invoke(main, ["ingest", *files, "--db", db, "-q"]).exit_code == 0
    with Store(db, read_only=True) as s:
        rows = s.query(
            "SELECT c.num_articles, c.num_sources, c.date FROM event_clusters c "
            "WHERE c.type = 'CONSULT' ORDER BY c.num_articles DESC"
        )
    assert rows[0]["num_articles"] == 3 and rows[0]["num_sources"] == 3, rows
    assert str(rows[0]["date"]).startswith("2025-01-08")
    other_days = [r for r in rows[1:] if str(r["date"]).startswith("2025-05")]
    assert other_days and all(r["num_articles"] == 1 for r in other_days)
