"""Events: PLOVER/CAMEO coding of sentences."""

from __future__ import annotations

from typing import Any

from tidings.records import Document, Event, Mention, TimeExpr


def code_events(
    parsed: Any, doc: Document | None, mentions: tuple[Mention, ...], times: tuple[TimeExpr, ...]
) -> tuple[Event, ...]:
    return ()
