"""JSON and JSON Lines: each object with a text field is one document."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tidings.errors import InputError
from tidings.ingest.htmltext import fragment_to_text, has_markup
from tidings.ingest.raw import iso_date, make_raw, text_of
from tidings.records import Failure, RawDoc

TEXT_KEYS = ("text", "content", "body", "full_text", "article", "maintext")
HINT_KEYS = {
    "title": ("title", "headline"),
    "published": ("published", "date", "publishedAt", "published_at", "pubDate", "date_publish"),
    "source": ("source", "outlet", "sitename", "source_domain", "publisher"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link"),
    "language": ("language", "lang"),
}
# News APIs wrap their article lists in one of these.
LIST_KEYS = ("articles", "items", "documents", "docs", "data", "results", "entries")


def object_to_raw(obj: object, *, name: str, uri: str, fmt: str) -> RawDoc:
    """One JSON object to a RawDoc; HTML in its text field is reduced to text."""
    if not isinstance(obj, dict):
        raise InputError(name, f"expected a JSON object, found {type(obj).__name__}")
    body = next((b for b in (_body(obj.get(k)) for k in TEXT_KEYS) if b), None)
    if body is None:
        raise InputError(name, f"no text: the object has none of the fields {', '.join(TEXT_KEYS[:3])}")
    text = fragment_to_text(body) if has_markup(body) else body.strip()
    hints: dict[str, Any] = {}
    for hint, keys in HINT_KEYS.items():
        value = next((obj[k] for k in keys if obj.get(k)), None)
        hints[hint] = iso_date(value) if hint == "published" else text_of(value)
    return make_raw(name=name, uri=uri, text=text, fmt=fmt, hints=hints)


def _body(value: object) -> str | None:
    """A text field: a string, or a list of paragraph strings."""
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = "\n\n".join(v.strip() for v in value if v.strip())
    return value if isinstance(value, str) and value.strip() else None


def read_json(text: str, *, name: str, uri: str) -> Iterator[RawDoc | Failure]:
    """An object, a list of objects, or an object wrapping a list under "articles" etc."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(name, f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}") from e
    if isinstance(data, dict) and not any(k in data for k in TEXT_KEYS):
        data = next((data[k] for k in LIST_KEYS if isinstance(data.get(k), list)), data)
    if not isinstance(data, list):
        yield object_to_raw(data, name=name, uri=uri, fmt="json")
        return
    if not data:
        raise InputError(name, "the JSON list is empty")
    for n, obj in enumerate(data, 1):
        try:
            yield object_to_raw(obj, name=f"{name}#{n}", uri=f"{uri}#{n}", fmt="json")
        except InputError as e:
            yield Failure(name=e.name, uri=f"{uri}#{n}", stage="ingest", reason=e.reason)


def read_jsonl(text: str, *, name: str, uri: str) -> Iterator[RawDoc | Failure]:
    """One object per line; a bad line is a failure named file:LINE and the others go on."""
    seen = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen = True
        try:
            obj = json.loads(line)
            yield object_to_raw(obj, name=f"{name}#{n}", uri=f"{uri}#{n}", fmt="jsonl")
        except json.JSONDecodeError as e:
            yield Failure(
                name=f"{name}:{n}", uri=f"{uri}:{n}", stage="ingest", reason=f"invalid JSON: {e.msg}"
            )
        except InputError as e:
            yield Failure(name=f"{name}:{n}", uri=f"{uri}:{n}", stage="ingest", reason=e.reason)
    if not seen:
        raise InputError(name, "empty file")
