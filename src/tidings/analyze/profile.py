"""Actor profiles: partners, event mix over time, key figures, key people, recent events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tidings.analyze.actors_sql import side_matches
from tidings.store import Store


@dataclass(slots=True)
class Profile:
    actor: str
    name: str
    about: str | None
    documents: int = 0
    partners: list[dict[str, Any]] = field(default_factory=list)  # partner, events, coop, conflict
    mix: list[dict[str, Any]] = field(default_factory=list)  # year, type, events
    figures: list[dict[str, Any]] = field(default_factory=list)  # facts, with sources
    people: list[dict[str, Any]] = field(default_factory=list)  # name, role, mentions
    recent: list[dict[str, Any]] = field(default_factory=list)  # events with citations


def build_profile(store: Store, actor: str, about: str | None = None, *, recent: int = 15) -> Profile:
    """Everything the store knows about `actor` (optionally only in relation to `about`)."""
    src, tgt = side_matches("source"), side_matches("target")
    involve = f"({src} OR {tgt})"
    params: list[object] = [actor] * 4
    if about:
        involve = f"(({src} AND {tgt}) OR ({src} AND {tgt}))"
        params = [actor, actor, about, about, about, about, actor, actor]
    base = f"FROM events e JOIN documents d USING (doc_id) WHERE NOT coalesce(e.negated, false) AND {involve}"
    p = Profile(actor=actor, name=_actor_name(store, actor), about=about)
    p.documents = store.query(f"SELECT count(DISTINCT e.doc_id) AS n {base}", params)[0]["n"]
    p.partners = store.query(
        f"""
        SELECT CASE WHEN {src} THEN coalesce(e.target_country, e.target_code)
                    ELSE coalesce(e.source_country, e.source_code) END AS partner,
               count(*) AS events,
               count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperative,
               count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflictual
        {base} GROUP BY partner HAVING partner IS NOT NULL AND partner <> ? ORDER BY events DESC LIMIT 12
        """,
        [actor, actor, *params, actor],
    )
    p.mix = store.query(
        f"""SELECT coalesce(strftime(e.date_start, '%Y'), 'undated') AS year, e.type, count(*) AS events
            {base} GROUP BY ALL ORDER BY year, events DESC""",
        params,
    )
    fact_where = "(f.reporter = ? OR f.partner = ?)"
    fact_params: list[object] = [actor, actor]
    if about:
        fact_where = "((f.reporter = ? AND f.partner = ?) OR (f.reporter = ? AND f.partner = ?))"
        fact_params = [actor, about, about, actor]
    p.figures = store.query(
        f"""SELECT f.measure, f.reporter, f.partner, f.commodity, f.value, f.unit, f.period_start,
                   f.period_end, f.approx, f.cluster_id, d.doc_name, d.source AS outlet, f.text
            FROM facts f JOIN documents d USING (doc_id) WHERE {fact_where}
            ORDER BY f.period_start DESC NULLS LAST, f.measure, f.value DESC""",
        fact_params,
    )
    p.people = store.query(
        """SELECT any_value(name) AS name, any_value(role) AS role, count(*) AS mentions,
                  count(DISTINCT doc_id) AS documents
           FROM mentions WHERE kind = 'person' AND country = ? AND person_id IS NOT NULL
           GROUP BY person_id ORDER BY mentions DESC LIMIT 12""",
        [actor],
    )
    p.recent = store.query(
        f"""SELECT e.date, e.type, e.source_code, e.target_code, e.sentence, d.doc_name,
                   d.source AS outlet, d.title, e.span_start, e.span_end
            {base} ORDER BY e.date_start DESC NULLS LAST, e.event_id LIMIT {int(recent)}""",
        params,
    )
    return p


def _actor_name(store: Store, code: str) -> str:
    rows = store.query(
        "SELECT name, count(*) AS n FROM mentions WHERE code = ? AND kind <> 'person' "
        "GROUP BY name ORDER BY n DESC LIMIT 1",
        [code],
    )
    return rows[0]["name"] if rows else code
