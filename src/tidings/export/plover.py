"""PLOVER JSON records, with the codebook's field names (PLOVER manual, "Data Fields")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from tidings import __version__

CODEBOOK = "plover-2.0"


def _entity(actor: dict[str, Any]) -> dict[str, Any]:
    """The codebook's entity object: code, sector, entity_text, identifier fields, office."""
    ent: dict[str, Any] = {
        "code": actor.get("country") or actor.get("code"),
        "entity_text": actor.get("text"),
        "identifier_text": actor.get("name"),
    }
    if actor.get("sector"):
        ent["sector"] = actor["sector"]
    if actor.get("code") and actor.get("code") != ent["code"]:
        ent["identifier_id"] = actor["code"]
    if actor.get("role"):
        ent["office"] = actor["role"]
    return ent


def _location(loc: dict[str, Any] | None) -> dict[str, Any] | None:
    if not loc:
        return None
    precision = loc.get("precision")
    out = {
        "extracted_place": loc.get("text"),
        "resolved_place": loc.get("name"),
        "country_code": loc.get("country"),
        "geonameid": loc.get("geonameid"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "city": loc.get("name") if precision == "city" else None,
        "province": loc.get("name") if precision == "region" else None,
    }
    return {k: v for k, v in out.items() if v is not None}


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One exported event row (events_with_counts) as a PLOVER JSON record."""
    date = row.get("date")
    rec: dict[str, Any] = {
        "id": row["event_id"],
        "has_event": True,
        "date": _full_date(date),
        "actor": [_entity(row["source"])] if row.get("source") else [],
        "recipient": [_entity(row["target"])] if row.get("target") else [],
        "event": [row["type"]],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": list(row.get("context") or []),
        "quad_code": row.get("quad_class"),
        "event_scale": row.get("intensity"),
        "event_text": [row.get("sentence") or ""],
        "text_info": {"start": row["span_start"], "end": row["span_end"]},
        "cite_info": {
            "corpus": row.get("doc_name"),
            "citation": row.get("doc_id"),
            "url": row["uri"] if str(row.get("uri", "")).startswith("http") else None,
            "title": row.get("title"),
            "language": row.get("language"),
            "publication": row.get("outlet"),
            "coder": f"tidings {__version__} {row.get('extractor')}",
            "codebook": CODEBOOK,
        },
        "coder": f"tidings-{__version__}",
    }
    if row.get("date_precision") and row["date_precision"] != "day":
        rec["comment"] = f"date precision: {row['date_precision']} ({row.get('date_text')})"
    if (loc := _location(row.get("location"))) is not None:
        rec["event_loc"] = loc
    if row.get("cluster_id"):
        rec["link"] = row["cluster_id"]
    return rec


def _full_date(value: str | None) -> str | None:
    """PLOVER wants YYYY-MM-DD; coarser dates take their first day (precision goes in comment)."""
    if not value:
        return None
    parts = value.split("-")
    return "-".join([parts[0], *(parts[1:2] or ["01"]), *(parts[2:3] or ["01"])])


def plover_records(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield plover_record(row)
