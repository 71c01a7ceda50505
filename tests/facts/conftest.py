"""Helpers for facts tests: documents with hand-built mentions and time expressions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from tidings.facts.extract import extract_facts
from tidings.nlp import load_model
from tidings.records import Actor, DocMeta, Document, Fact, Mention, Precision, TimeExpr

from ..conftest import make_document

STATES = {
    "Kazakhstan": "KAZ",
    "Kazakh": "KAZ",
    "Kazakhstani": "KAZ",
    "Afghanistan": "AFG",
    "Afghan": "AFG",
    "Uzbekistan": "UZB",
    "Uzbek": "UZB",
    "Pakistan": "PAK",
    "Pakistani": "PAK",
    "India": "IND",
    "Indian": "IND",
    "Turkmenistan": "TKM",
    "Turkmen": "TKM",
    "China": "CHN",
    "Chinese": "CHN",
    "Russia": "RUS",
    "Russian": "RUS",
    "Germany": "DEU",
    "Tajikistan": "TJK",
    "Tajik": "TJK",
    "Iran": "IRN",
    "Iranian": "IRN",
    "Chad": "TCD",
    "Danish": "DNK",
    "Kenya": "KEN",
    "American": "USA",
    "Somalia": "SOM",
}


def demonyms(word: str) -> str | None:
    """Stands in for the gazetteer: "Afghans" -> AFG."""
    return STATES.get(word) or (STATES.get(word[:-1]) if word.endswith("s") else None)


def make_doc(text: str, year: int | None = 2023, published: date | None = None) -> Document:
    return make_document(text, "t.txt", inferred_year=year, meta=DocMeta(published=published))


ORGS = {"IMF": "IMF", "World Bank": "WB"}


def state_mentions(text: str) -> tuple[Mention, ...]:
    """Mentions of the states and organisations above, standing in for the actors stage."""
    import re

    out = []
    for name, code in STATES.items():
        for m in re.finditer(rf"\b{name}\b", text):
            out.append(
                Mention(span=(m.start(), m.end()), actor=Actor(text=name, name=name, code=code, country=code))
            )
    for name, code in ORGS.items():
        for m in re.finditer(rf"\b{name}\b", text):
            actor = Actor(text=name, name=name, code=code, kind="igo")
            out.append(Mention(span=(m.start(), m.end()), actor=actor))
    return tuple(sorted(out, key=lambda m: m.span))


def make_time(text: str, words: str, start: date, end: date, precision: Precision = "year") -> TimeExpr:
    """A time expression over the first occurrence of `words`, standing in for the time stage."""
    i = text.index(words)
    return TimeExpr(
        span=(i, i + len(words)), text=words, value=str(start.year), precision=precision, start=start, end=end
    )


def make_year(text: str, words: str, y: int) -> TimeExpr:
    return make_time(text, words, date(y, 1, 1), date(y, 12, 31))


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_model()


@pytest.fixture(scope="session")
def facts_of(nlp: Any) -> Callable[..., tuple[Fact, ...]]:
    """Facts of a text, with state mentions and the given time expressions."""

    def run(
        text: str, *times: TimeExpr, keep_all: bool = False, published: date | None = None
    ) -> tuple[Fact, ...]:
        doc = make_doc(text, published=published)
        return extract_facts(
            nlp(text), doc, state_mentions(text), tuple(times), keep_all=keep_all, lookup=demonyms
        )

    return run


@pytest.fixture(scope="session")
def when() -> Callable[..., TimeExpr]:
    """`when(text, words, start, end, precision)`: a time expression over `words`."""
    return make_time


@pytest.fixture(scope="session")
def year() -> Callable[[str, str, int], TimeExpr]:
    """`year(text, words, 2020)`: a year expression over `words`."""
    return make_year
