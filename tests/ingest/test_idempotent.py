"""Re-ingesting is a no-op; a changed file is a new version and the old one is kept."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

from click.testing import CliRunner, Result

from tidings.cli import main
from tidings.store import Store

FAST = ["--set", 'pipeline=["ingest.document"]', "-q"]
CAPITALS = ["Astana", "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "Kabul", "Islamabad", "Tehran", "Baku"]
COUNTRIES = [
    "Kazakhstan",
    "Uzbekistan",
    "Kyrgyzstan",
    "Tajikistan",
    "Turkmenistan",
    "Afghanistan",
    "Pakistan",
]
TOPICS = ["rail transit", "water quotas", "border crossings", "electricity exports", "grain deliveries"]


def article(i: int, rng: random.Random) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    city = rng.choice(CAPITALS)
    topic = rng.choice(TOPICS)
    return (
        f"Bulletin {i}\n\n"
        f"Delegations from {a} and {b} met in {city} on {rng.randint(1, 28)} March "
        f"{rng.randint(2015, 2024)} to discuss {topic}. Officials said turnover reached "
        f"{rng.randint(10, 999)}.{rng.randint(0, 9)} million dollars, and a further round of talks "
        f"was planned for the autumn.\n"
    )


def ingest(db: Path, *args: object) -> Result:
    return CliRunner().invoke(main, ["ingest", *map(str, args), "--db", str(db), *FAST])


def count(db: Path, sql: str) -> int:
    with Store(db, read_only=True) as store:
        return int(next(iter(store.query(sql)[0].values())))


def test_thousand_documents_twice_are_stored_once(tmp_path: Path) -> None:
    rng = random.Random(2024)
    corpus = tmp_path / "corpus"
    for i in range(1000):
        sub = corpus / f"batch{i // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"doc{i:04d}.txt").write_text(article(i, rng), encoding="utf-8")
    db = tmp_path / "k.duckdb"
    t0 = time.perf_counter()
    first = ingest(db, corpus)
    elapsed = time.perf_counter() - t0
    assert first.exit_code == 0, first.output
    assert "read 1000, added 1000, unchanged 0, failed 0" in first.stdout
    second = ingest(db, corpus, f"{corpus}/batch00/*.txt")  # a folder and a glob over the same files
    assert second.exit_code == 0, second.output
    assert "read 1100, added 0, unchanged 1100, failed 0" in second.stdout
    assert count(db, "SELECT count(*) FROM documents") == 1000
    assert count(db, "SELECT count(DISTINCT doc_name) FROM documents") == 1000
    assert count(db, "SELECT max(version) FROM documents") == 1
    assert elapsed < 60, f"1,000 small files took {elapsed:.1f}s"


def test_changed_file_becomes_version_two_and_the_old_is_kept(tmp_path: Path) -> None:
    rng = random.Random(7)
    f = tmp_path / "bulletin.txt"
    old = article(1, rng)
    f.write_text(old, encoding="utf-8")
    (tmp_path / "other.txt").write_text(article(2, rng), encoding="utf-8")
    db = tmp_path / "v.duckdb"
    assert ingest(db, tmp_path).exit_code == 0
    new = old.replace("a further round of talks", "a second round of talks")
    f.write_text(new, encoding="utf-8")
    res = ingest(db, tmp_path)
    assert res.exit_code == 0, res.output
    assert "read 2, added 1, unchanged 1" in res.stdout
    with Store(db, read_only=True) as store:
        rows = store.query(
            "SELECT d.version, t.raw_text FROM documents d JOIN texts t USING (doc_id) "
            "WHERE d.doc_name = 'bulletin.txt' ORDER BY d.version"
        )
    assert [(r["version"], r["raw_text"]) for r in rows] == [(1, old), (2, new)]
    assert ingest(db, tmp_path).exit_code == 0  # and the changed file is now unchanged
    assert count(db, "SELECT count(*) FROM documents") == 3


def test_container_entries_are_versioned_by_entry(tmp_path: Path) -> None:
    rng = random.Random(11)
    texts = [article(i, rng) for i in range(3)]
    f = tmp_path / "wire.jsonl"
    f.write_text("\n".join(json.dumps({"text": t}) for t in texts) + "\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    assert ingest(db, f).exit_code == 0
    texts[1] = texts[1].replace("Officials said", "Officials confirmed")
    f.write_text("\n".join(json.dumps({"text": t}) for t in texts) + "\n", encoding="utf-8")
    res = ingest(db, f)
    assert "read 3, added 1, unchanged 2" in res.stdout
    with Store(db, read_only=True) as store:
        rows = store.query("SELECT doc_name, max(version) AS v FROM documents GROUP BY doc_name ORDER BY 1")
    assert [(r["doc_name"], r["v"]) for r in rows] == [
        ("wire.jsonl#1", 1),
        ("wire.jsonl#2", 2),
        ("wire.jsonl#3", 1),
    ]


def test_the_same_text_under_another_name_is_a_duplicate_not_a_skip(tmp_path: Path) -> None:
    rng = random.Random(5)
    text = article(3, rng)
    (tmp_path / "wire_copy_a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "wire_copy_b.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "d.duckdb"
    res = ingest(db, tmp_path)
    assert "read 2, added 2, unchanged 0" in res.stdout, res.output
    with Store(db, read_only=True) as store:
        rows = store.query("SELECT doc_name, doc_id, duplicate_of FROM documents ORDER BY doc_name")
    assert rows[0]["duplicate_of"] is None and rows[1]["duplicate_of"] == rows[0]["doc_id"]
    assert "read 2, added 0, unchanged 2" in ingest(db, tmp_path).stdout
