"""Spun copies of our own annotated articles are coded almost as well as the originals.

The example articles with gold (examples/gold) are spun with the synonym table,
kept under their file names, and scored against the same gold: event and fact
F1 on the spun copies must be at least 0.9x those on the originals.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.clean.spinner import spin

from ..conftest import EXAMPLES
from .test_quality_gate import score_corpus


@pytest.mark.slow
def test_spun_copies_score_at_least_nine_tenths_of_originals(tmp_path: Path) -> None:
    originals = tmp_path / "originals"
    spun = tmp_path / "spun"
    originals.mkdir()
    spun.mkdir()
    for gold in sorted((EXAMPLES / "gold").glob("*.json")):
        meta = json.loads(gold.read_text(encoding="utf-8"))
        if meta["meta"].get("spun"):
            continue  # already a spun copy
        text = (EXAMPLES / "corpus" / meta["doc"]).read_text(encoding="utf-8")
        (originals / meta["doc"]).write_text(text, encoding="utf-8")
        (spun / meta["doc"]).write_text(spin(text, seed=11), encoding="utf-8")
    clean = score_corpus(originals, EXAMPLES / "gold", tmp_path, "originals")
    dirty = score_corpus(spun, EXAMPLES / "gold", tmp_path, "spun")
    for kind, level in (("events", "event"), ("events", "type+dyad"), ("facts", "fact")):
        base, got = clean[kind][level]["f1"], dirty[kind][level]["f1"]
        assert got >= 0.9 * base, f"{kind} {level}: spun {got:.3f} < 0.9 x original {base:.3f}"
    assert clean["events"]["event"]["tp"] > 0 and clean["facts"]["fact"]["tp"] > 0
