"""Train the keep/drop model of "events.learned" (`make train`).

    .venv/bin/python -m tidings.events.learned.train [--out DIR] [--cache FILE]

Runs the pipeline without the learned component over voa_dev `train`, the
PLOVER GSR and examples/, labels each candidate by the scorer's own matching
(type+dyad: matched to a required or optional gold event = keep), chooses the
penalty and the threshold by 5-fold cross-validation by document on voa_dev
`train` (GSR and examples always train), fits the final model on all of it and
writes data/event_filter.json and its meta. voa_dev `check` is only scored,
with the final model; its gold is never trained or tuned on. Skips cleanly when
../shared is absent. Same rule outputs, same file, bit for bit.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
import itertools
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from tidings.events.learned.features import document_features
from tidings.events.learned.model import (
    META_FILE,
    MODEL_FILE,
    NAME,
    FilterModel,
    data_dir,
    fit,
    model_from_json,
)
from tidings.records import Actor, Event

ROOT = Path(__file__).resolve().parents[4]
SHARED = ROOT.parent / "shared"
VOA = SHARED / "bench" / "voa_dev"
GSR = SHARED / "bench" / "plover_gsr"
EXAMPLES = ROOT / "examples"
SEED = 13
FOLDS = 5
LEVEL = "type+dyad"
L2_GRID = (0.5, 1.0, 2.0, 4.0, 8.0)
VOA_WEIGHTS = (1.0, 2.0, 4.0)
THRESHOLDS = tuple(round(0.05 + 0.025 * i, 3) for i in range(37))
MIN_COUNT = 2


@dataclass(frozen=True, slots=True)
class Candidate:
    features: list[str]
    row: dict[str, Any]  # the export-contract fields the scorer reads


@dataclass(frozen=True, slots=True)
class Corpus:
    """Candidates and gold of one set, by document name."""

    name: str
    candidates: dict[str, list[Candidate]]
    gold: dict[str, dict[str, Any]]


def scorer() -> ModuleType:
    """../shared/tools/score.py as a module (also the benchmarks' loader)."""
    spec = importlib.util.spec_from_file_location("tidings_train_score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _actor_row(a: Actor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {**dataclasses.asdict(a), "org": a.parent}


def _row(e: Event) -> dict[str, Any]:
    return {
        "type": e.type,
        "source": _actor_row(e.source),
        "target": _actor_row(e.target),
        "date": e.date,
        "sentence": e.sentence,  # not scored; for reading errors
    }


def run_rules(folders: Sequence[Path]) -> dict[str, list[Candidate]]:
    """Candidates (non-negated) of every document in `folders`, by the pipeline without the filter."""
    from tidings.analysis import Analysis
    from tidings.components import BUILTIN
    from tidings.config import DEFAULT_PIPELINE, Settings
    from tidings.ingest.readers import read_inputs
    from tidings.pipeline import Pipeline
    from tidings.records import RawDoc
    from tidings.registry import BatchFn, Component, Registry

    captured: dict[str, list[Candidate]] = {}

    def capture(settings: Settings) -> BatchFn:
        def run(batch: list[Analysis]) -> list[Analysis]:
            for a in batch:
                events = [e for e in a.events if not e.negated]
                feats = document_features(events, a.parsed, a.mentions, a.times)
                captured[a.raw.name] = [Candidate(f, _row(e)) for e, f in zip(events, feats, strict=True)]
            return batch

        return run

    probe = Component(
        name="train.capture",
        version=1,
        stage="events",
        requires=("doc", "parsed", "mentions", "times", "events"),
        assigns=(),
        factory=capture,
    )
    names = [n for n in DEFAULT_PIPELINE if n != NAME]
    names.insert(names.index("events.rules") + 1, probe.name)
    settings = Settings(pipeline=names)
    pipeline = Pipeline(settings, Registry((*BUILTIN, probe)))
    raws = [r for r in read_inputs([str(f) for f in folders], settings.ingest) if isinstance(r, RawDoc)]
    for i in range(0, len(raws), 32):
        pipeline.run_batch(raws[i : i + 32])
    return captured


def load_gold(folder: Path, names: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    wanted = None if names is None else {Path(n).stem for n in names}
    out = {}
    for f in sorted(folder.glob("*.json")):
        if wanted is None or f.stem in wanted:
            d = json.loads(f.read_text(encoding="utf-8"))
            out[d["doc"]] = d
    return out


def labels(corpus: Corpus, score: ModuleType) -> dict[str, list[int]]:
    """1 for a candidate the scorer matches to a required gold event, 0 for one it
    matches to none, -1 for one matched to an optional event (neither kept nor held
    against: left out of training)."""
    out = {}
    for name, cands in corpus.candidates.items():
        if name not in corpus.gold:
            continue
        golds = corpus.gold[name].get("events", [])
        rows = [c.row for c in cands]
        m = score.max_matching(golds, rows, lambda g, p: score.event_match(g, p, LEVEL))
        required = {j for i, j in m.items() if not golds[i].get("optional")}
        optional = set(m.values()) - required
        out[name] = [1 if j in required else -1 if j in optional else 0 for j in range(len(rows))]
    return out


def prf(corpus: Corpus, keep: dict[str, list[bool]] | None, score: ModuleType) -> dict[str, Any]:
    """The scorer's type+dyad figures for the kept candidates of every gold document."""
    preds = {
        name: [c.row for j, c in enumerate(corpus.candidates.get(name, [])) if keep is None or keep[name][j]]
        for name in corpus.gold
    }
    result: dict[str, Any] = score.score_items(corpus.gold, preds, "events", score.event_match, (LEVEL,))
    return dict(result[LEVEL])


def _samples(
    corpora: Iterable[Corpus],
    ys: dict[str, dict[str, list[int]]],
    voa_weight: float,
    docs: set[str] | None = None,
) -> tuple[list[list[str]], list[int], list[float]]:
    """Features, labels and sample weights of every gold document (of voa train: only
    those in `docs`); news stories weigh `voa_weight` against GSR sentences and examples."""
    xs: list[list[str]] = []
    y: list[int] = []
    sw: list[float] = []
    for c in corpora:
        for name in sorted(c.candidates):
            if name in c.gold and (docs is None or c.name != "voa_train" or name in docs):
                for k, label in zip(c.candidates[name], ys[c.name][name], strict=True):
                    if label >= 0:
                        xs.append(k.features)
                        y.append(label)
                        sw.append(voa_weight if c.name == "voa_train" else 1.0)
    return xs, y, sw


def cross_validate(
    voa: Corpus, others: list[Corpus], ys: dict[str, dict[str, list[int]]], score: ModuleType
) -> dict[str, Any]:
    """Out-of-fold probabilities on voa train per penalty; the best (penalty, threshold) by F1."""
    import numpy as np

    names = sorted(voa.gold)
    order = np.random.default_rng(SEED).permutation(len(names))
    fold = {names[int(i)]: k % FOLDS for k, i in enumerate(order)}
    grid = []
    for vw, l2 in itertools.product(VOA_WEIGHTS, L2_GRID):
        oof: dict[str, list[float]] = {}
        for k in range(FOLDS):
            xs, y, sw = _samples([voa, *others], ys, vw, {n for n in names if fold[n] != k})
            model = fit(xs, y, l2=l2, weights=sw, min_count=MIN_COUNT)
            for n in names:
                if fold[n] == k:
                    oof[n] = [model.probability(c.features) for c in voa.candidates.get(n, [])]
        for t in THRESHOLDS:
            m = prf(voa, {n: [p >= t for p in ps] for n, ps in oof.items()}, score)
            grid.append({"voa_weight": vw, "l2": l2, "threshold": t, **m})
    chosen = max(grid, key=lambda g: g["f1"])  # the first of equals: grid order breaks ties
    return {
        "folds": FOLDS,
        "by": "document",
        "set": "voa_dev train",
        "level": LEVEL,
        "always_training": [c.name for c in others],
        "voa_weight": chosen["voa_weight"],
        "l2": chosen["l2"],
        "threshold": chosen["threshold"],
        "rules_only": prf(voa, None, score),
        "filtered": {k: chosen[k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")},
        "best_f1_by_voa_weight_and_l2": {
            f"{vw}/{l2}": max(g["f1"] for g in grid if g["l2"] == l2 and g["voa_weight"] == vw)
            for vw, l2 in itertools.product(VOA_WEIGHTS, L2_GRID)
        },
    }


def set_hash(files: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for f in sorted(files, key=lambda p: p.name):
        h.update(f.name.encode() + b"\0" + hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def _candidates_json(corpora: dict[str, dict[str, list[Candidate]]]) -> str:
    data = {k: {n: [[c.features, c.row] for c in v] for n, v in d.items()} for k, d in corpora.items()}
    return json.dumps(data, sort_keys=True)


def _from_json(text: str) -> dict[str, dict[str, list[Candidate]]]:
    data = json.loads(text)
    return {k: {n: [Candidate(f, r) for f, r in v] for n, v in d.items()} for k, d in data.items()}


def collect(cache: Path | None) -> dict[str, dict[str, list[Candidate]]]:
    if cache is not None and cache.exists():
        return _from_json(cache.read_text(encoding="utf-8"))
    found = {
        "voa_dev": run_rules([VOA / "texts"]),
        "plover_gsr": run_rules([GSR / "texts"]),
        "examples": run_rules([EXAMPLES / "corpus"]),
    }
    if cache is not None:
        cache.write_text(_candidates_json(found), encoding="utf-8")
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=None, help="folder for the model (default: the package's)")
    ap.add_argument("--cache", type=Path, default=None, help="reuse/keep rule outputs here (development)")
    a = ap.parse_args(argv)
    if not (SHARED / "tools" / "score.py").exists() or not VOA.exists() or not GSR.exists():
        print(f"skipped: {SHARED} (gold and scorer) is not beside this checkout")
        return 0
    score = scorer()
    split = json.loads((VOA / "split.json").read_text(encoding="utf-8"))
    found = collect(a.cache)
    voa = Corpus("voa_train", found["voa_dev"], load_gold(VOA / "gold", split["train"]))
    others = [
        Corpus("plover_gsr", found["plover_gsr"], load_gold(GSR / "gold")),
        Corpus("examples", found["examples"], load_gold(EXAMPLES / "gold")),
    ]
    ys = {c.name: labels(c, score) for c in (voa, *others)}
    cv = cross_validate(voa, others, ys, score)
    print(f"cv rules only: {_line(cv['rules_only'])}")
    chosen = f"voa_weight={cv['voa_weight']}, l2={cv['l2']}, threshold={cv['threshold']}"
    print(f"cv filtered:   {_line(cv['filtered'])}  ({chosen})")
    xs, y, sw = _samples([voa, *others], ys, cv["voa_weight"])
    fitted = fit(xs, y, l2=cv["l2"], weights=sw, min_count=MIN_COUNT, threshold=cv["threshold"])
    model_json = json.dumps(fitted.to_json(), indent=1, sort_keys=True) + "\n"
    model = model_from_json(json.loads(model_json))  # score check with the weights as stored
    check = Corpus("voa_check", found["voa_dev"], load_gold(VOA / "gold", split["check"]))
    check_scores = {"rules_only": prf(check, None, score), "filtered": prf(check, _keep(check, model), score)}
    print(f"check rules only: {_line(check_scores['rules_only'])}")
    print(f"check filtered:   {_line(check_scores['filtered'])}")
    meta = _meta(model, model_json, cv, check_scores, split, ys, found)
    out = a.out or data_dir()
    out.mkdir(parents=True, exist_ok=True)
    (out / MODEL_FILE).write_text(model_json, encoding="utf-8")
    (out / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out / MODEL_FILE} ({len(model.weights)} weights) and {META_FILE}")
    return 0


def _keep(corpus: Corpus, model: FilterModel) -> dict[str, list[bool]]:
    return {n: [model.keeps(c.features) for c in corpus.candidates.get(n, [])] for n in corpus.gold}


def _line(m: dict[str, Any]) -> str:
    counts = f"tp={m['tp']} fp={m['fp']} fn={m['fn']}"
    return f"P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} ({counts})"


def _meta(
    model: FilterModel,
    model_json: str,
    cv: dict[str, Any],
    check: dict[str, Any],
    split: dict[str, list[str]],
    ys: dict[str, dict[str, list[int]]],
    found: dict[str, dict[str, list[Candidate]]],
) -> dict[str, Any]:
    voa_files = [VOA / "texts" / n for n in split["train"]] + [
        VOA / "gold" / f"{Path(n).stem}.json" for n in split["train"]
    ]
    gsr_files = [*(GSR / "texts").glob("*.txt"), *(GSR / "gold").glob("*.json")]
    ex_files = [*(EXAMPLES / "gold").glob("*.json")]
    ex_files += [EXAMPLES / "corpus" / json.loads(f.read_text(encoding="utf-8"))["doc"] for f in ex_files]
    return {
        "name": model.name,
        "version": model.version,
        "id": f"{model.name}.v{model.version}",
        "model_file": MODEL_FILE,
        "model_sha256": hashlib.sha256(model_json.encode()).hexdigest(),
        "model": "L2-regularised logistic regression (Newton), binary features; keep if p >= threshold",
        "seed": SEED,
        "l2": cv["l2"],
        "voa_weight": cv["voa_weight"],
        "min_count": MIN_COUNT,
        "threshold": model.threshold,
        "weights": len(model.weights),
        "labels": f"1: matched at {LEVEL} to a required gold event (score.py max_matching); 0: unmatched; "
        "matched to an optional event: not trained on",
        "training_sets": {
            "voa_dev_train": {"documents": len(split["train"]), "sha256": set_hash(voa_files)},
            "plover_gsr": {
                "documents": len(list((GSR / "gold").glob("*.json"))),
                "sha256": set_hash(gsr_files),
            },
            "examples": {"documents": len(ex_files) // 2, "sha256": set_hash(ex_files)},
        },
        "candidates": {
            k: {
                "candidates": sum(map(len, v.values())),
                "required": sum(x.count(1) for x in v.values()),
                "optional": sum(x.count(-1) for x in v.values()),
            }
            for k, v in ys.items()
        },
        "rule_outputs_sha256": hashlib.sha256(_candidates_json(found).encode()).hexdigest(),
        "cv": cv,
        "check": {"set": "voa_dev check (scored only, never trained or tuned on)", "level": LEVEL, **check},
    }


if __name__ == "__main__":
    sys.exit(main())
