"""Pipeline speed: the full pipeline against spaCy alone on the same texts.

    .venv/bin/python bench/pipeline_speed.py [PATH ...] [--repeat N]

Default texts: ../shared/seeds, ../shared/bench/voa/texts and examples/corpus (what
exists). Prints documents/s and words/s for spaCy alone (the `load_model()`
pipeline over every text, `nlp.pipe`) and for the full tidings pipeline
(`Pipeline.run_batch`, every stage, no store), the ratio, and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from tidings.config import Settings
from tidings.ingest.readers import read_inputs
from tidings.nlp import load_model
from tidings.pipeline import Pipeline
from tidings.records import RawDoc

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [
    ROOT.parent / "shared" / "seeds",
    ROOT.parent / "shared" / "bench" / "voa" / "texts",
    ROOT / "examples" / "corpus",
]


def load_texts(paths: list[Path], settings: Settings) -> list[RawDoc]:
    found = [str(p) for p in paths if p.exists()]
    return [r for r in read_inputs(found, settings.ingest) if isinstance(r, RawDoc)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    ap.add_argument("--repeat", type=int, default=2, help="Best of N runs for each side.")
    a = ap.parse_args()
    settings = Settings()
    raws = load_texts(a.paths, settings)
    words = sum(len(r.text.split()) for r in raws)
    print(f"texts: {len(raws)} documents, {words:,} words")

    nlp = load_model(settings.nlp.model)
    pipeline = Pipeline(settings)
    pipeline.run_batch(raws[:2])  # warm up every stage's lazy loading

    def spacy_alone() -> None:
        for _ in nlp.pipe([r.text for r in raws], batch_size=settings.nlp.batch_size):
            pass

    def full() -> None:
        for start in range(0, len(raws), settings.ingest.batch_size):
            pipeline.run_batch(raws[start : start + settings.ingest.batch_size])

    results = {}
    for label, fn in (("spaCy alone", spacy_alone), ("full pipeline", full)):
        best = float("inf")
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t0)
        results[label] = best
        print(f"{label:14s} {best:7.2f} s   {len(raws) / best:7.1f} docs/s   {words / best:8.0f} words/s")
    total = sum(pipeline.seconds.values())
    print("time per component (all runs):")
    for name, secs in sorted(pipeline.seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {name:22s} {secs:7.2f} s  {100 * secs / total:5.1f} %")
    ratio = results["full pipeline"] / results["spaCy alone"]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ratio full/spaCy: {ratio:.2f} (target <= 1.5)   peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
