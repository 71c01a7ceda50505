"""On the seed articles (read from ../shared at run time): spans are sound and the stage stays cheap."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tidings.actors import Gazetteer, find_mentions
from tidings.ingest.decode import content_hash
from tidings.ingest.document import build_document
from tidings.nlp import load_model
from tidings.records import RawDoc

pytestmark = pytest.mark.seeds


def test_seed_spans_and_cost(shared: Path, gaz: Gazetteer) -> None:
    nlp = load_model()
    parse = actors = 0.0
    codes: set[str] = set()
    for path in sorted((shared / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = build_document(
            RawDoc(name=path.name, uri=str(path), text=text, fmt="txt", content_hash=content_hash(text))
        )
        t0 = time.perf_counter()
        parsed = nlp(doc.text)
        t1 = time.perf_counter()
        found = find_mentions(parsed, doc, gaz)
        t2 = time.perf_counter()
        parse, actors = parse + t1 - t0, actors + t2 - t1
        for m in found:
            start, end = m.span
            assert 0 <= start < end <= len(doc.text)
            assert doc.text[start:end] == m.actor.text
            codes.add(m.actor.code or "")
    assert {"KAZ", "AFG", "TALIBAN", "UZB", "RUS"} <= codes
    assert actors < 0.2 * parse, (actors, parse)
