"""Cross-document linking of facts (to be built)."""

from __future__ import annotations

from tidings.store import Store


def cluster_facts(store: Store) -> None:
    """Placeholder: no links yet."""
