"""One document's working state as it moves between pipeline stages.

A leaf module: the registry and the components name it without knowing the pipeline.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from tidings.records import Document, Event, Fact, Failure, Mention, RawDoc, TimeExpr


@dataclass(frozen=True, slots=True, kw_only=True)
class Analysis:
    """One document's working state between stages (spans in clean text)."""

    raw: RawDoc
    doc: Document | None = None
    parsed: Any = None  # the spaCy Doc over doc.text
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()
    facts: tuple[Fact, ...] = ()
    failure: Failure | None = None

    def fail(self, stage: str, reason: str) -> Analysis:
        return dataclasses.replace(
            self, failure=Failure(name=self.raw.name, uri=self.raw.uri, stage=stage, reason=reason)
        )
