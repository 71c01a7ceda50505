"""Records to table rows (and actor JSON), in the column order of schema.py."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from tidings.records import Actor, Document, Event, Fact, Location, Mention, TimeExpr

DOC_COLS = (
    "doc_id",
    "doc_name",
    "uri",
    "fmt",
    "content_hash",
    "version",
    "title",
    "published",
    "source",
    "author",
    "language",
    "inferred_year",
    "spun",
    "spun_score",
    "duplicate_of",
    "pipeline",
)
TEXT_COLS = ("doc_id", "raw_text", "clean_text", "offsets")
MENTION_COLS = (
    "doc_id",
    "span_start",
    "span_end",
    "text",
    "name",
    "code",
    "country",
    "sector",
    "kind",
    "parent",
    "role",
    "person_id",
    "via",
)
TIME_COLS = ("doc_id", "span_start", "span_end", "text", "value", "precision", "start_date", "end_date")
EVENT_COLS = (
    "event_id",
    "doc_id",
    "type",
    "mode",
    "context",
    "cameo",
    "quad_class",
    "intensity",
    "source",
    "target",
    "source_code",
    "source_country",
    "target_code",
    "target_country",
    "date",
    "date_precision",
    "date_text",
    "date_start",
    "location",
    "negated",
    "modality",
    "quote",
    "sentence",
    "span_start",
    "span_end",
    "confidence",
    "extractor",
)
FACT_COLS = (
    "fact_id",
    "doc_id",
    "measure",
    "reporter",
    "partner",
    "commodity",
    "value",
    "unit",
    "currency",
    "value_usd",
    "approx",
    "qualifier",
    "period_start",
    "period_end",
    "period_text",
    "text",
    "sentence",
    "span_start",
    "span_end",
    "extractor",
    "casualty",
    "value_local",
)


def doc_row(doc: Document, version: int, pipeline: str) -> tuple[Any, ...]:
    m = doc.meta
    return (
        doc.doc_id,
        doc.doc_name,
        doc.uri,
        doc.fmt,
        doc.content_hash,
        version,
        m.title,
        m.published,
        m.source,
        m.author,
        m.language,
        doc.inferred_year,
        doc.spun,
        doc.spun_score,
        doc.duplicate_of,
        pipeline,
    )


def text_row(doc: Document) -> tuple[Any, ...]:
    return (doc.doc_id, doc.raw_text, doc.text, json.dumps(doc.offsets.to_json()))


def mention_row(doc_id: str, m: Mention) -> tuple[Any, ...]:
    a = m.actor
    return (
        doc_id,
        *m.span,
        a.text,
        a.name,
        a.code,
        a.country,
        a.sector,
        a.kind,
        a.parent,
        a.role,
        a.person_id,
        m.via,
    )


def time_row(doc_id: str, t: TimeExpr) -> tuple[Any, ...]:
    return (doc_id, *t.span, t.text, t.value, t.precision, t.start, t.end)


def actor_json(a: Actor | None) -> str | None:
    return None if a is None else json.dumps(dataclasses.asdict(a))


def location_json(loc: Location | None) -> str | None:
    return None if loc is None else json.dumps(dataclasses.asdict(loc))


def event_row(e: Event, date_start: Any) -> tuple[Any, ...]:
    s, t = e.source, e.target
    return (
        e.event_id,
        e.doc_id,
        e.type,
        e.mode,
        list(e.context),
        e.cameo,
        e.quad_class,
        e.intensity,
        actor_json(s),
        actor_json(t),
        s.code if s else None,
        s.country if s else None,
        t.code if t else None,
        t.country if t else None,
        e.date,
        e.date_precision,
        e.date_text,
        date_start,
        location_json(e.location),
        e.negated,
        e.modality,
        e.quote,
        e.sentence,
        *e.span,
        e.confidence,
        e.extractor,
    )


def fact_row(f: Fact) -> tuple[Any, ...]:
    return (
        f.fact_id,
        f.doc_id,
        f.measure,
        f.reporter,
        f.partner,
        f.commodity,
        f.value,
        f.unit,
        f.currency,
        f.value_usd,
        f.approx,
        f.qualifier,
        f.period_start,
        f.period_end,
        f.period_text,
        f.text,
        f.sentence,
        *f.span,
        f.extractor,
        f.casualty,
        f.value_local,
    )
