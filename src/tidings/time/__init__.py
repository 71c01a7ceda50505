"""Time: temporal expressions normalised against the publication date or the document year.

- `infer_document_year(doc)`: the publication year, else the year the text is
  written in, inferred from its explicit dates (see `tidings.time.year`).
- `find_times(parsed, doc)`: every temporal expression, with its span in
  `doc.text`, ISO value, precision and start/end dates (see `tidings.time.resolve`
  for how undated and relative forms are anchored). Nothing is ever resolved
  against today's date.
- `time_for_span(times, span, text)`: the expression that dates an event or fact.

Conventions: "August 15 and 16" is one expression valued at its first day with
`end` at the last; "by November 2023" is valued 2023-11 with start 1 January
(a year-to-date period); "since 2019" is the year 2019; decades ("the 1990s")
are EDTF "199X" with year precision spanning the ten years; durations and
frequencies ("annually", "a year", "for two years") are not dates and are skipped.
"""

from __future__ import annotations

from typing import Any

from tidings.records import Document, TimeExpr
from tidings.time.attach import time_for_span
from tidings.time.entities import entity_candidates
from tidings.time.resolve import Anchor, Resolver
from tidings.time.scan import scan
from tidings.time.year import infer_document_year, year_evidence

__all__ = ["find_times", "infer_document_year", "time_for_span"]


def document_anchor(doc: Document) -> Anchor:
    """The anchor for one document: publication date (or dateline), document and narrative years."""
    ev = year_evidence(doc.text)
    published = doc.meta.published or ev.dateline
    if published is not None:
        return Anchor(published=published, year=published.year, narrative_year=published.year)
    year = doc.inferred_year if doc.inferred_year is not None else ev.year
    narrative = ev.narrative_year if year == ev.year else year
    return Anchor(published=None, year=year, narrative_year=narrative)


def find_times(parsed: Any, doc: Document) -> tuple[TimeExpr, ...]:
    """All temporal expressions of `doc.text`, resolved.

    Candidates come from the rules (`scan`) plus spaCy DATE entities of `parsed`
    (a spaCy Doc of `doc.text`, or None) that state an absolute date the rules missed.
    """
    found = scan(doc.text)
    extra = entity_candidates(parsed, found) if parsed is not None else []
    if extra:
        kept = [f for f in found if not any(e.start <= f.start and f.end <= e.end for e in extra)]
        found = sorted(kept + extra, key=lambda f: f.start)
    return Resolver(doc.text, document_anchor(doc)).run(found)
