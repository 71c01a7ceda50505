"""RawDoc to Document: metadata, boilerplate removal and the clean text's offset map.

Metadata from markup, feeds or JSON (`RawDoc.hints`) wins over what the text
says about itself. The clean text keeps the article's paragraphs, separated by
blank lines; headline, dateline, byline and credit lines are left out of it
(they are metadata), and so is boilerplate. `Document.offsets` maps every
clean-text position back into `Document.raw_text`, the text as read.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from tidings.ingest.boilerplate import find_boilerplate, join_lines, split_lines
from tidings.ingest.language import detect_language
from tidings.ingest.metadata import text_metadata
from tidings.offsets import OffsetMap
from tidings.records import DocMeta, Document, RawDoc


def document_id(name: str, content_hash: str) -> str:
    """A document is its content under its name: the same file read again is the same
    document; the same text under another name is another document (a duplicate)."""
    return hashlib.sha256(f"{name}\0{content_hash}".encode()).hexdigest()[:16]


def build_document(raw: RawDoc) -> Document:
    text = raw.text
    lines = split_lines(text)
    texts = [ln.text for ln in lines]
    found = text_metadata(texts)
    hints = raw.hints
    title = _hint_str(hints, "title") or found.title
    meta_lines = set(found.lines)
    if title:
        same = _norm(title)
        meta_lines.update(i for i, t in enumerate(texts) if _norm(t) == same)
    drop = set(find_boilerplate(texts, protected=meta_lines)) | meta_lines
    keep = [i for i in range(len(lines)) if i not in drop]
    if keep:
        clean, offsets = join_lines(text, lines, keep)
    else:  # nothing but furniture: better the whole text than none
        clean, offsets = text, OffsetMap.identity(len(text))
    meta = DocMeta(
        title=title,
        published=_hint_date(hints) or found.published,
        source=_hint_str(hints, "source") or found.source,
        author=_hint_str(hints, "author") or found.author,
        language=_hint_str(hints, "language") or detect_language(clean),
    )
    return Document(
        doc_id=document_id(raw.name, raw.content_hash),
        doc_name=raw.name,
        uri=raw.uri,
        fmt=raw.fmt,
        content_hash=raw.content_hash,
        raw_text=text,
        text=clean,
        offsets=offsets,
        meta=meta,
    )


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _hint_str(hints: dict[str, Any], key: str) -> str | None:
    value = hints.get(key)
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _hint_date(hints: dict[str, Any]) -> date | None:
    value = hints.get("published")
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
