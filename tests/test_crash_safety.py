"""`tidings ingest` killed with SIGKILL at random points, then rerun, stores what one run stores.

The corpus is our own example articles under several names (so about a hundred documents), in
small batches so that kills land while the pipeline works and while a batch is being written.
After every kill the store must open and hold only whole documents: each with exactly the
events and facts the uninterrupted run gave it. After the last rerun the exports are equal.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tidings.export.contract import export_rows
from tidings.store import Store

from .conftest import EXAMPLES

KILLS = 20
COPIES = 18  # 17 articles x 18 names: about three hundred documents
BATCH = ["--set", "ingest.batch_size=4"]


def corpus(tmp: Path) -> Path:
    out = tmp / "corpus"
    out.mkdir()
    for f in sorted((EXAMPLES / "corpus").glob("*.txt")):
        for k in range(COPIES):
            shutil.copy(f, out / f"{k}_{f.name}")
    return out


def ingest_cmd(src: Path, db: Path) -> list[str]:
    cli = "from tidings.cli import main; main()"
    return [sys.executable, "-c", cli, "ingest", str(src), "--db", str(db), "-q", *BATCH]


def by_doc(db: Path) -> dict[str, dict[str, list[str]]]:
    """doc_name -> its events and facts as sorted JSON rows (ids of clusters left out)."""
    out: dict[str, dict[str, list[str]]] = {}
    with Store(db, read_only=True) as s:
        names = {r["doc_name"] for r in s.query("SELECT doc_name FROM documents")}
        counts = s.query("SELECT doc_name, count(*) AS n FROM documents GROUP BY doc_name")
        assert all(r["n"] == 1 for r in counts), counts  # each document stored once
        for name in names:
            out[name] = {"events": [], "facts": []}
        for kind in ("events", "facts"):
            for row in export_rows(s, kind):
                out[row["doc_name"]][kind].append(_row(row))
    for rows in out.values():
        for kind in rows:
            rows[kind].sort()
    return out


def _row(row: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in row.items() if k != "cluster_id"}, sort_keys=True, default=str)


@pytest.mark.slow
def test_sigkill_at_random_points_then_rerun_stores_what_one_run_stores(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    ref_db = tmp_path / "ref.duckdb"
    subprocess.run(ingest_cmd(src, ref_db), check=True, env=env, capture_output=True)
    t0 = time.perf_counter()
    subprocess.run(ingest_cmd(src, ref_db), check=True, env=env, capture_output=True)  # nothing left to do
    start_up = time.perf_counter() - t0  # loading the models: no kill point is spent there
    reference = by_doc(ref_db)
    assert len(reference) == len(list(src.iterdir()))

    db = tmp_path / "killed.duckdb"
    rng = random.Random(7)
    killed = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(ingest_cmd(src, db), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(start_up + rng.uniform(0.0, 0.8))  # a batch or two in: in the pipeline or the write
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.communicate()
        if db.exists():  # what a reader sees now: whole documents only
            seen = by_doc(db)
            for name, rows in seen.items():
                assert rows == reference[name], name
    done = subprocess.run(ingest_cmd(src, db), env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert killed >= KILLS // 2, f"only {killed} of {KILLS} runs were still going when killed"
    assert by_doc(db) == reference
