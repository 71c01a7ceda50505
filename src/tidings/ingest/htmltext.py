"""HTML to main text: trafilatura for whole pages (paragraph blocks when it cannot walk one), lxml for
fragments in feeds and JSON."""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

import lxml.html  # type: ignore[import-untyped]
from lxml import etree

from tidings.errors import InputError
from tidings.ingest.raw import iso_date, make_raw
from tidings.records import RawDoc

# htmldate's extensive search guesses from any date-like string (copyright lines,
# related links); a wrong publication date misanchors every relative date.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
MIN_WORDS = 5  # fewer is a headline or a cut-off page, not an article
BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
    | {"table", "tr", "section", "article", "header", "footer", "figcaption", "dd", "dt"}
)
HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
TAG = re.compile(r"<(p|div|br|span|a|em|strong|b|i|li|h[1-6]|blockquote|img|figure)\b[^>]*>", re.I)


_SKIP = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)
_BLOCK = re.compile(r"<(p|h[1-6]|li|blockquote)\b[^>]*>(.*?)</\1\s*>", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]*>")
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)


def looks_like_html(head: bytes) -> bool:
    return bool(HTML_START.match(head[:4096]))


def has_markup(text: str) -> bool:
    return bool(TAG.search(text))


def html_to_raw(html: str, *, name: str, uri: str, hints: dict[str, Any] | None = None) -> RawDoc:
    """The main text of a page and its metadata; hints given by the caller win."""
    doc = _extract(html, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        doc = _extract(html, favor_recall=True)
    text = "\n\n".join(line.strip() for line in (doc.text or "").splitlines() if line.strip()) if doc else ""
    if doc is None or len(text.split()) < MIN_WORDS:
        text = block_text(html)  # a page trafilatura cannot walk (thousands of nested <div>s)
    if len(text.split()) < MIN_WORDS or (doc is not None and text == (doc.title or "").strip()):
        raise InputError(name, "no main text found in the HTML")
    if doc is None:  # only the page's <title> and lang are read without trafilatura
        title = _TITLE.search(html)
        found = {
            "title": html_lib.unescape(_TAG_RE.sub("", title[1])).strip() if title else None,
            "language": page_language(html),
        }
    else:
        found = {
            "title": doc.title,
            "published": iso_date(doc.date),
            "author": doc.author,
            "source": doc.sitename,
            "language": doc.language or page_language(html),
            "url": doc.url,
        }
    found.update({k: v for k, v in (hints or {}).items() if v})
    return make_raw(name=name, uri=uri, text=text, fmt="html", hints=found)


def block_text(html: str) -> str:
    """The text of a page's paragraphs, headings and list items, read without building a tree."""
    html = _SKIP.sub(" ", html)
    blocks = (html_lib.unescape(_TAG_RE.sub(" ", m[2])) for m in _BLOCK.finditer(html))
    return "\n\n".join(b for b in (" ".join(x.split()) for x in blocks) if b)


def _extract(html: str, *, favor_precision: bool = False, favor_recall: bool = False) -> Any:
    """trafilatura's main text and metadata (a `trafilatura.settings.Document`) or None."""
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        favor_precision=favor_precision,
        favor_recall=favor_recall,
        include_comments=False,
        with_metadata=True,
        date_extraction_params=DATE_PARAMS,
    )


def page_language(html: str) -> str | None:
    """The primary language subtag of <html lang=...>, e.g. "en" from "en-GB"."""
    m = re.search(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", html[:4096], re.I)
    return m[1].lower() if m else None


def fragment_to_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry, a JSON body) with one blank line between blocks."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return " ".join(html.split())
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    lines = (" ".join(line.split()) for line in text.splitlines())
    paras = "\n".join(lines)
    return re.sub(r"\n{2,}", "\n\n", paras).strip()
