"""Events: PLOVER/CAMEO coding of sentences.

`code_events` runs the registered extractors (by versioned name, see
`EXTRACTORS`) and merges their events; a learned extractor can be added
beside the rules under a name of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tidings.events.refine import refine_events
from tidings.events.rules import NAME as RULES_V1
from tidings.events.rules import code_with_rules
from tidings.records import Document, Event, Mention, TimeExpr

Extractor = Callable[[Any, Document | None, tuple[Mention, ...], tuple[TimeExpr, ...]], list[Event]]

EXTRACTORS: dict[str, Extractor] = {RULES_V1: code_with_rules}
DEFAULT_EXTRACTORS: tuple[str, ...] = (RULES_V1,)


def code_events(
    parsed: Any,
    doc: Document | None,
    mentions: tuple[Mention, ...],
    times: tuple[TimeExpr, ...],
    extractors: Sequence[str] = DEFAULT_EXTRACTORS,
    *,
    refine: bool = True,
) -> tuple[Event, ...]:
    """The events of one parsed document, from every named extractor, refined together
    (`refine_events`: one act, one event, between identifiable actors)."""
    out: dict[str, Event] = {}
    for name in extractors:
        for ev in EXTRACTORS[name](parsed, doc, mentions, times):
            out.setdefault(ev.event_id, ev)
    events = sorted(out.values(), key=lambda e: (e.span, e.type))
    return tuple(refine_events(events, doc, mentions) if refine else events)
