"""Shared fixtures: the shared/ folder, a built pipeline, and text-to-result helpers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.ingest.decode import content_hash
from tidings.pipeline import Pipeline
from tidings.records import RawDoc, Result

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout; tests that need it skip when it is absent."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


def raw_doc(text: str, name: str = "test.txt", fmt: str = "txt") -> RawDoc:
    return RawDoc(name=name, uri=name, text=text, fmt=fmt, content_hash=content_hash(text))


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline, built once per test session (loads spaCy once)."""
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def run_text(pipeline: Pipeline) -> Callable[..., Result]:
    """Run the whole pipeline on one text; `published` prepends a dateline."""

    def run(text: str, *, published: date | None = None, name: str = "test.txt") -> Result:
        if published is not None:
            text = f"{published:%d %B %Y}\n\n{text}"
        (out,) = pipeline.run_batch([raw_doc(text, name)])
        assert isinstance(out, Result), out
        return out

    return run
