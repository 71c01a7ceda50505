"""Boilerplate in plain text: line and block rules with a density test.

A line is dropped when it is page furniture on its own (share counters,
navigation, cookie notices, copyright, newsletter sign-ups), when most of its
sentences are (editorial disclaimers, contact requests), or when it belongs to
a block of it: a "Related" / "Visit also" link list, a run of citations closing
the page (staff publication lists), a number beside a share counter, a teaser
repeated by the next paragraph. The clean text is the raw text without the
dropped lines, with an offset map back to the raw text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from tidings.ingest.datelines import MONTH
from tidings.ingest.language import word_set
from tidings.offsets import OffsetMap, TextBuilder

COUNT = r"[\d][\d,. ]*[kKmM]?"
COUNTER = re.compile(
    rf"^(?:(?:shares?|shared|views?|viewed|reads?|likes?|comments?|reactions?)\s*:?\s*(?:\(?{COUNT}\)?)?"
    rf"|{COUNT}\s*(?:shares?|views?|reads?|likes?|comments?|reactions?)"
    rf"|read\s+{COUNT}\s+times|viewed\s+{COUNT}\s+times|(?:print|e-?mail|tweet|share|save)(?:\s*[|/•]\s*\w+)*)\W*$",
    re.I,
)
SHARE_BUTTONS = re.compile(r"^share (?:this|on|via|the|article|story|post)\b.{0,60}$", re.I)
BARE_NUMBER = re.compile(r"^[\d][\d,. ]*[kKmM]?$")
NAV_WORDS = word_set(
    "home news menu search login log in sign register contact us about skip to content main back top print "
    "email e-mail tweet share facebook twitter x telegram whatsapp linkedin vk instagram youtube rss "
    "previous next article post more comments reply tags advertisement ad subscribe close open "
    "navigation sitemap privacy policy terms of use conditions cookie cookies accept all ok"
)
NAV_SEPARATORS = re.compile(r"\s[|»›•>/]\s|\s*\|\s*")
LINK_HEADING = re.compile(
    r"^(?:visit also|read also|see also|also read|also on|related"
    r"|related (?:articles?|posts?|stories|news|content|coverage|reading|links|topics)"
    r"|more (?:from|on|in|stories|news|articles|by)\b.{0,40}|recommended(?: for you)?"
    r"|you (?:may|might) also (?:like|be interested in|enjoy)|read more|further reading"
    r"|most (?:read|popular|viewed)|popular(?: posts| articles| stories)?"
    r"|latest (?:news|articles|posts|stories)"
    r"|trending(?: now)?|tags?|topics|in this section|(?:our )?partners|useful links|links)\s*:?$",
    re.I,
)
INLINE_LINK = re.compile(
    r"^(?:read also|see also|also read|related|read more|more on this|recommended)\s*[:\-–—]\s*\S", re.I
)
LABELLED = re.compile(
    r"^(?:tags?|topics|keywords|categories|filed under|about the authors?"
    r"|(?:photo|image|picture|illustration|video|cover)s?(?: credits?| source)?)\s*[:/©]",
    re.I,
)
LIST_HEADING = re.compile(
    r"^(?:staff|recent|latest|selected|other|more|our|related)?\s*(?:publications|books|papers|op-?eds|works"
    r"|articles|reports|commentaries|analyses)(?: by .{2,40})?\s*:?$",
    re.I,
)
CITATION_END = re.compile(
    rf",\s*(?:(?:{MONTH}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:{MONTH}\s+)?)?(?:19|20)\d{{2}}\W{{0,2}}$",
    re.I,
)
COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:use|uses|using|accept|consent|policy|browsing|website|site|experience)\b", re.I
)
COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|©", re.I)
NEWSLETTER = re.compile(
    r"^(?:our |the |weekly |daily |free )?newsletters?\b.{0,80}$"
    r"|\b(?:sign up|subscribe|register)\b.{0,40}"
    r"\b(?:newsletters?|updates|news|alerts|e-?mails?|events|articles)\b"
    r"|\bnewsletters?\b.{0,60}\b(?:sign up|subscribe|inbox|e-?mail)\b"
    r"|^(?:sign up|subscribe|follow us|join us|download (?:our|the) app)\b",
    re.I,
)
DISCLAIMER = re.compile(
    r"\b(?:does|do|may) not necessarily (?:coincide|reflect|represent|express|correspond|agree)"
    r"|\b(?:views|opinions) expressed (?:in|here|by|are)|^disclaimer\b"
    r"|\bsole responsibility of the authors?\b",
    re.I,
)
CONTACT = re.compile(
    r"\b(?:contact|reach|write to|e-?mail) (?:us|the editors?|the editorial|our editorial)\b"
    r"|\bfeedback form\b"
    r"|\bwe welcome (?:any |your )?(?:suggestions|comments|feedback|proposals|submissions)\b|\bclick here\b"
    r"|\bplease use the (?:contact|feedback) form\b",
    re.I,
)
ABOUT_OUTLET = re.compile(
    r"^(?:The )?[A-Z][^.]{1,80}? is (?:an? |the )(?:[\w-]+ ){0,3}(?:publication|journal|magazine|newspaper"
    r"|news (?:agency|site|service|outlet|portal)|media outlet|online (?:outlet|platform|publication))\b"
)
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
CUES = (NEWSLETTER, COOKIE, COPYRIGHT, DISCLAIMER, CONTACT)
SHORT = 15  # words: a link title, a heading, a label
LONG = 25  # words: a body paragraph


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of the raw text, stripped; `start`/`end` are raw offsets."""

    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for piece in text.split("\n"):
        stripped = piece.strip()
        if stripped:
            start = pos + len(piece) - len(piece.lstrip())
            lines.append(Line(start, start + len(stripped), stripped))
        pos += len(piece) + 1
    return lines


def line_boilerplate(text: str) -> str | None:
    """Why one line is page furniture by itself, or None."""
    words = text.split()
    if COUNTER.match(text) or SHARE_BUTTONS.match(text):
        return "counter"
    if INLINE_LINK.match(text) and len(words) <= 30:
        return "link"
    if LABELLED.match(text) and len(words) <= 30:
        return "label"
    if len(words) <= 12 and _is_navigation(text):
        return "navigation"
    if len(words) <= 40 and COPYRIGHT.search(text):
        return "copyright"
    if len(words) <= 100 and ABOUT_OUTLET.match(" ".join(words)):
        return "about"
    return None


def _is_navigation(text: str) -> bool:
    parts = [p for p in NAV_SEPARATORS.split(text) if p.strip()]
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
        return True
    words = re.findall(r"[\w-]+", text.lower())
    return bool(words) and all(w in NAV_WORDS for w in words)


def cue_density(text: str) -> float:
    """The share of the line's sentences that are disclaimers, sign-ups, notices or contact requests."""
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    if not sentences:
        return 0.0
    return sum(any(c.search(s) for c in CUES) for s in sentences) / len(sentences)


def find_boilerplate(lines: Sequence[str], *, protected: Collection[int] = ()) -> dict[int, str]:
    """Indices of boilerplate lines with the rule that caught each; `protected` lines are left alone."""
    drop: dict[int, str] = {}
    for i, text in enumerate(lines):
        if i in protected:
            continue
        reason = line_boilerplate(text)
        if reason is None and len(text.split()) <= 150 and cue_density(text) >= 0.5:
            reason = "notice"
        if reason:
            drop[i] = reason
    _link_lists(lines, drop, protected)
    _citation_runs(lines, drop, protected)
    _repeats(lines, drop, protected)
    _stragglers(lines, drop, protected)
    return drop


def _link_lists(lines: Sequence[str], drop: dict[int, str], protected: Collection[int]) -> None:
    """A "Related" / "Visit also" heading and the short link titles under it."""
    for i, text in enumerate(lines):
        if i in protected or not LINK_HEADING.match(text):
            continue
        drop[i] = "links"
        for j in range(i + 1, len(lines)):
            nxt = lines[j]
            if j in protected or len(nxt.split()) > SHORT or (nxt.endswith(".") and len(nxt.split()) > 8):
                break
            drop.setdefault(j, "links")


def _citation_runs(lines: Sequence[str], drop: dict[int, str], protected: Collection[int]) -> None:
    """Runs of citation lines ("Name, Title, Outlet, May 6, 2022.") in the latter part of a text."""
    first = len(lines) // 3
    run: list[int] = []
    for i in [*range(first, len(lines)), len(lines)]:
        if i < len(lines) and i not in protected and _is_citation(lines[i]):
            run.append(i)
            continue
        if i < len(lines) and i in drop and run:
            continue
        if len(run) >= 2:
            for j in run:
                drop[j] = "publications"
            head = _previous_kept(run[0], drop)
            if head is not None and head not in protected and _is_heading(lines[head]):
                drop[head] = "publications"
        run = []


def _is_citation(text: str) -> bool:
    return len(text.split()) <= 60 and text.count(",") >= 2 and bool(CITATION_END.search(text))


def _is_heading(text: str) -> bool:
    return bool(LIST_HEADING.match(text)) or (len(text.split()) <= 4 and text[-1:] not in ".!?")


def _previous_kept(i: int, drop: dict[int, str]) -> int | None:
    j = i - 1
    while j >= 0 and j in drop:
        j -= 1
    return j if j >= 0 else None


def _repeats(lines: Sequence[str], drop: dict[int, str], protected: Collection[int]) -> None:
    """A teaser the next paragraph repeats and extends, and paragraphs repeated verbatim."""
    seen: set[str] = set()
    for i, text in enumerate(lines):
        norm = " ".join(text.split())
        if i not in protected and i not in drop:
            nxt = " ".join(lines[i + 1].split()) if i + 1 < len(lines) else ""
            if len(norm) >= 30 and len(nxt) > len(norm) and nxt.startswith(norm.rstrip(".…")):
                drop[i] = "teaser"
            elif norm in seen and len(norm.split()) >= 6:
                drop[i] = "repeat"
        seen.add(norm)


def _stragglers(lines: Sequence[str], drop: dict[int, str], protected: Collection[int]) -> None:
    """Short label lines between dropped lines near the end, and numbers beside counters."""
    n = len(lines)
    for i, text in enumerate(lines):
        if i in drop or i in protected:
            continue
        before = i == 0 or (i - 1) in drop
        after = i == n - 1 or (i + 1) in drop
        if BARE_NUMBER.match(text) and ((i - 1) in drop or (i + 1) in drop):
            drop[i] = "counter"
        elif (
            n >= 6
            and i >= 2 * n // 3
            and before
            and after
            and len(text.split()) <= 8
            and text[-1:] not in ".!?"
        ):
            drop[i] = "label"


def join_lines(raw: str, lines: Sequence[Line], keep: Sequence[int]) -> tuple[str, OffsetMap]:
    """The kept lines with the raw text between neighbours copied as it is; where lines were
    dropped, a blank line stands for the gap. Nothing dropped gives the raw text back."""
    tb = TextBuilder()
    if not keep:
        return tb.build()
    if keep[0] == 0:
        tb.copy(raw, 0, lines[0].start)
    prev: int | None = None
    for i in keep:
        if prev is not None:
            gap_start, gap_end = lines[prev].end, lines[i].start
            if i == prev + 1 or raw[gap_start:gap_end] == "\n\n":
                tb.copy(raw, gap_start, gap_end)
            else:
                tb.replace("\n\n", gap_start, gap_end)
        tb.copy(raw, lines[i].start, lines[i].end)
        prev = i
    if keep[-1] == len(lines) - 1:
        tb.copy(raw, lines[-1].end, len(raw))
    return tb.build()
