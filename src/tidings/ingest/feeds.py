"""RSS (0.9x, 1.0, 2.0) and Atom feeds: each entry is one document.

Elements are matched by local name, so namespaced variants (dc:creator,
content:encoded, rdf:RDF) need no table of prefixes. Entities are never
resolved and nothing is fetched while parsing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from tidings.errors import InputError
from tidings.ingest.htmltext import fragment_to_text, has_markup
from tidings.ingest.raw import iso_date, make_raw
from tidings.records import Failure, RawDoc

FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|RDF)[\s>]")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def is_feed(head: bytes) -> bool:
    """Whether the first bytes open an RSS, RDF or Atom document."""
    return bool(FEED_ROOT.search(head[:4096]))


def read_feed(data: bytes, *, name: str, uri: str) -> Iterator[RawDoc | Failure]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as e:
        raise InputError(name, f"not a well-formed feed: {e}") from e
    if root is None or _local(root) not in ("rss", "feed", "RDF"):
        raise InputError(name, "not an RSS or Atom feed")
    channel = _child(root, "channel") if _local(root) != "feed" else root
    atom = _local(root) == "feed"
    entries = [el for el in root.iter() if isinstance(el.tag, str) and _local(el) in ("item", "entry")]
    if not entries:
        raise InputError(name, "the feed has no entries")
    feed_title = _plain(_child(channel, "title")) if channel is not None else None
    feed_lang = root.get(XML_LANG) or (_plain(_child(channel, "language")) if channel is not None else None)
    fmt = "atom" if atom else "rss"
    for n, entry in enumerate(entries, 1):
        ename, euri = f"{name}#{n}", f"{uri}#{n}"
        text = _entry_text(entry)
        if not text:
            yield Failure(name=ename, uri=euri, stage="ingest", reason="the feed entry has no text")
            continue
        hints: dict[str, Any] = {
            "title": _plain(_child(entry, "title")),
            "published": iso_date(_plain(_child(entry, "pubDate", "published", "date", "issued", "updated"))),
            "author": _author(entry),
            "source": feed_title,
            "language": (entry.get(XML_LANG) or feed_lang or "").split("-")[0].lower() or None,
            "url": _link(entry),
        }
        yield make_raw(name=ename, uri=euri, text=text, fmt=fmt, hints=hints)


def _local(el: Any) -> str:
    return str(etree.QName(el).localname)


def _child(el: Any, *names: str) -> Any:
    if el is None:
        return None
    for name in names:
        for c in el:
            if isinstance(c.tag, str) and _local(c) == name:
                return c
    return None


def _plain(el: Any) -> str | None:
    if el is None:
        return None
    text = " ".join("".join(el.itertext()).split())
    return fragment_to_text(text) if has_markup(text) else (text or None)


def _entry_text(entry: Any) -> str:
    """The fullest text an entry has: full content first, then its summary."""
    for name in ("encoded", "content", "description", "summary"):
        el = _child(entry, name)
        if el is None:
            continue
        if el.get("type") == "xhtml":
            text = fragment_to_text("".join(etree.tostring(c, encoding="unicode") for c in el))
        else:
            raw = "".join(el.itertext()).strip()
            text = raw if el.get("type") == "text" or not has_markup(raw) else fragment_to_text(raw)
        if text:
            return text
    return ""


def _author(entry: Any) -> str | None:
    el = _child(entry, "creator", "author")
    if el is None:
        return None
    name = _child(el, "name")
    return _plain(name if name is not None else el)


def _link(entry: Any) -> str | None:
    for c in entry:
        if isinstance(c.tag, str) and _local(c) == "link":
            if c.get("href") and c.get("rel", "alternate") == "alternate":
                return str(c.get("href"))
            if c.text and c.text.strip():
                return str(c.text).strip()
    return None
