"""Facts: numeric claims with unit, period, parties and source."""

from __future__ import annotations

from typing import Any

from tidings.records import Document, Fact, Mention, TimeExpr


def extract_facts(
    parsed: Any, doc: Document | None, mentions: tuple[Mention, ...], times: tuple[TimeExpr, ...]
) -> tuple[Fact, ...]:
    return ()
