"""Actors: gazetteer of states, organisations, groups; persons; coreference."""

from __future__ import annotations

from typing import Any

from tidings.records import Document, Mention


def load_gazetteer() -> Any:
    return None


def find_mentions(parsed: Any, doc: Document | None, gaz: Any) -> tuple[Mention, ...]:
    return ()
