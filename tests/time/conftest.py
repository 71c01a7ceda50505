"""Fixtures for the time stage: documents built from text, with or without a publication date."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from tests.conftest import raw_doc

from tidings.ingest.document import build_document
from tidings.nlp import load_model
from tidings.records import DocMeta, Document, TimeExpr
from tidings.time import find_times, infer_document_year


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_model()


def make_doc(text: str, published: date | None = None) -> Document:
    doc = build_document(raw_doc(text))
    if published is not None:
        doc = dataclasses.replace(doc, meta=DocMeta(published=published))
    return dataclasses.replace(doc, inferred_year=infer_document_year(doc))


@pytest.fixture(scope="session")
def times(nlp: Any) -> Callable[..., tuple[TimeExpr, ...]]:
    """Parse a text and return its time expressions, as the pipeline's time stage does."""

    def run(text: str, published: date | None = None) -> tuple[TimeExpr, ...]:
        doc = make_doc(text, published)
        return find_times(nlp(doc.text), doc)

    return run


def by_text(found: tuple[TimeExpr, ...], text: str) -> TimeExpr:
    """The expression whose text is `text` (the first, when it occurs twice)."""
    hits = [t for t in found if t.text == text]
    assert hits, f"{text!r} not among {[t.text for t in found]}"
    return hits[0]
