"""Metadata read from the text itself: headline, dateline, byline, outlet credits.

Only the head of the text (its first lines) holds the headline, datelines,
section labels and bylines; credits and outlet statements are also looked for
in its tail. The lines that carry metadata are reported, so that the clean text
leaves them out (they are not article sentences).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tidings.ingest.boilerplate import line_boilerplate
from tidings.ingest.credits import byline_author, outlet_credit, outlet_statement
from tidings.ingest.datelines import dateline, find_dates, wire_dateline
from tidings.ingest.language import word_set

HEAD_LINES = 12
TAIL_LINES = 12
MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 200
MAX_CREDIT_WORDS = 20
MIN_BODY_WORDS = 8  # a headline stands above at least one paragraph of this length
CATEGORY_WORDS = word_set(
    "analytics analysis analyses opinion opinions commentary commentaries comment comments news "
    "world politics economy economics business security society culture features feature interview "
    "interviews editorial editorials op-ed op-eds oped blog blogs report reports field research "
    "expert experts column columns briefing briefs brief insight insights perspective perspectives "
    "review reviews latest breaking top stories story region regional international national local "
    "diplomacy defense defence energy global and & in focus special dispatch dispatches explainer "
    "explainers podcast video photo photos"
)
CATEGORY_LINE = re.compile(
    r"^(?:published|posted|filed|categor(?:y|ies)|section|rubric|topics?)\s*(?:in|under|:)\s*:?\s*\S.{0,60}$",
    re.I,
)
URL = re.compile(r"https?://|www\.|\.(?:com|org|net)\b", re.I)


@dataclass(frozen=True, slots=True)
class TextMeta:
    """What the text says about itself, and which of its lines say it."""

    title: str | None = None
    published: date | None = None
    source: str | None = None
    author: str | None = None
    lines: frozenset[int] = frozenset()


def text_metadata(lines: Sequence[str]) -> TextMeta:
    """Headline, publication date, outlet and author from the text's lines (stripped, non-empty)."""
    used: set[int] = set()
    outlets: list[tuple[int, int, str]] = []  # (rank, line, name)
    title: str | None = None
    published: date | None = None
    author: str | None = None
    title_decided = False
    body_lines = 0
    for i, line in enumerate(lines[:HEAD_LINES]):
        if line_boilerplate(line):
            continue
        if found := dateline(line):
            published = published or found[0]
            used.add(i)
            continue
        if body_lines == 0 and is_category(line):
            used.add(i)
            continue
        name = byline_author(line)
        credit = outlet_credit(line) if len(line.split()) <= MAX_CREDIT_WORDS else None
        if name or credit:
            author = author or name
            if credit:
                outlets.append((credit[0], i, credit[1]))
            dates = find_dates(line)
            published = published or (dates[0].value if dates else None)
            used.add(i)
            continue
        if not title_decided:
            title_decided = True
            if is_headline(line) and any(len(later.split()) >= MIN_BODY_WORDS for later in lines[i + 1 :]):
                title = line
                used.add(i)
                continue
        if body_lines == 0:
            wire_date, wire_outlet = wire_dateline(line)
            published = published or wire_date
            if wire_outlet:
                outlets.append((5, i, wire_outlet))
        body_lines += 1
    tail_start = max(HEAD_LINES, len(lines) - TAIL_LINES)
    last_paragraph = max((i for i, ln in enumerate(lines) if len(ln.split()) > MAX_CREDIT_WORDS), default=-1)
    for i in range(max(tail_start, last_paragraph + 1), len(lines)):  # below the article, not under a chart
        line = lines[i]
        if len(line.split()) <= MAX_CREDIT_WORDS and (credit := outlet_credit(line)):
            outlets.append((credit[0], i, credit[1]))
            used.add(i)
    for i in [*range(min(HEAD_LINES, len(lines))), *range(tail_start, len(lines))]:
        if statement := outlet_statement(lines[i]):
            outlets.append((statement[0], i, statement[1]))
    source = min(outlets)[2] if outlets else None
    return TextMeta(title=title, published=published, source=source, author=author, lines=frozenset(used))


def is_headline(line: str) -> bool:
    """A headline: short, no closing period, starts with a capital (sentence, title case or capitals)."""
    words = line.split()
    return (
        1 <= len(words) <= MAX_TITLE_WORDS
        and len(line) <= MAX_TITLE_CHARS
        and line[-1] not in ".,;:"
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'«")
        and not URL.search(line)
        and any(c.isalpha() for c in line)
    )


def is_category(line: str) -> bool:
    """A section label such as "Analysis", "Opinion | World" or "Published in Field Reports"."""
    words = re.findall(r"[\w&-]+", line.lower())
    if words and len(words) <= 4 and all(w in CATEGORY_WORDS for w in words):
        return True
    return len(line.split()) <= 8 and bool(CATEGORY_LINE.match(line))
