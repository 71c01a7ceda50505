"""Events joined with their documents and cluster counts, for the standard exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tidings.store import Store

EVENTS_WITH_COUNTS = """
WITH ev AS (
    SELECT e.*, d.doc_name, d.title, d.source AS outlet, d.uri, d.language, d.published,
           coalesce(e.cluster_id, e.event_id) AS story
    FROM events e JOIN documents d USING (doc_id)
    WHERE NOT coalesce(e.negated, false)
),
counts AS (
    SELECT story, count(*) AS num_mentions, count(DISTINCT doc_id) AS num_articles,
           count(DISTINCT coalesce(outlet, doc_name)) AS num_sources,
           min(event_id) AS first_event
    FROM ev GROUP BY story
)
SELECT ev.*, counts.num_mentions, counts.num_articles, counts.num_sources,
       ev.event_id = counts.first_event AS is_first
FROM ev JOIN counts USING (story)
ORDER BY ev.doc_name, ev.span_start
"""


def events_with_counts(store: Store) -> Iterator[dict[str, Any]]:
    """Non-negated events with their document's fields and their story's counts."""
    for row in store.query(EVENTS_WITH_COUNTS):
        for col in ("source", "target", "location"):
            if row[col] is not None:
                row[col] = json.loads(row[col])
        yield row
