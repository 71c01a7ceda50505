"""The built-in components, listed in one place (no registration on import).

Each factory imports its stage lazily, builds its models once, and returns a
batch function over `Analysis` records.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tidings.registry import BatchFn, Component, Registry

if TYPE_CHECKING:
    from tidings.analysis import Analysis
    from tidings.config import Settings


def per_doc(fn: Callable[[Analysis], dict[str, Any]]) -> BatchFn:
    """Lift a one-document function returning field updates to a batch function."""

    def run(batch: list[Analysis]) -> list[Analysis]:
        return [dataclasses.replace(a, **fn(a)) for a in batch]

    return run


def _ingest_document(settings: Settings) -> BatchFn:
    from tidings.errors import InputError
    from tidings.ingest.document import build_document

    limit = settings.ingest.max_chars

    def build(a: Analysis) -> dict[str, Any]:
        if len(a.raw.text) > limit:
            raise InputError(
                a.raw.name,
                f"text too long for one document: {len(a.raw.text):,} characters (limit {limit:,}; "
                "split it into articles or raise ingest.max_chars)",
            )
        return {"doc": build_document(a.raw)}

    return per_doc(build)


def _clean_spun(settings: Settings) -> BatchFn:
    from tidings.clean.spun import repair_document

    return per_doc(lambda a: {"doc": repair_document(a.doc)})


def _nlp_spacy(settings: Settings) -> BatchFn:
    from tidings.nlp import load_model, parse_batch

    nlp = load_model(settings.nlp.model)
    nlp.max_length = max(nlp.max_length, settings.ingest.max_chars)  # the size cap is ingest's

    def run(batch: list[Analysis]) -> list[Analysis]:
        parsed = parse_batch(nlp, [a.doc.text if a.doc else "" for a in batch], settings.nlp.batch_size)
        return [dataclasses.replace(a, parsed=p) for a, p in zip(batch, parsed, strict=True)]

    return run


def _actors_gazetteer(settings: Settings) -> BatchFn:
    from tidings.actors import find_mentions, load_gazetteer

    gaz = load_gazetteer()
    return per_doc(lambda a: {"mentions": find_mentions(a.parsed, a.doc, gaz)})


def _time_rules(settings: Settings) -> BatchFn:
    from tidings.time import find_times, infer_document_year

    def one(a: Analysis) -> dict[str, Any]:
        assert a.doc is not None
        year = infer_document_year(a.doc)
        doc = dataclasses.replace(a.doc, inferred_year=year)
        return {"doc": doc, "times": find_times(a.parsed, doc)}

    return per_doc(one)


def _events_rules(settings: Settings) -> BatchFn:
    from tidings.events import code_events

    return per_doc(lambda a: {"events": code_events(a.parsed, a.doc, a.mentions, a.times)})


def _events_learned(settings: Settings) -> BatchFn:
    from tidings.events.learned import filter_events, load_model

    model = load_model()
    return per_doc(lambda a: {"events": filter_events(a.events, a.parsed, a.mentions, a.times, model)})


def _facts_rules(settings: Settings) -> BatchFn:
    from tidings.facts import extract_facts

    return per_doc(lambda a: {"facts": extract_facts(a.parsed, a.doc, a.mentions, a.times)})


BUILTIN = (
    Component(
        name="ingest.document",
        version=1,
        stage="ingest",
        requires=("raw",),
        assigns=("doc",),
        factory=_ingest_document,
        doc="metadata, boilerplate removal, offset map",
    ),
    Component(
        name="clean.spun",
        version=1,
        stage="clean",
        requires=("doc",),
        assigns=("doc",),
        factory=_clean_spun,
        doc="spun-text detection and repair",
    ),
    Component(
        name="nlp.spacy",
        version=1,
        stage="nlp",
        requires=("doc",),
        assigns=("parsed",),
        factory=_nlp_spacy,
        doc="spaCy sentences, tokens, entities, parses",
    ),
    Component(
        name="actors.gazetteer",
        version=1,
        stage="actors",
        requires=("doc", "parsed"),
        assigns=("mentions",),
        factory=_actors_gazetteer,
        doc="states, organisations, groups, persons",
    ),
    Component(
        name="time.rules",
        version=1,
        stage="time",
        requires=("doc", "parsed"),
        assigns=("doc", "times"),
        factory=_time_rules,
        doc="temporal expressions normalised to ISO dates",
    ),
    Component(
        name="events.rules",
        version=1,
        stage="events",
        requires=("doc", "parsed", "mentions", "times"),
        assigns=("events",),
        factory=_events_rules,
        doc="PLOVER/CAMEO event coding",
    ),
    Component(
        name="events.learned",
        version=1,
        stage="events",
        requires=("doc", "parsed", "mentions", "times", "events"),
        assigns=("events",),
        factory=_events_learned,
        doc="keeps the candidate events an analyst would code (logistic model, data/event_filter.json)",
    ),
    Component(
        name="facts.rules",
        version=1,
        stage="facts",
        requires=("doc", "parsed", "mentions", "times"),
        assigns=("facts",),
        factory=_facts_rules,
        doc="numeric facts with units and periods",
    ),
)


def builtin_registry() -> Registry:
    return Registry(BUILTIN)
