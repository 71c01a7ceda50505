"""Find candidate temporal expressions in text with regular expressions.

Each rule turns a match into a `Found`: what was said (kind and parts), not yet
what it means. Resolution against the anchor and the narrative is in
`resolve.py`. Overlaps are settled by position, then length (longest wins).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from tidings.time.lexicon import (
    COUNTS,
    DAY,
    FULL_MONTH,
    MONTH,
    MONTHS,
    ORDINALS,
    PLAN_NOUNS,
    UNIT_WORDS,
    VAGUE_COUNTS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    start: int
    end: int
    kind: str
    year: int | None = None
    year2: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    month2: int | None = None  # the last month of a range ("January-March 2024")
    part: int | None = None  # quarter or half number
    offset: int = 0  # relative years, months, days or weekday number
    spread: tuple[int, int] | None = None  # vague counts ("a few days later")
    unit: str = ""
    pre: str = ""  # by, since, in, last, this, next, ...
    qual: str = ""  # early, mid, late, earlier, ...


Rule = tuple[str, re.Pattern[str], Callable[[re.Match[str]], Found | None]]

_PRE = r"(?:(?P<pre>by|since|until|till|through|before|after|in|during|from|on|of|last|this|next)\s+)?"
_QUAL = (
    r"(?:(?P<qual>early|mid|late|earlier|later|the\s+end\s+of|end\s+of|the\s+beginning\s+of"
    r"|beginning\s+of|the\s+start\s+of|start\s+of)(?:\s+in)?[\s-]+)?"
)
_WD = rf"(?:{WEEKDAY},?\s+)?"
# Named days that are not a date of this week ("Good Friday", "Black Monday"): fixed-width look-behinds.
_NOT_FEAST = "".join(rf"(?<!{w}\s)" for w in ("Good", "Black", "Holy", "Ash", "Super", "Cyber", "Bloody"))
_FLAGS = re.IGNORECASE


def _low(m: re.Match[str], group: str) -> str:
    return " ".join((m.group(group) or "").lower().split())


def _month(m: re.Match[str]) -> int | None:
    word = m.group("month")
    return MONTHS.get(word.rstrip(".").lower()) if word and word[0].isupper() else None


def _span_from(m: re.Match[str], keep: frozenset[str]) -> int:
    """Start the span after a leading preposition unless it carries meaning (by, since, ...)."""
    pre = m.group("pre") if "pre" in m.re.groupindex else None
    if not pre or pre.lower() in keep:
        return m.start()
    pos = m.end("pre")
    while pos < m.end() and m.string[pos].isspace():
        pos += 1
    return pos


_KEEP = frozenset({"by", "since", "until", "till", "through", "before", "after", "last", "this", "next"})


def _found(m: re.Match[str], kind: str, **kw: object) -> Found:
    pre = _low(m, "pre") if "pre" in m.re.groupindex else ""
    qual = _low(m, "qual") if "qual" in m.re.groupindex else ""
    return Found(start=_span_from(m, _KEEP), end=m.end(), kind=kind, pre=pre, qual=qual, **kw)  # type: ignore[arg-type]


def _iso(m: re.Match[str]) -> Found | None:
    return _found(m, "date", year=int(m["year"]), month=int(m["mo"]), day=int(m["day"]))


def _numeric(m: re.Match[str]) -> Found | None:
    """n/n/YYYY is read month-first (US) unless the first number cannot be a month."""
    a, b = int(m["a"]), int(m["b"])
    month, day = (a, b) if a <= 12 else (b, a)
    sep = m["sep"]
    if sep == "." and b <= 12:  # 08.02.2006 is day-first wherever dots are used
        month, day = b, a
    return _found(m, "date", year=int(m["year"]), month=month, day=day)


def _day_month(m: re.Match[str]) -> Found | None:
    month = _month(m)
    if month is None:
        return None
    day = _number(m["day"])
    day2 = _number(m["day2"]) if m["day2"] else None
    if m["year"]:
        return _found(m, "date", year=int(m["year"]), month=month, day=day, day2=day2)
    return _found(m, "daymonth", month=month, day=day, day2=day2)


def _number(word: str) -> int:
    """The number of "15", "15th", "1st"."""
    return int(re.sub(r"\D", "", word))


def _month_year(m: re.Match[str]) -> Found | None:
    month = _month(m)
    return None if month is None else _found(m, "monthyear", year=int(m["year"]), month=month)


def _month_range(m: re.Match[str]) -> Found | None:
    first, word = _month(m), m.group("month2")
    last = MONTHS.get(word.rstrip(".").lower()) if word[0].isupper() else None
    if first is None or last is None or last <= first:
        return None
    if m["conn"].lower() == "and" and (m["pre"] or "").lower() != "between":  # "January and May": two months
        return None
    return _found(m, "monthrange", year=int(m["year"]), month=first, month2=last)


def _bare_month(m: re.Match[str]) -> Found | None:
    month = _month(m)
    pre, qual = _low(m, "pre"), _low(m, "qual")
    if month is None or (month == 5 and not (pre or qual)):  # "May" alone is usually the verb or a name
        return None
    if pre in {"on", "of", "from"} and not qual:
        return None  # "on March" and "of May" are rarely dates
    return _found(m, "month", month=month)


def _part(m: re.Match[str]) -> Found | None:
    kind = "quarter" if (m["what"] or "q").lower().startswith(("q", "quarter")) else "half"
    word = (m["ord"] or m["num"] or "").lower()
    part = ORDINALS.get(word) or (int(word) if word.isdigit() else None)
    if kind == "half" and part == 4:  # "last half" is the second half
        part = 2
    if part is None or part > (4 if kind == "quarter" else 2):
        return None
    rel = _low(m, "rel")
    if rel:
        return _found(m, kind, part=part, offset={"last": -1, "this": 0, "next": 1}.get(rel, 0), unit=rel)
    return _found(m, kind, part=part, year=int(m["year"]))


def _year(m: re.Match[str]) -> Found | None:
    text = m.string
    before = text[max(0, m.start("year") - 30) : m.start("year")].split()
    after = text[m.end() : m.end() + 20].split()
    prev = before[-1] if before else ""
    nxt = after[0].strip(".,;:)").lower() if after else ""
    if nxt in UNIT_WORDS or nxt in PLAN_NOUNS or prev.lower().strip("(") in PLAN_NOUNS:
        return None
    if (
        not m["pre"]
        and prev[:1].isupper()
        and prev.rstrip(",").isalpha()
        and prev.lower() not in _YEAR_OK_BEFORE
    ):
        return None  # "Strategy 2050", "Expo 2017": a name, not a date
    year2 = m["year2"]
    y2 = None
    if year2:
        y2 = int(year2) if len(year2) == 4 else int(m["year"][:2] + year2)
        if y2 <= int(m["year"]):
            y2 = None
    return _found(m, "year", year=int(m["year"]), year2=y2)


_YEAR_OK_BEFORE = frozenset(
    {
        "in",
        "since",
        "by",
        "until",
        "during",
        "from",
        "for",
        "of",
        "early",
        "late",
        "mid",
        "and",
        "or",
        "to",
        "the",
    }
)


def _decade(m: re.Match[str]) -> Found | None:
    digits = m["dec"]
    decade = int(digits) if len(digits) == 4 else 1900 + int(digits)
    return _found(m, "decade", year=decade)


def _rel_year(m: re.Match[str]) -> Found | None:
    ago = _low(m, "ago")
    if ago:
        n = int(ago) if ago.isdigit() else COUNTS.get(ago, 0)
        return _found(m, "relyear", offset=-n) if n else None
    rel = _low(m, "rel")
    off = {"last": -1, "this": 0, "the current": 0, "next": 1, "the coming": 1}[rel]
    return _found(m, "relyear", offset=off, unit=rel)


def _shift(m: re.Match[str]) -> Found | None:
    unit = m["unit"].lower().rstrip("s")
    direction = _low(m, "dir")
    sign = -1 if direction.startswith(("earlier", "before")) else 1
    count = _low(m, "n")
    if count in VAGUE_COUNTS:
        lo, hi = VAGUE_COUNTS[count]
        return _found(m, "shift", unit=unit, offset=sign, spread=(lo, hi))
    n = int(count) if count.isdigit() else COUNTS.get(count, 0)
    return _found(m, "shift", unit=unit, offset=sign * n) if n else None


def _next_unit(m: re.Match[str]) -> Found | None:
    word, unit = _low(m, "dir"), m["unit"].lower()
    off = -1 if word in {"before", "previous", "preceding"} else 0 if word == "same" else 1
    return _found(m, "shift", unit=unit, offset=off)


def _deictic(m: re.Match[str]) -> Found | None:
    word = m["w"].lower()
    return _found(m, "deictic", offset={"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word])


def _rel_unit(m: re.Match[str]) -> Found | None:
    return _found(
        m, "relunit", unit=m["unit"].lower(), offset={"last": -1, "this": 0, "next": 1}[_low(m, "rel")]
    )


def _weekday(m: re.Match[str]) -> Found | None:
    if not m["wd"][0].isupper():
        return None
    return _found(m, "weekday", offset=WEEKDAYS[m["wd"].lower()])


def _rx(pattern: str, flags: int = _FLAGS) -> re.Pattern[str]:
    return re.compile(pattern, flags)


RULES: tuple[Rule, ...] = (
    (
        "iso",
        _rx(rf"\b(?P<year>{YEAR})[-/.](?P<mo>0?[1-9]|1[0-2])[-/.](?P<day>[12]\d|3[01]|0?[1-9])(?![\d/.-]\d)"),
        _iso,
    ),
    (
        "numeric",
        _rx(rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<year>{YEAR})(?![/.]\d)"),
        _numeric,
    ),
    (
        "dmy",
        _rx(
            rf"{_PRE}{_WD}(?P<day>{DAY})(?:\s*(?:-|–|and|to)\s*(?P<day2>{DAY}))?\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"
        ),
        _day_month,
    ),
    (
        "mdy",
        _rx(
            rf"{_PRE}(?:both\s+)?{_WD}(?P<month>{MONTH})\s+(?P<day>{DAY})(?:\s*(?:-|–|and|to|&)\s*(?P<day2>{DAY}))?(?:,?\s+(?P<year>{YEAR}))?"
        ),
        _day_month,
    ),
    (
        "monthrange",
        _rx(
            rf"(?:\b(?P<pre>between|from|in|during|by)\s+)?(?P<month>{MONTH})\s*(?P<conn>-|–|—|to|through|and)\s*"
            rf"(?P<month2>{MONTH}),?\s+(?P<year>{YEAR})"
        ),
        _month_range,
    ),
    ("monthyear", _rx(rf"{_PRE}{_QUAL}(?P<month>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})"), _month_year),
    (
        "part",
        _rx(
            rf"{_PRE}(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(?P<what>quarter|half)\s+(?:of\s+)?(?:(?P<rel>this|last|next|the)\s+year\b|(?P<year>{YEAR}))"
        ),
        _part,
    ),
    (
        "part_six",
        _rx(
            rf"{_PRE}the\s+(?P<ord>first|last)\s+six\s+months\s+of\s+(?P<year>{YEAR})(?P<what>)(?P<rel>)(?P<num>)"
        ),
        lambda m: _part_six(m),
    ),
    (
        "qn",
        _rx(rf"{_PRE}\b(?P<what>[QH])(?P<num>[1-4])(?:\s+of)?[\s,/-]*(?P<year>{YEAR})(?P<ord>)(?P<rel>)", 0),
        _part,
    ),
    (
        "yq",
        _rx(rf"\b(?P<year>{YEAR})\s*[-/]?\s*(?P<what>[QH])(?P<num>[1-4])\b(?P<ord>)(?P<rel>)(?P<pre>)", 0),
        _part,
    ),
    (
        "decade",
        _rx(r"(?:the\s+)?(?:(?P<qual>early|mid|late)[\s-]+)?(?:(?P<dec>(?:19|20)\d0)|[’'](?P<dec2>\d0))s\b"),
        lambda m: _decade_any(m),
    ),
    (
        "year",
        _rx(
            rf"(?:\b(?P<pre>in|since|by|until|till|through|during|from|for|early|late|mid|between)[\s-]+)?(?<![\w$€£.,/-])(?P<year>{YEAR})(?:\s*(?:-|–|—|to)\s*(?P<year2>{YEAR}|\d\d(?!\d)))?(?![\w%/-]|[.,]\d)"
        ),
        _year,
    ),
    (
        "relyear",
        _rx(
            r"\b(?:(?P<qual>early|late|mid|earlier|later)(?:\s+in)?\s+)?(?:(?P<rel>last|this|next|the\s+current|the\s+coming)\s+year\b|(?P<ago>a|one|two|three|four|five|\d{1,2})\s+years?\s+ago\b)"
        ),
        _rel_year,
    ),
    (
        "narryear",
        _rx(
            r"\b(?:the\s+(?P<dir>previous|preceding|prior|following|next|subsequent)\s+year|the\s+year\s+(?P<dir2>before|after)|a\s+year\s+(?P<dir3>later|earlier|before))\b(?!\s+(?:the|that|this|last|its|his|her|their)\b)"
        ),
        lambda m: _narrative_year_any(m),
    ),
    (
        "shift",
        _rx(
            r"\b(?:(?P<n>a\s+few|a\s+couple\s+of|several|some|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?(?P<unit>days?|weeks?|months?)\s+(?P<dir>later|afterwards?|after\s+that|earlier|before\s+that)\b"
        ),
        _shift,
    ),
    (
        "nextunit",
        _rx(
            r"\b(?:the\s+(?P<dir>next|following|previous|preceding|same)\s+(?P<unit>day|week|month)|the\s+(?P<unit2>day)\s+(?P<dir2>after|before)(?=\s*[,.;]))"
        ),
        lambda m: _next_unit_any(m),
    ),
    ("deictic", _rx(r"\b(?P<w>yesterday|today|tomorrow|tonight)\b(?!['’]s)"), _deictic),
    ("relunit", _rx(r"\b(?P<rel>last|this|next)\s+(?P<unit>week|month)\b"), _rel_unit),
    (
        "weekend",
        _rx(r"\b(?:(?:over|at|during)\s+the|(?P<pre>last|this))\s+weekend\b"),
        lambda m: _found(m, "weekday", offset=WEEKDAYS["saturday"]),
    ),
    (
        "weekday",
        _rx(rf"\b(?:(?P<pre>on|last|this|next)\s+)?{_NOT_FEAST}(?P<wd>{WEEKDAY})\b(?!,?\s+(?:{MONTH}|\d))"),
        _weekday,
    ),
    ("month", _rx(rf"{_PRE}{_QUAL}(?P<month>{FULL_MONTH})\b(?!\s*\d)(?!\s+of\s+(?:19|20)\d\d)"), _bare_month),
)


def _part_six(m: re.Match[str]) -> Found | None:
    return _found(m, "half", part=1 if m["ord"].lower() == "first" else 2, year=int(m["year"]))


def _decade_any(m: re.Match[str]) -> Found | None:
    if m["dec"]:
        return _decade(m)
    return _found(m, "decade", year=1900 + int(m["dec2"]) if int(m["dec2"]) >= 30 else 2000 + int(m["dec2"]))


def _narrative_year_any(m: re.Match[str]) -> Found | None:
    word = _low(m, "dir") or _low(m, "dir2") or _low(m, "dir3")
    back = word in {"previous", "preceding", "prior", "before", "earlier"}
    return _found(m, "narryear", offset=-1 if back else 1)


def _next_unit_any(m: re.Match[str]) -> Found | None:
    if m["unit2"]:
        return _found(m, "shift", unit="day", offset=1 if m["dir2"].lower() == "after" else -1)
    return _next_unit(m)


def scan(text: str) -> list[Found]:
    """All candidate expressions, non-overlapping, in text order (earliest, then longest, wins)."""
    return list(_scan(text))


@lru_cache(maxsize=8)  # the year inference and the resolver both scan the same document
def _scan(text: str) -> tuple[Found, ...]:
    found: list[Found] = []
    for _name, pattern, build in RULES:
        for m in pattern.finditer(text):
            f = build(m)
            if f is not None and f.end > f.start:
                found.append(f)
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return tuple(kept)
