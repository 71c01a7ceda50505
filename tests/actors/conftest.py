"""Fixtures for the actors stage: the spaCy model and gazetteer, and text -> mentions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from tidings.actors import Gazetteer, find_mentions, load_gazetteer
from tidings.ingest.decode import content_hash
from tidings.ingest.document import build_document
from tidings.nlp import load_model
from tidings.records import Mention, RawDoc

Found = list[tuple[str, Mention]]


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def mentions(gaz: Gazetteer) -> Callable[..., Found]:
    """Parse a text and return (surface, mention) pairs in text order."""
    nlp = load_model()

    def run(text: str, *, published: date | None = None) -> Found:
        doc = build_document(
            RawDoc(name="t.txt", uri="t.txt", text=text, fmt="txt", content_hash=content_hash(text))
        )
        if published is not None:
            doc = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, published=published))
        found = find_mentions(nlp(doc.text), doc, gaz)
        return [(doc.text[m.span[0] : m.span[1]], m) for m in found]

    return run


def first(found: Found, surface: str) -> Mention:
    """The first mention whose surface is exactly `surface`."""
    for text, m in found:
        if text == surface:
            return m
    raise AssertionError(f"no mention {surface!r} in {[t for t, _ in found]}")


def all_of(found: Found, surface: str) -> list[Mention]:
    return [m for text, m in found if text == surface]
