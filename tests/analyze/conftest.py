"""A small store written from hand-made records: two documents, five events, two facts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tidings.link import relink
from tidings.records import Actor, DocMeta, Document, Event, Fact, Location, Mention, Result
from tidings.store import Store

from ..conftest import make_document

KAZ = Actor(text="Kazakhstan", name="Kazakhstan", code="KAZ", country="KAZ", sector="GOV")
AFG = Actor(text="Afghanistan", name="Afghanistan", code="AFG", country="AFG")
TAL = Actor(text="the Taliban", name="Taliban", code="TALIBAN", country="AFG", kind="group")
UZB = Actor(text="Uzbekistan", name="Uzbekistan", code="UZB", country="UZB")
MIN = Actor(
    text="Foreign Minister Erlan Karin",
    name="Erlan Karin",
    code="PER:erlan-karin",
    country="KAZ",
    sector="GOV",
    kind="person",
    role="Foreign Minister",
    person_id="PER:erlan-karin",
)


def _doc(name: str, text: str, published: date, outlet: str) -> Document:
    meta = DocMeta(title=f"Title of {name}", published=published, source=outlet, author="A. Writer")
    return make_document(text, name, meta=meta)


def _event(
    doc: Document,
    n: int,
    type_: str,
    quad: int,
    src: Actor,
    tgt: Actor | None,
    when: str | None,
    intensity: float,
    negated: bool = False,
) -> Event:
    return Event(
        event_id=f"{doc.doc_id}-{n}",
        doc_id=doc.doc_id,
        type=type_,
        mode=None,
        context=("economic",),
        cameo="040",
        quad_class=quad,
        intensity=intensity,
        source=src,
        target=tgt,
        date=when,
        date_precision=None if when is None else ("day" if len(when) == 10 else "month"),
        date_text=when,
        location=Location(text="Kabul", name="Kabul", country="AFG"),
        negated=negated,
        modality="asserted",
        quote=None,
        sentence=f"Sentence {n} of {doc.doc_name}.",
        span=(n, n + 5),
        confidence=0.8,
        extractor="test",
    )


def _fact(doc: Document, n: int, value: float, start: date, end: date) -> Fact:
    return Fact(
        fact_id=f"{doc.doc_id}-f{n}",
        doc_id=doc.doc_id,
        measure="trade_turnover",
        reporter="KAZ",
        partner="AFG",
        commodity=None,
        value=value,
        unit="USD",
        currency="USD",
        value_usd=value,
        approx=False,
        qualifier=None,
        period_start=start,
        period_end=end,
        period_text=str(start.year),
        text=f"${value / 1e6:.1f} million",
        sentence="Trade grew.",
        span=(0, 5),
        extractor="test",
    )


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    d1 = _doc(
        "one.txt",
        "First article text about Kazakhstan and Afghanistan." * 3,
        date(2023, 5, 2),
        "Steppe Ledger",
    )
    d2 = _doc(
        "two.txt",
        "Second article text about the Taliban and Uzbekistan." * 3,
        date(2024, 1, 9),
        "Oxus Review",
    )
    r1 = Result(
        doc=d1,
        mentions=(
            Mention(span=(0, 10), actor=MIN, via="title"),
            Mention(span=(20, 30), actor=MIN, via="coref"),
        ),
        events=(
            _event(d1, 1, "CONSULT", 1, KAZ, TAL, "2023-04-12", 1.0),
            _event(d1, 2, "AGREE", 1, KAZ, AFG, "2023-04", 4.0),
            _event(d1, 3, "ACCUSE", 3, AFG, KAZ, "2023-06-01", -3.0),
            _event(d1, 4, "SANCTION", 3, KAZ, AFG, "2023-07-01", -5.0, negated=True),
        ),
        facts=(_fact(d1, 1, 987.9e6, date(2022, 1, 1), date(2022, 12, 31)),),
    )
    r2 = Result(
        doc=d2,
        events=(
            _event(d2, 1, "AID", 2, KAZ, AFG, "2024-01-05", 7.0),
            _event(d2, 2, "CONSULT", 1, UZB, TAL, None, 1.0),
        ),
        facts=(_fact(d2, 1, 987.0e6, date(2022, 1, 1), date(2022, 12, 31)),),
    )
    s = Store(tmp_path / "a.duckdb")
    s.write([r1, r2])
    relink(s)
    return s
