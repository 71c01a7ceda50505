"""Scale-out: documents/s through `ingest` with the local engine and with Ray.

    .venv/bin/python bench/scale_out.py [PATH ...] [--copies N] [--workers N]

Default texts: ../shared/bench/voa/texts, ../shared/seeds and examples/corpus
(what exists); `--copies N` repeats them N times, each copy made distinct so
that it is not skipped as known content. Each engine ingests everything with
the full default pipeline into a fresh in-memory store: the local engine in
one process, the local engine with N worker processes, Ray with N actors.
Times include starting the workers (each loads spaCy); starting the Ray
cluster itself is timed apart.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from tidings.config import Settings
from tidings.engines.local import IngestReport
from tidings.engines.local import ingest as ingest_locally
from tidings.ingest.decode import content_hash
from tidings.ingest.readers import read_inputs
from tidings.pipeline import Pipeline
from tidings.records import RawDoc
from tidings.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [
    ROOT.parent / "shared" / "bench" / "voa" / "texts",
    ROOT.parent / "shared" / "seeds",
    ROOT / "examples" / "corpus",
]


def load_texts(paths: list[Path], settings: Settings, copies: int) -> list[RawDoc]:
    found = [str(p) for p in paths if p.exists()]
    raws = [r for r in read_inputs(found, settings.ingest) if isinstance(r, RawDoc)]
    out = list(raws)
    for k in range(1, copies):
        for r in raws:
            text = f"{r.text}\n\n(copy {k})\n"
            out.append(replace(r, name=f"{k}_{r.name}", text=text, content_hash=content_hash(text)))
    return out


Row = tuple[str, float, IngestReport, int, int]


def timed(label: str, run: Callable[[Store], IngestReport]) -> Row:
    """Ingest into a fresh store; the event and fact counts show that engines agree."""
    with Store(":memory:") as store:
        t0 = time.perf_counter()
        report = run(store)
        seconds = time.perf_counter() - t0
        (events,) = store.con.execute("SELECT count(*) FROM events").fetchone() or (0,)
        (facts,) = store.con.execute("SELECT count(*) FROM facts").fetchone() or (0,)
    return label, seconds, report, events, facts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    ap.add_argument("--copies", type=int, default=1, help="Repeat the corpus N times (distinct copies).")
    ap.add_argument("--workers", type=int, default=2, help="Processes / actors for the parallel runs.")
    ap.add_argument("--batch-size", type=int, default=8, help="Documents per batch (small, to spread).")
    ap.add_argument("--no-ray", action="store_true", help="Skip the Ray engine.")
    a = ap.parse_args()
    settings = Settings()
    raws = load_texts(a.paths, settings, a.copies)
    words = sum(len(r.text.split()) for r in raws)
    print(f"texts: {len(raws)} documents, {words:,} words; batch size {a.batch_size}")

    t0 = time.perf_counter()
    pipeline = Pipeline(settings)
    pipeline.run_batch(raws[:1])  # load every stage's lazy data in this process
    print(f"building one pipeline (spaCy and data): {time.perf_counter() - t0:.1f} s")
    size, n = a.batch_size, len(raws)
    rows = [
        timed("local, 1 process", lambda s: ingest_locally(raws, pipeline, s, batch_size=size)),
        timed(
            f"local, {a.workers} processes",
            lambda s: ingest_locally(raws, pipeline, s, batch_size=size, workers=a.workers),
        ),
    ]
    if not a.no_ray:
        from tidings.engines import ray_engine

        t0 = time.perf_counter()
        ray_engine.start_ray(num_cpus=a.workers)
        print(f"starting the Ray cluster: {time.perf_counter() - t0:.1f} s")
        rows.append(
            timed(
                f"ray, {a.workers} actors",
                lambda s: ray_engine.ingest(raws, pipeline, s, actors=a.workers, batch_size=size),
            )
        )
    heads = ("seconds", "docs/s", "words/s", "stored", "failed", "events", "facts")
    print(f"\n{'engine':22s} " + " ".join(f"{h:>8s}" for h in heads))
    for label, seconds, r, events, facts in rows:
        print(
            f"{label:22s} {seconds:8.1f} {n / seconds:8.2f} {words / seconds:8.0f} "
            f"{r.added:8d} {len(r.failures):8d} {events:8d} {facts:8d}"
        )


if __name__ == "__main__":
    main()
