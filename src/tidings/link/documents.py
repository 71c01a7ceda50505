"""Cross-document linking of documents (to be built)."""

from __future__ import annotations

from tidings.store import Store


def mark_duplicates(store: Store) -> None:
    """Placeholder: no links yet."""
