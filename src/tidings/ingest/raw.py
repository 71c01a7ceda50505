"""Building `RawDoc` records: the content hash and the metadata hints readers share."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from tidings.ingest.decode import content_hash
from tidings.records import RawDoc

HINT_KEYS = ("title", "published", "author", "source", "language", "url")
ISO_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def make_raw(*, name: str, uri: str, text: str, fmt: str, hints: dict[str, Any] | None = None) -> RawDoc:
    """A RawDoc whose hash is taken over the text, with empty hints dropped."""
    clean = {k: v for k, v in (hints or {}).items() if v not in (None, "", [])}
    return RawDoc(name=name, uri=uri, text=text, fmt=fmt, content_hash=content_hash(text), hints=clean)


def iso_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from ISO 8601 or RFC 822 text, or None."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool) and 1e8 < value < 1e10:
        return datetime.fromtimestamp(value, tz=UTC).date().isoformat()  # Unix seconds
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    if m := ISO_PREFIX.match(s):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def text_of(value: object) -> str | None:
    """A stripped string from a JSON or XML value (names in {"name": ...} objects too)."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, list):
        parts = [t for t in (text_of(v) for v in value) if t]
        return ", ".join(parts) or None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        s = " ".join(str(value).split())
        return s or None
    return None
