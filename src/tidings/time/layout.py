"""Sentences, paragraphs and parentheses of plain text, by character offsets.

The time stage and `time_for_span` need these on text alone (no parse), so a
light splitter lives here: sentences end at . ! ? followed by a space and an
upper-case letter, digit or quote, or at a line break; paragraphs at line breaks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from tidings.records import Span

_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_PARA_END = re.compile(r"\n+")
# Abbreviations after which a full stop does not end a sentence.
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|St|Jr|Sr|U\.S|U\.N|U\.K|No|Vol|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$"
)


def _starts(text: str, pattern: re.Pattern[str], check_abbrev: bool) -> list[int]:
    starts = [0]
    for m in pattern.finditer(text):
        if check_abbrev and "\n" not in m.group() and _ABBREV.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        if m.end() < len(text):
            starts.append(m.end())
    return starts


@dataclass(frozen=True, slots=True)
class Layout:
    """Sentence and paragraph starts of one text, and a lookup by offset."""

    text: str
    sentence_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]
    opens: tuple[int, ...] = ()  # offsets of "(" and of ")", for `in_parentheses`
    closes: tuple[int, ...] = ()

    @classmethod
    @lru_cache(maxsize=8)  # one text is laid out once, however many spans ask (time_for_span per event)
    def of(cls, text: str) -> Layout:
        return cls(
            text=text,
            sentence_starts=tuple(_starts(text, _SENT_END, True)),
            paragraph_starts=tuple(_starts(text, _PARA_END, False)),
            opens=tuple(m.start() for m in re.finditer(r"\(", text)),
            closes=tuple(m.start() for m in re.finditer(r"\)", text)),
        )

    def sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def paragraph_index(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def sentence_span(self, index: int) -> Span:
        starts = self.sentence_starts
        end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
        return starts[index], end

    def sentence_at(self, offset: int) -> str:
        start, end = self.sentence_span(self.sentence_index(offset))
        return self.text[start:end]

    def in_parentheses(self, offset: int) -> bool:
        """Whether `offset` lies inside an open "(" of its paragraph (citations, asides)."""
        start = self.paragraph_starts[self.paragraph_index(offset)]

        def count(marks: tuple[int, ...]) -> int:
            return bisect.bisect_left(marks, offset) - bisect.bisect_left(marks, start)

        return count(self.opens) > count(self.closes)
