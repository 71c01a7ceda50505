"""Shared fixtures: the shared/ folder, a built pipeline, and text-to-result helpers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tidings.config import Settings
from tidings.ingest.decode import content_hash
from tidings.offsets import OffsetMap
from tidings.pipeline import Pipeline
from tidings.records import DocMeta, Document, RawDoc, Result

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout; tests that need it skip when it is absent."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


def make_document(text: str, name: str = "test.txt", *, doc_id: str | None = None, **fields: Any) -> Document:
    """A Document over `text` as it is (no cleaning), for stage and store tests; `fields` override."""
    h = content_hash(text)
    return Document(
        doc_id=doc_id or h[:16],
        doc_name=name,
        uri=name,
        fmt="txt",
        content_hash=h,
        raw_text=text,
        text=text,
        offsets=OffsetMap.identity(len(text)),
        meta=fields.pop("meta", DocMeta()),
        **fields,
    )


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
