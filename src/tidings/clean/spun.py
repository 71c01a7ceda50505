"""Spun-text detection and repair, with an offset map back to the original text.

A document is *spun* when tortured phrases (spun names, titles and collocations,
spinner artefacts such as "p.c") are dense: at least `MIN_HITS` of them, of at
least `MIN_DISTINCT` kinds, and at least `MIN_DENSITY` per 1,000 words. Clean
text has none or one by chance, so it is never flagged.

Repair rewrites tortured names everywhere (they are never normal English), and
generic phrases ("members of the family", "insurance policies") only in spun
documents; `Document.offsets` is composed so spans still point into `raw_text`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from tidings.clean.synonyms import OUTLET_HEADS, STRONG
from tidings.clean.tortured import Hit, find_hits
from tidings.clean.variants import PhraseTable, phrase_table
from tidings.ingest.credits import outlet_credit
from tidings.offsets import OffsetMap, TextBuilder
from tidings.records import DocMeta, Document

MIN_HITS = 3
MIN_DISTINCT = 2
MIN_DENSITY = 1.5  # tortured phrases per 1,000 words
WORD_RE = re.compile(r"\w+")
HEAD_CHARS = 800


@dataclass(frozen=True, slots=True)
class SpunReport:
    """Tortured-phrase evidence in one text."""

    hits: tuple[Hit, ...]
    words: int

    @property
    def tortured(self) -> tuple[Hit, ...]:
        return tuple(h for h in self.hits if h.tortured)

    @property
    def score(self) -> float:
        """Tortured phrases per 1,000 words."""
        return round(1000.0 * len(self.tortured) / max(self.words, 1), 3)

    @property
    def spun(self) -> bool:
        found = self.tortured
        kinds = {h.replacement.lower() for h in found}
        return len(found) >= MIN_HITS and len(kinds) >= MIN_DISTINCT and self.score >= MIN_DENSITY


def analyse(text: str, table: PhraseTable | None = None) -> SpunReport:
    hits = find_hits(text, phrase_table() if table is None else table)
    return SpunReport(tuple(hits), len(WORD_RE.findall(text)))


def repair_text(text: str, hits: tuple[Hit, ...], *, spun: bool) -> tuple[str, OffsetMap]:
    """Replace the hits to repair; the map goes from repaired to given text positions."""
    b = TextBuilder()
    pos = 0
    for h in hits:
        if h.generic and not spun:
            continue
        b.copy(text, pos, h.start)
        b.replace(h.replacement, h.start, h.end)
        pos = h.end
    b.copy(text, pos, len(text))
    return b.build()


def repair_string(s: str | None, *, spun: bool, table: PhraseTable | None = None) -> str | None:
    """Repair a short metadata string (title, outlet) the way the text was repaired."""
    if not s:
        return s
    return repair_text(s, analyse(s, table).hits, spun=spun)[0]


def repair_document(doc: Document | None) -> Document:
    """The clean.spun stage: score, flag, repair text and metadata, compose offsets."""
    assert doc is not None
    report = analyse(doc.text)
    spun = report.spun
    text, local = repair_text(doc.text, report.hits, spun=spun)
    meta = _repair_meta(doc, text, spun=spun)
    offsets = doc.offsets.then(local) if text != doc.text else doc.offsets
    return dataclasses.replace(doc, text=text, offsets=offsets, meta=meta, spun=spun, spun_score=report.score)


def _repair_meta(doc: Document, text: str, *, spun: bool) -> DocMeta:
    m = doc.meta
    source = repair_string(m.source, spun=spun)
    if source is None:  # a credit line ingest could not see (e.g. a document built without ingest)
        source = _credited_outlet(doc.raw_text[:HEAD_CHARS])
    if spun and source:
        source = repair_outlet_head(source)
    return dataclasses.replace(m, title=repair_string(m.title, spun=spun), source=source)


_OUTLET_HEAD_OF = {spun.lower(): head for head in OUTLET_HEADS for spun in STRONG.get(head.lower(), ())}


def repair_outlet_head(name: str) -> str:
    """An outlet's name ends in its head word, which spinners swap: "Oxus Evaluate" is "Oxus Review"."""
    for spun_form, head in _OUTLET_HEAD_OF.items():
        if name.lower().endswith(" " + spun_form):
            return name[: len(name) - len(spun_form)] + head
    return name


def _credited_outlet(head: str) -> str | None:
    """The outlet of a credit line near the top ("(Supply: ...)" too), read by ingest's rules."""
    for line in head.splitlines():
        if (found := outlet_credit(line)) is not None and found[0] == 0:
            return found[1]
    return None
