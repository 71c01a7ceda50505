"""SQL fragments that match an actor code against an event's source or target."""

from __future__ import annotations


def side_matches(side: str) -> str:
    """`side` is "source" or "target"; the parameter is an actor code (KAZ, TALIBAN, UN...)."""
    return f"({side}_code = ? OR {side}_country = ?)"


def dyad_where() -> tuple[str, int]:
    """Events between A and B in either direction; binds A, A, B, B, B, B, A, A."""
    ab = f"({side_matches('source')} AND {side_matches('target')})"
    return f"({ab} OR {ab})", 8
