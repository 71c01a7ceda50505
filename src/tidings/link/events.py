"""Cross-document linking of events (to be built)."""

from __future__ import annotations

from tidings.store import Store


def cluster_events(store: Store) -> None:
    """Placeholder: no links yet."""
