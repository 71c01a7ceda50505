"""Find tortured phrases in a text: spun names and collocations, and spinner artefacts.

A `Hit` says where a spun phrase is, what it stands for, whether it is evidence of
spinning on its own (`tortured`) and whether it is a generic phrase that is only
repaired in documents already flagged as spun (`generic`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tidings.clean.synonyms import OUTLET_HEADS, STRONG
from tidings.clean.variants import FUNCTION_WORDS, TOKEN_RE, PhraseTable

GAP_RE = re.compile(r"[ \t\u00a0]+|[ \t]*\n[ \t]*|-")
MONTHS = "January|February|March|April|June|July|August|September|October|November|December"


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    replacement: str
    tortured: bool
    generic: bool


def find_phrase_hits(text: str, table: PhraseTable) -> list[Hit]:
    """Spun variants of names and collocations, by token lookup (longest match first)."""
    toks = list(TOKEN_RE.finditer(text))
    low = [t.group().lower() for t in toks]
    hits: list[Hit] = []
    for i, first in enumerate(low):
        for v in table.get(first, ()):
            n = len(v.tokens)
            if tuple(low[i : i + n]) != v.tokens or not _adjacent(text, toks, i, n):
                continue
            if any(cap and not toks[i + k].group()[:1].isupper() for k, cap in enumerate(v.caps)):
                continue
            start, end = toks[i].start(), toks[i + n - 1].end()
            hits.append(
                Hit(
                    start,
                    end,
                    _cased(v.canonical, text[start:end], v.name),
                    v.tortured,
                    not (v.name and v.tortured),
                )
            )
            break
    return hits


def _adjacent(text: str, toks: list[re.Match[str]], i: int, n: int) -> bool:
    if i + n > len(toks):
        return False
    return all(GAP_RE.fullmatch(text, toks[k].end(), toks[k + 1].start()) for k in range(i, i + n - 1))


def _cased(canonical: str, matched: str, name: bool) -> str:
    """Collocations take the case of the text: "Trade Relations" as a heading stays titled."""
    words = matched.split()
    if name or not matched[:1].isupper():
        return canonical
    if len(words) > 1 and words[1][:1].isupper():
        return " ".join(w if w in FUNCTION_WORDS else w[:1].upper() + w[1:] for w in canonical.split())
    return canonical[:1].upper() + canonical[1:]


# Artefacts of spinning that are not names or collocations: (pattern, replacement,
# tortured, generic). A replacement is a template (\1 groups) or a function.
Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], bool, bool]

_OUTLET_PLAIN = frozenset({"information", "company", "heart"})  # "The Kazakh Information" is English
_OUTLET_SPUN = sorted(
    {s for h in OUTLET_HEADS for s in STRONG.get(h.lower(), ()) if s not in _OUTLET_PLAIN}, key=len
)[::-1]
_OUTLET_ALT = "|".join(s[:1].upper() + s[1:] for s in _OUTLET_SPUN)
_OUTLET_CANON = {s: h for h in OUTLET_HEADS for s in STRONG.get(h.lower(), ())}


def _outlet(m: re.Match[str]) -> str:
    return f"The{m.group(1)} {_OUTLET_CANON[m.group(2).lower()]}"


_SPUN_DETERMINER = {"earlier": "previous", "subsequent": "following", "identical": "same"}


def _year(m: re.Match[str]) -> str:
    det = m.group(1)
    return f"{_SPUN_DETERMINER.get(det, det)} year"


RULES: tuple[Rule, ...] = (
    # "99 p.c" (per cent)
    (re.compile(r"(?<=\d )p\.c\b\.?"), "per cent", True, True),
    # "The Astana Occasions" (The ... Times), "The Kabul Submit" (Post)
    (
        re.compile(r"\bThe((?: [A-Z][\w’'.-]*){1,3}) (" + _OUTLET_ALT + r")\b"),
        _outlet,
        True,
        False,
    ),
    # "(Supply: <outlet>)" credit lines
    (re.compile(r"(?<=\()Supply:(?= [A-Z])"), "Source:", True, True),
    (re.compile(r"(?m)^Supply:(?= [A-Z])"), "Source:", False, True),
    # "in Could 2023", "(Kazinform, Could 12)": the month of May
    (re.compile(r"(\bin|\bon|\bof|\bby|,) (?:Could|Would possibly)(?= \d{1,4}\b)"), r"\1 May", True, True),
    # "final July" (last July), "this 12 months" (this year)
    (re.compile(r"\bfinal(?= (?:" + MONTHS + r")\b)"), "last", True, True),
    (re.compile(r"\bfinal 12 months\b"), "last year", True, True),
    (re.compile(r"\b(this|that|earlier|subsequent|identical|each|following) 12 months\b"), _year, True, True),
    (re.compile(r"\b(the|previous|next|one|same|current|present) 12 months\b"), r"\1 year", False, True),
    (re.compile(r"\b12 months’s\b"), "year’s", True, True),
    # "Most effective $1.7 million" (Only $1.7 million): spinners' synonym for "only" before a figure
    (
        re.compile(
            r"\b([Mm])ost effective(?= (?:[$€£¥]|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
        ),
        lambda m: "Only" if m.group(1) == "M" else "only",
        True,
        True,
    ),
    # "the first part of 2021": spinners swap "half" for "part" (ordinary English, so spun documents only)
    (
        re.compile(r"\b([Ff]irst|[Ss]econd) part(?= of (?:(?:the|this|last) year\b|\d{4}\b))"),
        r"\1 half",
        False,
        True,
    ),
    # generic words: repaired only in spun documents
    (re.compile(r"\b[Gg]ovt\b"), "government", False, True),
    (re.compile(r"\bmembers of the family\b"), "relations", False, True),
    (re.compile(r"\binternational locations\b"), "countries", False, True),
    (re.compile(r"\binsurance policies\b"), "policies", False, True),
    (re.compile(r"\beconomic system\b"), "economy", False, True),
    (re.compile(r"\bworldwide group\b"), "international community", True, True),
    (re.compile(r"\b([A-Z][a-z]{2,}) management\b"), r"\1 administration", False, True),
    (re.compile(r"\bAppearing(?= [A-Z])"), "Acting", False, True),
)


def find_rule_hits(text: str) -> list[Hit]:
    hits = []
    for pattern, repl, tortured, generic in RULES:
        for m in pattern.finditer(text):
            new = repl(m) if callable(repl) else m.expand(repl)
            hits.append(Hit(m.start(), m.end(), new, tortured, generic))
    return hits


def find_hits(text: str, table: PhraseTable) -> list[Hit]:
    """All hits, overlaps resolved: earliest first, then longest, then names over collocations."""
    every = sorted(
        [*find_phrase_hits(text, table), *find_rule_hits(text)],
        key=lambda h: (h.start, -(h.end - h.start), h.generic),
    )
    out: list[Hit] = []
    for h in every:
        if not out or h.start >= out[-1].end:
            out.append(h)
    return out
