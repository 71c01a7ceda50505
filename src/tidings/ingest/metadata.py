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
from tidings.ingest.credits import (
    byline_author,
    byline_outlet,
    clean_outlet,
    credited_outlet,
    masthead_name,
    name_and_place,
    outlet_credit,
    outlet_statement,
)
from tidings.ingest.datelines import dateline, find_dates, wire_dateline
from tidings.ingest.language import word_set

HEAD_LINES = 12
TAIL_LINES = 12
MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 200
MAX_CREDIT_WORDS = 20
MIN_BODY_WORDS = 8
SHORT_TITLE_WORDS = 15
MASTHEAD_RANK = 4  # below explicit credits ("Source:", "issue of"), above footers and disclaimers
WIRE_RANK = 5
META_KINDS = frozenset(
    {"date", "byline", "section", "masthead"}
)  # a headline stands above at least one paragraph of this length
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
    head = _Head(lines)
    head.read()
    outlets = head.outlets
    tail_start = max(HEAD_LINES, len(lines) - TAIL_LINES)
    last_paragraph = max((i for i, ln in enumerate(lines) if len(ln.split()) > MAX_CREDIT_WORDS), default=-1)
    for i in range(max(tail_start, last_paragraph + 1), len(lines)):  # below the article, not under a chart
        line = lines[i]
        if len(line.split()) <= MAX_CREDIT_WORDS and (credit := outlet_credit(line)):
            outlets.append((credit[0], i, credit[1]))
            head.used.add(i)
    for i in [*range(min(HEAD_LINES, len(lines))), *range(tail_start, len(lines))]:
        if statement := outlet_statement(lines[i]):
            outlets.append((statement[0], i, statement[1]))
    source = min(outlets)[2] if outlets else credited_outlet("\n".join(lines))
    return TextMeta(
        title=head.title,
        published=head.published,
        source=clean_outlet(source) if source else None,
        author=head.author,
        lines=frozenset(head.used),
    )


class _Head:
    """The head of a text read line by line: what each line is, and what it says."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.used: set[int] = set()
        self.outlets: list[tuple[int, int, str]] = []  # (rank, line, name)
        self.title: str | None = None
        self.published: date | None = None
        self.author: str | None = None

    def read(self) -> None:
        n = min(HEAD_LINES, len(self.lines))
        kinds = [self._kind(i) for i in range(n)]
        first = next((i for i, k in enumerate(kinds) if k is None), None)
        if first is not None and self._is_title(first, kinds):
            self.title = self.lines[first]
            self.used.add(first)
            kinds[first] = "title"
        for i in range(n):  # a masthead line sits beside a dateline, byline or section line
            near = {kinds[j] for j in (i - 1, i + 1) if 0 <= j < n}
            if kinds[i] is None and near & META_KINDS and (name := masthead_name(self.lines[i], alone=True)):
                self.outlets.append((MASTHEAD_RANK, i, name))
                self.used.add(i)
                kinds[i] = "masthead"
        for i in range(n):
            near = {kinds[j] for j in (i - 1, i + 1) if 0 <= j < n}
            if kinds[i] is None and near & META_KINDS and (name := name_and_place(self.lines[i])):
                self.author = self.author or name
                self.used.add(i)
                kinds[i] = "byline"
        body = next((i for i, k in enumerate(kinds) if k is None), None)
        if body is not None:
            wire_date, wire_outlet = wire_dateline(self.lines[body])
            self.published = self.published or wire_date
            if wire_outlet:
                self.outlets.append((WIRE_RANK, body, wire_outlet))

    def _kind(self, i: int) -> str | None:
        line = self.lines[i]
        if line_boilerplate(line):
            return "furniture"
        if found := dateline(line):
            self.published = self.published or found.value
            for part in (found.before, found.after):
                if part and not is_category(part) and (name := masthead_name(part)):
                    self.outlets.append((MASTHEAD_RANK, i, name))
            self.used.add(i)
            return "date"
        if (section := _section_line(line)) is not None:
            if name := masthead_name(section):
                self.outlets.append((MASTHEAD_RANK, i, name))
            self.used.add(i)
            return "section"
        name = byline_author(line)
        credit = outlet_credit(line) if len(line.split()) <= MAX_CREDIT_WORDS else None
        if not (name or credit):
            return None
        self.author = self.author or name
        if credit:
            self.outlets.append((credit[0], i, credit[1]))
        if masthead := byline_outlet(line):
            self.outlets.append((MASTHEAD_RANK, i, masthead))
        dates = find_dates(line)
        self.published = self.published or (dates[0].value if dates else None)
        self.used.add(i)
        return "byline"

    def _is_title(self, i: int, kinds: list[str | None]) -> bool:
        line = self.lines[i]
        if not any(len(later.split()) >= MIN_BODY_WORDS for later in self.lines[i + 1 :]):
            return False
        if is_headline(line):
            return True
        # "Talks stall. Both sides blame the other." over a dateline or byline is a headline too
        nxt = kinds[i + 1] if i + 1 < len(kinds) else None
        return line.endswith((".", "!")) and len(line.split()) <= SHORT_TITLE_WORDS and nxt in META_KINDS


def _section_line(line: str) -> str | None:
    """A section label, alone or beside a masthead; returns what is not the section ("" if nothing)."""
    if len(line.split()) > 8:
        return None
    if is_category(line):
        return ""
    parts = [p for p in re.split(r"\s+[|•·–—]\s+|\s*\|\s*", line) if p]
    rest = [p for p in parts if not is_category(p)]
    if len(parts) == 2 and len(rest) == 1:
        return rest[0]
    return None


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
