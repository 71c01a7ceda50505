"""Offset maps: trace positions in a derived text back to the original text.

Cleaning removes boilerplate and repairs spun phrases; every derived text keeps an
`OffsetMap` so that any span found later still points into the original.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    """`derived[d_start:d_end]` came from `original[o_start:o_end]`.

    Equal lengths mean a verbatim copy (positions map one to one); otherwise the
    segment is a replacement and inner positions snap to its ends.
    """

    d_start: int
    d_end: int
    o_start: int
    o_end: int


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise map from derived-text positions to original-text positions."""

    segments: tuple[Segment, ...]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls((Segment(0, length, 0, length),))

    def to_original(self, pos: int, *, end: bool = False) -> int:
        """Map one position; `end=True` maps an exclusive end position."""
        if not self.segments:
            return pos
        starts = [s.d_start for s in self.segments]
        i = max(bisect_right(starts, pos - 1 if end and pos > 0 else pos) - 1, 0)
        seg = self.segments[i]
        if seg.d_end - seg.d_start == seg.o_end - seg.o_start:
            return seg.o_start + min(max(pos - seg.d_start, 0), seg.d_end - seg.d_start)
        return seg.o_end if end else seg.o_start

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        o_start = self.to_original(start)
        return o_start, max(o_start, self.to_original(end, end=True))

    def then(self, later: OffsetMap) -> OffsetMap:
        """Compose: `later` maps a text derived from this map's derived text."""
        segs = []
        for s in later.segments:
            o_start = self.to_original(s.o_start)
            o_end = max(o_start, self.to_original(s.o_end, end=True))
            if s.d_end - s.d_start == s.o_end - s.o_start and o_end - o_start != s.o_end - s.o_start:
                # a verbatim piece of the middle text that spans an earlier edit
                segs.extend(_split_verbatim(self, s))
            else:
                segs.append(Segment(s.d_start, s.d_end, o_start, o_end))
        return OffsetMap(tuple(segs))

    def to_json(self) -> list[list[int]]:
        return [[s.d_start, s.d_end, s.o_start, s.o_end] for s in self.segments]

    @classmethod
    def from_json(cls, rows: list[list[int]]) -> OffsetMap:
        return cls(tuple(Segment(*r) for r in rows))


def _split_verbatim(first: OffsetMap, s: Segment) -> list[Segment]:
    """Split a verbatim segment of `later` at the edges of `first`'s segments."""
    out = []
    pos = s.o_start
    while pos < s.o_end:
        inner = next(
            (f for f in first.segments if f.d_start <= pos < f.d_end),
            None,
        )
        stop = min(s.o_end, inner.d_end) if inner else s.o_end
        d0 = s.d_start + (pos - s.o_start)
        d1 = s.d_start + (stop - s.o_start)
        o0, o1 = first.span_to_original(pos, stop)
        out.append(Segment(d0, d1, o0, o1))
        pos = stop
    return out


class TextBuilder:
    """Build a derived text piece by piece while recording its offset map."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segs: list[Segment] = []
        self._len = 0

    def copy(self, original: str, start: int, end: int) -> None:
        """Append `original[start:end]` verbatim."""
        self._add(original[start:end], start, end)

    def replace(self, text: str, o_start: int, o_end: int) -> None:
        """Append `text` standing for `original[o_start:o_end]`."""
        self._add(text, o_start, o_end)

    def _add(self, text: str, o_start: int, o_end: int) -> None:
        if not text and o_start == o_end:
            return
        self._parts.append(text)
        self._segs.append(Segment(self._len, self._len + len(text), o_start, o_end))
        self._len += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(tuple(self._segs))
