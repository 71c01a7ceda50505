"""Query benchmark: dyad series and timeline on a generated store of 1 million events.

    .venv/bin/python bench/query_speed.py [--events 1000000] [--db out/bench_1m.duckdb]

Prints the build time and, per query, the best and median of several runs (ms).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from tidings.analyze.dyad import PLOVER_TYPES, dyad_series
from tidings.analyze.timeline import timeline
from tidings.store import Store

CODES = [
    "KAZ",
    "AFG",
    "UZB",
    "TJK",
    "TKM",
    "KGZ",
    "RUS",
    "CHN",
    "USA",
    "PAK",
    "IRN",
    "IND",
    "TUR",
    "TALIBAN",
    "UN",
    "EU",
    "SCO",
    "CSTO",
    "NATO",
    "GBR",
    "FRA",
    "DEU",
    "JPN",
    "KOR",
    "SAU",
    "ARE",
    "QAT",
    "AZE",
    "GEO",
    "ARM",
    "UKR",
    "BLR",
    "MNG",
    "ISKP",
    "UNAMA",
]


def build(db: Path, n_events: int) -> float:
    t0 = time.perf_counter()
    n_docs = max(n_events // 50, 1)
    types = "[" + ", ".join(f"'{t}'" for t in PLOVER_TYPES) + "]"
    codes = "[" + ", ".join(f"'{c}'" for c in CODES) + "]"
    with Store(db) as s:
        s.con.execute(f"""
            INSERT INTO documents (doc_id, doc_name, uri, fmt, content_hash, version, title, published)
            SELECT 'd' || i, 'doc' || i || '.txt', 'gen/' || i, 'txt', 'h' || i, 1, 'Generated ' || i,
                   DATE '2015-01-01' + CAST(i % 3650 AS INTEGER)
            FROM range({n_docs}) t(i)
        """)
        s.con.execute(f"""
            INSERT INTO events (event_id, doc_id, type, quad_class, intensity, source_code, source_country,
                                target_code, target_country, date, date_precision, date_start, negated,
                                sentence, span_start, span_end, confidence, extractor)
            SELECT 'e' || i, 'd' || (i % {n_docs}), {types}[1 + (hash(i) % 16)::INTEGER],
                   1 + (hash(i) % 4)::INTEGER, (hash(i * 7) % 200)::DOUBLE / 10 - 10,
                   {codes}[1 + (hash(i * 3) % {len(CODES)})::INTEGER],
                   {codes}[1 + (hash(i * 3) % {len(CODES)})::INTEGER],
                   {codes}[1 + (hash(i * 5) % {len(CODES)})::INTEGER],
                   {codes}[1 + (hash(i * 5) % {len(CODES)})::INTEGER],
                   strftime(DATE '2015-01-01' + CAST(hash(i * 11) % 3650 AS INTEGER), '%Y-%m-%d'), 'day',
                   DATE '2015-01-01' + CAST(hash(i * 11) % 3650 AS INTEGER), false,
                   'Generated sentence ' || i, 0, 10, 0.5, 'bench'
            FROM range({n_events}) t(i)
        """)
        s.con.execute("CHECKPOINT")
    return time.perf_counter() - t0


def timed(label: str, fn: Callable[[], object], runs: int = 7) -> None:
    fn()  # warm caches once
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        n = fn()
        times.append((time.perf_counter() - t0) * 1000)
    size = len(n) if isinstance(n, list) else n
    print(f"{label:46s} best {min(times):7.1f} ms   median {statistics.median(times):7.1f} ms   rows {size}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=Path("out/bench_events.duckdb"))
    a = ap.parse_args()
    a.db.parent.mkdir(parents=True, exist_ok=True)
    a.db.unlink(missing_ok=True)
    print(f"building a store of {a.events:,} events ... ", end="", flush=True)
    print(f"{build(a.db, a.events):.1f} s")
    with Store(a.db, read_only=True) as s:
        n = s.query("SELECT count(*) AS n FROM events")[0]["n"]
        print(f"events stored: {n:,}")
        timed("dyad KAZ AFG by month", lambda: dyad_series(s, "KAZ", "AFG", "month"))
        timed("dyad RUS CHN by year", lambda: dyad_series(s, "RUS", "CHN", "year"))
        timed("timeline --dyad KAZ AFG (500 rows)", lambda: timeline(s, dyad=("KAZ", "AFG")))
        timed(
            "timeline --actor TALIBAN 2020..2021 (500)",
            lambda: timeline(s, actor="TALIBAN", start=date(2020, 1, 1), end=date(2021, 12, 31)),
        )


if __name__ == "__main__":
    main()
