"""The spine: registry wiring, offset maps, the store's schema, idempotent ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.components import BUILTIN, builtin_registry
from tidings.config import Settings, load_settings
from tidings.errors import ConfigError, PipelineError, StoreError
from tidings.offsets import OffsetMap, TextBuilder
from tidings.pipeline import Pipeline, check_wiring
from tidings.records import Failure
from tidings.store import Store
from tidings.store.schema import SCHEMA_VERSION

from .conftest import raw_doc


def test_registered_names_are_stable() -> None:
    """A golden list: removing or renaming a component must be a visible change."""
    assert builtin_registry().names() == sorted(
        [
            "actors.gazetteer.v1",
            "clean.spun.v1",
            "events.learned.v1",
            "events.rules.v1",
            "facts.rules.v1",
            "ingest.document.v1",
            "nlp.spacy.v1",
            "time.rules.v1",
        ]
    )


def test_wiring_is_checked() -> None:
    by_name = {c.name: c for c in BUILTIN}
    with pytest.raises(PipelineError, match="needs parsed"):
        check_wiring([by_name["ingest.document"], by_name["events.rules"]])
    with pytest.raises(PipelineError, match="no component named"):
        builtin_registry().get("events.nonexistent")


def test_settings_overrides_and_unknown_keys() -> None:
    s = load_settings(None, ["nlp.batch_size=7"])
    assert s.nlp.batch_size == 7
    with pytest.raises(ConfigError):
        load_settings(None, ["nlp.no_such_key=1"])


@given(st.lists(st.tuples(st.booleans(), st.text(min_size=0, max_size=5)), max_size=12))
def test_offset_map_spans_stay_inside_original(pieces: list[tuple[bool, str]]) -> None:
    original = "".join(t for _, t in pieces)
    b = TextBuilder()
    pos = 0
    for keep, t in pieces:
        if keep:
            b.copy(original, pos, pos + len(t))
        else:
            b.replace(t.upper()[:2], pos, pos + len(t))
        pos += len(t)
    derived, omap = b.build()
    for i in range(len(derived) + 1):
        for j in range(i, len(derived) + 1):
            s, e = omap.span_to_original(i, j)
            assert 0 <= s <= e <= len(original)


def test_offset_map_composition_points_into_original() -> None:
    original = "Share: 12\nThe Ministry of Overseas Affairs met.\n"
    b = TextBuilder()
    b.copy(original, 10, len(original))  # drop the share counter
    first, m1 = b.build()
    start = first.index("Overseas")
    b2 = TextBuilder()
    b2.copy(first, 0, start)
    b2.replace("Foreign", start, start + len("Overseas"))
    b2.copy(first, start + len("Overseas"), len(first))
    second, m2 = b2.build()
    both = m1.then(m2)
    i = second.index("met")
    s, e = both.span_to_original(i, i + 3)
    assert original[s:e] == "met"
    s, e = both.span_to_original(second.index("Foreign"), second.index("Foreign") + 7)
    assert original[s:e] == "Overseas"
    assert OffsetMap.from_json(both.to_json()) == both


def test_store_migrates_and_reopens(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert {"documents", "texts", "ingest_errors", "events", "facts"} <= set(s.tables())
    with Store(db, read_only=True) as s:
        assert s.schema_version() == SCHEMA_VERSION


def test_a_store_of_an_older_schema_is_migrated_in_place(tmp_path: Path) -> None:
    import duckdb

    from tidings.store.schema import MIGRATIONS

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for sql in MIGRATIONS[:2]:
        con.execute(sql)
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    con.close()
    with Store(db) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert {"casualty", "value_local"} <= {r["column_name"] for r in s.query("DESCRIBE facts")}


def test_counts_are_stored_and_exported_with_what_befell_them(pipeline: Pipeline, tmp_path: Path) -> None:
    from tidings.export.contract import export_rows

    text = "Floods in Kenya\n\nFloods in Kenya killed at least 12 people and injured 40 on Monday."
    (result,) = pipeline.run_batch([raw_doc(text)])
    with Store(tmp_path / "c.duckdb") as s:
        s.write([result])
        rows = list(export_rows(s, "facts"))
    assert [(r["value"], r["reporter"], r["casualty"]) for r in rows] == [
        (12, "KEN", "killed"),
        (40, "KEN", "wounded"),
    ]


def test_pipeline_isolates_a_failing_document(tmp_path: Path) -> None:
    settings = Settings(pipeline=["ingest.document"])
    p = Pipeline(settings)
    out = p.run_batch([raw_doc("Headline\n\nBody text here."), raw_doc("Another\n\nMore body.", "b.txt")])
    assert len(out) == 2
    with Store(tmp_path / "s.duckdb") as s:
        assert s.write(out) == (2, 0)
        assert s.write(out) == (0, 0)  # same content: nothing duplicated


def test_recode_replaces_coding_and_keeps_documents(tmp_path: Path) -> None:
    from tidings.engines.local import ingest, recode

    settings = Settings(pipeline=["ingest.document", "clean.spun"])
    with Store(tmp_path / "r.duckdb") as s:
        raws = [
            raw_doc("Headline One\n\nKazakhstan met Afghanistan."),
            raw_doc("Headline Two\n\nMore.", "b.txt"),
        ]
        report = ingest(raws, Pipeline(settings), s)
        assert report.added == 2
        before = s.load_documents(s.doc_ids())
        done, failures = recode(s, Pipeline(settings), s.doc_ids())
        assert (done, failures) == (2, [])
        assert s.load_documents(s.doc_ids()) == before
        assert s.query("SELECT count(*) AS n FROM documents")[0]["n"] == 2


def test_two_worker_processes_store_the_same_documents(tmp_path: Path) -> None:
    from tidings.engines.local import ingest

    settings = Settings(pipeline=["ingest.document"])
    raws = [raw_doc(f"Headline {i}\n\nBody number {i} of the batch.", f"d{i}.txt") for i in range(30)]
    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "two.duckdb") as two:
        a = ingest(raws, Pipeline(settings), one, batch_size=4)
        b = ingest(raws + raws[:5], Pipeline(settings), two, batch_size=4, workers=2)
        assert (a.added, b.added, b.unchanged) == (30, 30, 5)
        q = "SELECT doc_id, doc_name, title FROM documents ORDER BY doc_id"
        assert one.query(q) == two.query(q)


def test_a_stage_that_raises_fails_only_its_document() -> None:
    from tidings.components import BUILTIN, per_doc
    from tidings.registry import Component, Registry

    def explode(settings: Settings) -> object:
        def one(a: object) -> dict[str, object]:
            if "BOOM" in a.doc.text:  # type: ignore[attr-defined]
                raise ValueError("cannot code this one")
            return {}

        return per_doc(one)  # type: ignore[arg-type]

    bomb = Component(
        name="test.bomb", version=1, stage="events", requires=("doc",), assigns=(), factory=explode
    )  # type: ignore[arg-type]
    registry = Registry([*BUILTIN, bomb])
    p = Pipeline(Settings(pipeline=["ingest.document", "test.bomb"]), registry)
    out = p.run_batch([raw_doc("Fine\n\nA good text."), raw_doc("Bad\n\nBOOM here.", "bad.txt")])
    ok, bad = out
    assert not isinstance(ok, Failure)
    assert isinstance(bad, Failure) and bad.name == "bad.txt" and bad.stage == "events"
    assert "test.bomb.v1 failed: ValueError: cannot code this one" in bad.reason


def test_a_failing_migration_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tidings.store.db as db_module

    db = tmp_path / "keep.duckdb"
    with Store(db) as s:
        s.write(
            Pipeline(Settings(pipeline=["ingest.document"])).run_batch([raw_doc("Headline\n\nBody text.")])
        )
    broken = (*db_module.MIGRATIONS, "ALTER TABLE no_such_table ADD COLUMN x INTEGER;")
    monkeypatch.setattr(db_module, "MIGRATIONS", broken)
    monkeypatch.setattr(db_module, "SCHEMA_VERSION", len(broken))
    with pytest.raises(StoreError, match=f"left as it was, at v{SCHEMA_VERSION}"):
        Store(db)
    monkeypatch.undo()
    with Store(db, read_only=True) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.query("SELECT count(*) AS n FROM documents")[0]["n"] == 1


def test_a_store_from_a_newer_tidings_is_refused(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "new.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreError, match="newer than this tidings"):
        Store(db)
