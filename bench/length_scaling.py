"""Cost against document length: seconds per 1,000 words for one document of 1k, 10k and 50k words.

    .venv/bin/python bench/length_scaling.py [--sizes 1000,10000,50000] [PATH ...]

Each document is real news text (default: ../shared/bench/voa/texts, else examples/corpus)
joined paragraph by paragraph under one headline until it has the wanted number of words.
Prints, per size, the whole pipeline's seconds per 1,000 words and each stage's, and the
ratio of the largest to the smallest size: a stage that grows with the square of the
length shows there (the target is flat within 2x).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tidings.config import Settings
from tidings.ingest.decode import content_hash
from tidings.pipeline import Pipeline
from tidings.records import RawDoc, Result

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [
    ROOT.parent / "shared" / "bench" / "voa" / "texts",
    ROOT.parent / "shared" / "bench" / "voa_dev" / "texts",
    ROOT / "examples" / "corpus",
]


def paragraphs(paths: list[Path]) -> list[str]:
    """Body paragraphs of the .txt files under the paths (distinct: the boilerplate filter drops
    a paragraph that repeats, so a document longer than them all is cut short; see `main`)."""
    files = [f for path in paths for f in (sorted(path.glob("*.txt")) if path.is_dir() else [path])]
    paras = [
        p.strip()
        for f in files
        if f.exists()
        for p in f.read_text(encoding="utf-8").split("\n\n")[2:]
        if len(p.split()) > 20
    ]
    if not paras:
        raise SystemExit(f"no texts under {', '.join(map(str, paths))}")
    return list(dict.fromkeys(paras))


def document(paras: list[str], words: int) -> RawDoc:
    """One long story of about `words` words."""
    body: list[str] = []
    n = 0
    i = 0
    while n < words:
        p = paras[i % len(paras)]
        body.append(p)
        n += len(p.split())
        i += 1
    text = "A long report on the region\n\n" + "\n\n".join(body) + "\n"
    return RawDoc(name=f"long_{words}.txt", uri="-", text=text, fmt="txt", content_hash=content_hash(text))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    ap.add_argument("--sizes", default="1000,10000,50000", help="Document sizes in words, comma-separated.")
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    paras = paragraphs(a.paths)
    pipeline = Pipeline(Settings())
    pipeline.run_batch([document(paras, 300)])  # warm up every stage's lazy loading
    rows: list[tuple[int, float, dict[str, float]]] = []
    for size in sizes:
        raw = document(paras, size)
        pipeline.seconds = dict.fromkeys(pipeline.ids, 0.0)
        t0 = time.perf_counter()
        (result,) = pipeline.run_batch([raw])
        total = time.perf_counter() - t0
        words = len(result.doc.text.split()) if isinstance(result, Result) else len(raw.text.split())
        per_k = {k: v / words * 1000 for k, v in pipeline.seconds.items()}
        rows.append((words, total / words * 1000, per_k))
        print(f"{words:>7,} words coded  {total:7.2f} s  {total / words * 1000:6.3f} s per 1k words")
    print("seconds per 1,000 words by stage:")
    print(f"  {'stage':<24}" + "".join(f"{w:>10,}" for w, _, _ in rows) + "   largest/smallest")
    for stage in pipeline.ids:
        vals = [r[2][stage] for r in rows]
        ratio = vals[-1] / vals[0] if vals[0] else float("nan")
        print(f"  {stage:<24}" + "".join(f"{v:10.3f}" for v in vals) + f"   {ratio:6.2f}x")
    ratio = rows[-1][1] / rows[0][1]
    print(f"whole pipeline, largest/smallest: {ratio:.2f}x (target <= 2)")


if __name__ == "__main__":
    main()
