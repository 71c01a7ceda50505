"""Typed records that flow between pipeline stages.

Every record is frozen, slotted and keyword-only: cheap, picklable (Ray ships
them between processes) and hashable. Spans are character offsets into the
document's *clean* text while records move through the stages; the pipeline
maps them to the *original* text (`Document.raw_text`) before they are stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from tidings.offsets import OffsetMap

Span = tuple[int, int]
Precision = Literal["day", "month", "quarter", "half", "year"]
ActorKind = Literal["state", "igo", "ngo", "group", "person", "company", "other"]


@dataclass(frozen=True, slots=True, kw_only=True)
class RawDoc:
    """One input as read from a file, feed entry, WARC record, URL or stdin."""

    name: str  # the input file's name (doc_name in exports)
    uri: str  # where it came from: path, path#entry, URL or "-"
    text: str  # decoded text; for HTML, feeds and WARC the extracted main text
    fmt: str  # txt, md, html, json, jsonl, rss, atom, warc
    content_hash: str  # sha256 of the decoded text
    hints: dict[str, Any] = field(default_factory=dict)  # metadata from markup/JSON


@dataclass(frozen=True, slots=True, kw_only=True)
class DocMeta:
    title: str | None = None
    published: date | None = None
    source: str | None = None  # the outlet
    author: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """A document after ingest and cleaning: original text, clean text, map."""

    doc_id: str
    doc_name: str
    uri: str
    fmt: str
    content_hash: str
    raw_text: str  # the original text (for HTML: the extracted main text)
    text: str  # clean text that NLP reads
    offsets: OffsetMap  # clean-text positions -> raw_text positions
    meta: DocMeta
    inferred_year: int | None = None
    spun: bool = False
    spun_score: float = 0.0
    duplicate_of: str | None = None

    def to_original(self, span: Span) -> Span:
        return self.offsets.span_to_original(*span)


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """Who acts: a state, organisation, group, company or person."""

    text: str  # the words in the text
    name: str  # canonical name
    code: str | None  # KAZ, UN, TALIBAN, or a person id
    country: str | None = None  # ISO alpha-3 the actor belongs to
    sector: str | None = None  # GOV, MIL, LEG, BUS, MED, CVL, ...
    kind: ActorKind = "state"
    parent: str | None = None  # UNAMA -> UN
    role: str | None = None  # for persons: post held at the time
    person_id: str | None = None
    codes: tuple[str, ...] = ()  # every party's code when this stands for several ("A and B")


def actor_key(actor: Actor | None) -> str:
    """What tells actors apart in a dyad: the code, else the country, else ""."""
    return (actor.code or actor.country or "") if actor is not None else ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """An actor found at a span of the clean text."""

    span: Span
    actor: Actor
    via: str = "gazetteer"  # gazetteer, title, apposition, coref, metonymy, ...


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpr:
    """A temporal expression normalised against the document's anchor date."""

    span: Span
    text: str
    value: str  # ISO: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY
    precision: Precision
    start: date
    end: date


GeoPrecision = Literal["city", "region", "country"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """Where an event happens: the words, the resolved place, its state and its point."""

    text: str  # the words in the text
    name: str  # the resolved place's name
    country: str | None = None  # ISO alpha-3
    lat: float | None = None
    lon: float | None = None
    precision: GeoPrecision | None = None  # city, region or country
    geonameid: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    event_id: str
    doc_id: str
    type: str  # PLOVER type
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    quad_class: int | None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    intensity: float | None
    source: Actor | None
    target: Actor | None
    date: str | None
    date_precision: Precision | None
    date_text: str | None
    location: Location | None
    negated: bool
    modality: str | None  # asserted, planned, hypothetical, demanded, reported
    quote: str | None
    sentence: str
    span: Span
    confidence: float
    extractor: str
    mentions: tuple[Span, ...] = ()  # every span that reports this same act (retellings merged in)


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    fact_id: str
    doc_id: str
    measure: str
    reporter: str | None
    partner: str | None
    commodity: str | None
    value: float
    unit: str
    currency: str | None  # the currency the text gives money in (`value` is in USD when it converts)
    value_usd: float | None
    approx: bool
    qualifier: str | None  # approximately, more_than, up_to, record, decreased_to, ...
    period_start: date | None
    period_end: date | None
    period_text: str | None
    text: str
    sentence: str
    span: Span
    extractor: str
    casualty: str | None = None  # what befell the people counted: killed, wounded, arrested, ...
    value_local: float | None = None  # the amount in `currency`, when `value` is its USD conversion


@dataclass(frozen=True, slots=True, kw_only=True)
class Failure:
    """A document (or input) that could not be processed, and why."""

    name: str
    uri: str
    stage: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Result:
    """Everything the pipeline produced for one document."""

    doc: Document
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()
    facts: tuple[Fact, ...] = ()
