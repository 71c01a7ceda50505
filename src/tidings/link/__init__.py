"""Link: cross-document structure computed over the whole store after ingest.

Near-duplicate documents (`documents.duplicate_of`), event clusters
(`events.cluster_id`) and fact clusters (`facts.cluster_id`) with agreement.
"""

from __future__ import annotations

from tidings.store import Store


def relink(store: Store) -> None:
    """Recompute every cross-document link; cheap enough to run after each ingest."""
    from tidings.link import documents, events, facts

    documents.mark_duplicates(store)
    events.cluster_events(store)
    facts.cluster_facts(store)
