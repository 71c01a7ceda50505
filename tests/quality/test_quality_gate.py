"""Quality gate: P/R/F1 floors on the dev gold sets, kept in baseline.json.

Each set is ingested with the default pipeline, exported with the export
contract and scored with ../shared/tools/score.py. Lowering a floor in
baseline.json is a visible change in review.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from tidings.cli import main

from ..conftest import EXAMPLES, SHARED

BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text(encoding="utf-8"))
SETS = {
    "seeds": (SHARED / "seeds", SHARED / "gold" / "seeds"),
    "plover_gsr": (SHARED / "bench" / "plover_gsr" / "texts", SHARED / "bench" / "plover_gsr" / "gold"),
    "examples": (EXAMPLES / "corpus", EXAMPLES / "gold"),
    "voa_dev": (SHARED / "bench" / "voa_dev" / "texts", SHARED / "bench" / "voa_dev" / "gold"),
}
VOA_SPLIT = SHARED / "bench" / "voa_dev" / "split.json"


def split_gold(gold: Path, part: str, tmp: Path) -> Path:
    """A gold folder holding only the stories of one voa_dev split (`train` or `check`)."""
    folder = tmp / f"gold_{part}"
    folder.mkdir()
    for name in json.loads(VOA_SPLIT.read_text(encoding="utf-8"))[part]:
        shutil.copy(gold / f"{Path(name).stem}.json", folder)
    return folder


def _scorer() -> ModuleType:
    path = SHARED / "tools" / "score.py"
    if not path.exists():
        pytest.skip("../shared/tools/score.py is not beside this checkout")
    spec = importlib.util.spec_from_file_location("tidings_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_corpus(corpus: Path, gold: Path, tmp: Path, name: str) -> dict[str, Any]:
    """Ingest `corpus`, export docs/events/facts and score them against `gold`."""
    if not corpus.exists():
        pytest.skip(f"{corpus} is absent")
    scorer = _scorer()
    db = str(tmp / f"{name}.duckdb")
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(corpus), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    args = ["--gold", str(gold), "--json"]
    for kind in ("docs", "events", "facts"):
        out = tmp / f"{name}_{kind}.jsonl"
        assert runner.invoke(main, ["export", kind, "--db", db, "-o", str(out)]).exit_code == 0
        args += [f"--{kind}", str(out)]
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        scorer.main(args)
    return dict(json.loads(buf.getvalue()))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(BASELINE))
def test_scores_stay_above_their_floors(name: str, tmp_path: Path) -> None:
    texts, gold = SETS[name.removesuffix("_check")]
    if name.endswith("_check"):  # voa_dev's check split: the figure users get on unseen news
        if not VOA_SPLIT.exists():
            pytest.skip(f"{VOA_SPLIT} is absent")
        gold = split_gold(gold, "check", tmp_path)
    report = score_corpus(texts, gold, tmp_path, name)
    failures = []
    for key, floor in BASELINE[name].items():
        kind, level, metric = key.split(".")
        if kind == "metadata":
            got = report["metadata"][level]["right"] / report["metadata"][level]["of"]
        else:
            got = report[kind][level][metric]
        if got < floor:
            failures.append(f"{key}: {got:.3f} < floor {floor:.3f}")
    assert not failures, f"{name}: " + "; ".join(failures)
