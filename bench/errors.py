"""Print, document by document, which gold events were found and which predictions are wrong.

    .venv/bin/python bench/errors.py --gold GOLD_DIR --events events.jsonl [--only NAMES_JSON_KEY]
        [--split ../shared/bench/voa_dev/split.json --part train] [--level type+dyad]

For looking at errors on a development split (never on voa_dev `check`).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from tidings.events.learned.train import scorer as load_scorer


def actor(a: dict[str, Any] | None) -> str:
    if not a:
        return "-"
    codes = "/".join(c for c in (a.get("code"), a.get("country")) if c)
    return f"{a.get('text', '')[:30]}[{codes or a.get('kind')}]"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--events", type=Path, required=True)
    ap.add_argument("--split", type=Path)
    ap.add_argument("--part", default="train")
    ap.add_argument("--level", default="type+dyad")
    a = ap.parse_args()
    sc = load_scorer()
    names = None
    if a.split:
        names = set(json.loads(a.split.read_text())[a.part])
    preds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in sc.load_jsonl(a.events):
        if not row.get("negated"):
            preds[sc.doc_key(row)].append(row)
    for f in sorted(a.gold.glob("*.json")):
        g = json.loads(f.read_text())
        if names is not None and g["doc"] not in names:
            continue
        golds, ps = g["events"], preds.get(g["doc"], [])
        m = sc.max_matching(golds, ps, lambda x, y: sc.event_match(x, y, a.level))
        print(f"\n=== {g['doc']}  published {g['meta'].get('published')}")
        for i, ge in enumerate(golds):
            mark = "OK " if i in m else ("opt" if ge.get("optional") else "MISS")
            tgt = ge.get("target")
            who = f"{ge['source']}->{tgt} {ge.get('date')}"
            print(f"  G {mark:4s} {ge['type']:9s} {who}  | {ge['evidence'][:110]}")
        used = set(m.values())
        for j, p in enumerate(ps):
            mark = "ok" if j in used else "FP"
            who = f"{actor(p.get('source'))} -> {actor(p.get('target'))} {p.get('date')}"
            print(f"  P {mark:4s} {p['type']:9s} {who} | {p['sentence'][:110]}")


if __name__ == "__main__":
    main()
