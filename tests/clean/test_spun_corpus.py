"""Spun detection on real text (the seeds, the VOA bench) and the full pipeline on spun copies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tidings.clean.spinner import spin
from tidings.clean.spun import analyse
from tidings.records import Actor, Result

DATA = Path(__file__).parent / "data"
SPUN_SEEDS = ("000", "001")


def test_seed_spun_flags(shared: Path) -> None:
    for path in sorted((shared / "seeds").glob("*.txt")):
        report = analyse(path.read_text())
        expected = path.name.startswith(SPUN_SEEDS)
        assert report.spun is expected, (path.name, report.score)
        assert (report.score > 5) is expected, (path.name, report.score)


def test_clean_news_is_never_flagged(shared: Path) -> None:
    texts = sorted((shared / "bench" / "voa" / "texts").glob("*.txt"))
    assert texts
    for path in texts:
        report = analyse(path.read_text())
        assert not report.spun, (path.name, report.score)
        assert report.score < 1.5, (path.name, report.score)


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor else None


def _f1(pred: set[tuple[object, ...]], gold: set[tuple[object, ...]]) -> float:
    if not pred and not gold:
        return 1.0
    tp = len(pred & gold)
    return 2 * tp / (len(pred) + len(gold))


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.stem)
def test_pipeline_codes_spun_copies_like_originals(path: Path, run_text: Callable[..., Result]) -> None:
    text = path.read_text()
    original, spun_copy = run_text(text), run_text(spin(text, seed=5), name="spun.txt")
    assert spun_copy.doc.spun and not original.doc.spun

    def events(r: Result) -> set[tuple[object, ...]]:
        return {(e.type, _code(e.source), _code(e.target)) for e in r.events}

    def facts(r: Result) -> set[tuple[object, ...]]:
        return {(f.measure, f.reporter, f.partner, round(f.value, 3), f.unit) for f in r.facts}

    assert _f1(events(spun_copy), events(original)) >= 0.9, (events(original), events(spun_copy))
    assert _f1(facts(spun_copy), facts(original)) >= 0.9, (facts(original), facts(spun_copy))
    # spans of the spun copy point into its own (spun) text
    for e in spun_copy.events:
        assert 0 <= e.span[0] <= e.span[1] <= len(spun_copy.doc.raw_text)
