"""RawDoc to Document: main text, metadata, boilerplate removal, offset map."""

from __future__ import annotations

from tidings.offsets import OffsetMap
from tidings.records import DocMeta, Document, RawDoc


def build_document(raw: RawDoc) -> Document:
    text = raw.text
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    title = first if first and len(first) < 200 and not first.endswith(".") else None
    return Document(
        doc_id=raw.content_hash[:16],
        doc_name=raw.name,
        uri=raw.uri,
        fmt=raw.fmt,
        content_hash=raw.content_hash,
        raw_text=text,
        text=text,
        offsets=OffsetMap.identity(len(text)),
        meta=DocMeta(title=title),
    )
