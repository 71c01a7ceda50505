"""Near-duplicates: exact, syndicated and spun copies group together; same-topic articles do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.clean.spinner import spin
from tidings.config import Settings
from tidings.ingest.decode import content_hash
from tidings.link.documents import mark_duplicates
from tidings.pipeline import Pipeline
from tidings.records import RawDoc, Result
from tidings.store import Store

ARTICLES = Path(__file__).parents[1] / "clean" / "data"

SAME_TOPIC = """Turkmen Gas Reaches Uzbek Border Towns

Ashgabat, 2 April 2023. Turkmenistan began pumping natural gas to three towns in the Khorezm region of
Uzbekistan on Sunday, the state concern Turkmengaz said. The deliveries follow a winter of shortages in
Uzbek cities, when schools in Nukus and Urgench closed for a week.

Uzbek President Shavkat Mirziyoyev thanked his Turkmen counterpart Serdar Berdimuhamedov in a telephone
call and proposed a summit in Khiva in the autumn. Both leaders praised the rail project along the
Amu Darya and said that bilateral relations were at their best level.

Energy experts in Tashkent said the contract covers 2 billion cubic metres a year until 2026, and that
Uzbekistan will also buy electricity from Tajikistan during the summer months.
"""


def _raw(text: str, name: str) -> RawDoc:
    return RawDoc(name=name, uri=name, text=text, fmt="txt", content_hash=content_hash(text))


@pytest.fixture(scope="module")
def cleaner() -> Pipeline:
    return Pipeline(Settings(pipeline=["ingest.document", "clean.spun"]))


def _ingest(store: Store, cleaner: Pipeline, docs: list[tuple[str, str]]) -> dict[str, str]:
    results = cleaner.run_batch([_raw(text, name) for name, text in docs])
    assert all(isinstance(r, Result) for r in results)
    for r in results:  # one batch per document, so ingest order is known
        store.write([r])
    mark_duplicates(store)
    return {r.doc.doc_name: r.doc.doc_id for r in results if isinstance(r, Result)}


def _dup_of(store: Store) -> dict[str, str | None]:
    rows = store.query("SELECT doc_name, duplicate_of FROM documents")
    return {r["doc_name"]: r["duplicate_of"] for r in rows}


def test_copies_group_to_the_first_ingested(cleaner: Pipeline) -> None:
    original = (ARTICLES / "uzbek_talks.txt").read_text()
    other = (ARTICLES / "tajik_energy.txt").read_text()
    body = original.split("\n\n", 1)[1]
    syndicated = (
        "Uzbek-Turkmen rail deal | Regional Wire\n\nBy staff reporters\n\n"
        + body
        + ("\n\nRead more: subscribe to our newsletter.\nShare: 341\n")
    )
    with Store(":memory:") as store:
        ids = _ingest(
            store,
            cleaner,
            [
                ("original.txt", original),
                ("other.txt", other),
                ("syndicated.txt", syndicated),
                ("spun.txt", spin(original, seed=4)),
                ("same_topic.txt", SAME_TOPIC),
                ("other_spun.txt", spin(other, seed=9)),
            ],
        )
        dup = _dup_of(store)
    assert dup["original.txt"] is None
    assert dup["syndicated.txt"] == ids["original.txt"]
    assert dup["spun.txt"] == ids["original.txt"]
    assert dup["same_topic.txt"] is None
    assert dup["other.txt"] is None
    assert dup["other_spun.txt"] == ids["other.txt"]


def test_relink_is_stable_and_reuses_signatures(cleaner: Pipeline) -> None:
    a = (ARTICLES / "kyrgyz_security.txt").read_text()
    with Store(":memory:") as store:
        ids = _ingest(store, cleaner, [("a.txt", a), ("b.txt", spin(a, seed=2))])
        before = store.query("SELECT doc_id, words FROM doc_signatures ORDER BY doc_id")
        mark_duplicates(store)
        assert store.query("SELECT doc_id, words FROM doc_signatures ORDER BY doc_id") == before
        assert _dup_of(store) == {"a.txt": None, "b.txt": ids["a.txt"]}
        # a later copy with the same text as a stored one joins the same group
        _ingest(store, cleaner, [("c.txt", a + "\n")])
        assert _dup_of(store)["c.txt"] == ids["a.txt"]


def test_spun_seed_is_not_a_duplicate_of_other_seeds(shared: Path, cleaner: Pipeline) -> None:
    docs = [(p.name, p.read_text()) for p in sorted((shared / "seeds").glob("*.txt"))]
    with Store(":memory:") as store:
        _ingest(store, cleaner, docs)
        assert set(_dup_of(store).values()) == {None}
