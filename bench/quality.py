"""Score tidings on every gold set beside the checkout, in one run.

    .venv/bin/python bench/quality.py [--sets seeds,voa_dev,plover_gsr,examples] [--keep DIR] [--set K=V]

Ingests each set into a fresh store, exports docs/events/facts with the export
contract and scores them with ../shared/tools/score.py. voa_dev is scored as
a whole and on its `train` and `check` splits (split.json). Prints one line
per set and level; `--keep DIR` leaves the stores and exports there.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tidings.events.learned.train import scorer as load_scorer  # one loader for ../shared/tools/score.py

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TIDINGS = str(Path(sys.executable).with_name("tidings"))
SETS = {
    "seeds": (SHARED / "seeds", SHARED / "gold" / "seeds"),
    "voa_dev": (SHARED / "bench" / "voa_dev" / "texts", SHARED / "bench" / "voa_dev" / "gold"),
    "plover_gsr": (SHARED / "bench" / "plover_gsr" / "texts", SHARED / "bench" / "plover_gsr" / "gold"),
    "examples": (ROOT / "examples" / "corpus", ROOT / "examples" / "gold"),
}


def export(texts: Path, work: Path, name: str, settings: Sequence[str] = ()) -> dict[str, Path]:
    """Ingest `texts` into work/name.duckdb (with `settings` as --set overrides) and export the
    three contract tables."""
    db = work / f"{name}.duckdb"
    db.unlink(missing_ok=True)
    sets = [a for kv in settings for a in ("--set", kv)]
    subprocess.run([TIDINGS, "ingest", str(texts), "--db", str(db), "-q", *sets], check=False)
    out = {}
    for kind in ("docs", "events", "facts"):
        out[kind] = work / f"{name}.{kind}.jsonl"
        subprocess.run([TIDINGS, "export", kind, "--db", str(db), "-o", str(out[kind])], check=True)
    return out


def score(gold: Path, files: dict[str, Path]) -> dict[str, Any]:
    args = ["--gold", str(gold), "--json"] + [a for k, p in files.items() for a in (f"--{k}", str(p))]
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        load_scorer().main(args)
    return dict(json.loads(buf.getvalue()))


def split_gold(gold: Path, names: list[str], work: Path, label: str) -> Path:
    folder = work / f"gold_{label}"
    folder.mkdir(exist_ok=True)
    for n in names:
        shutil.copy(gold / (Path(n).stem + ".json"), folder)
    return folder


def line(label: str, report: dict[str, Any]) -> str:
    parts = [f"{label:16s}"]
    for kind, levels in (("events", ("event", "type+dyad", "dyad")), ("facts", ("fact", "value+actors"))):
        for level in levels:
            m = report.get(kind, {}).get(level)
            if m:
                parts.append(f"{level}={m['f1']:.3f} (P{m['precision']:.2f} R{m['recall']:.2f})")
    return "  ".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a setting for ingest")
    a = ap.parse_args()
    work = a.keep or Path(tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    for name in a.sets.split(","):
        texts, gold = SETS[name]
        files = export(texts, work, name, a.set)
        if name == "plover_gsr":
            files.pop("facts"), files.pop("docs")
        print(line(name, score(gold, files)), flush=True)
        if name == "voa_dev":
            split = json.loads((texts.parent / "split.json").read_text())
            for label in ("train", "check"):
                part = split_gold(gold, split[label], work, label)
                print(line(f"  {label}", score(part, files)), flush=True)


if __name__ == "__main__":
    main()
