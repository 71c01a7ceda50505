"""Numbers as written in news text: digits, words and scale words.

"412.5 million" -> 412_500_000, "318,200", "two billion", "a million", "5bn",
"40m", "1.2 lakh". Regular-expression pieces are exported so the quantity
grammar (quantities.py) can build on them.
"""

from __future__ import annotations

import re

UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "billion": 1e9,
    "billions": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
}
# Abbreviated scales are only read glued to digits or right after them ("5bn", "5 bn").
SHORT_SCALES = ("k", "m", "mn", "mln", "b", "bn", "bln", "tn", "trn")

_WORD = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_LONG_SCALE = r"hundred|thousand|lakhs?|millions?|crores?|billions?|trillion"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
WORDS = rf"(?:{_WORD})(?:[- ](?:{_WORD}))?"
SCALE = rf"(?:{_LONG_SCALE})\b|(?:mln|mn|bln|bn|trn|tn|m|b|k)\b"
# A number: digits or words, then optional scale words ("1.5 million", "two hundred thousand").
NUMBER = (
    rf"(?:(?:{DIGITS})(?:\s?(?:{SCALE}))?(?:\s(?:{_LONG_SCALE})\b)?"
    rf"|\b(?:{WORDS})(?:\s(?:{_LONG_SCALE})\b){{0,2}}"
    rf"|\b(?:a|an|one|half\s+a)\s(?:{_LONG_SCALE})\b)"
)
NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)
_TOKEN_RE = re.compile(rf"{DIGITS}|[a-z]+", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """The value of one number phrase, or None when it is not a number."""
    total = 0.0
    current: float | None = None
    for tok in _TOKEN_RE.findall(text.replace("-", " ")):
        low = tok.lower()
        if tok[0].isdigit() or tok[0] == ".":
            current = (current or 0.0) + float(tok.replace(",", ""))
        elif low in UNITS_WORDS:
            current = (current or 0.0) + UNITS_WORDS[low]
        elif low in ("a", "an"):
            current = current or 1.0
        elif low == "half":
            current = 0.5
        elif low in SCALES:
            scale = SCALES[low]
            base = 1.0 if current is None else current
            if scale == 1e2:
                current = base * scale
            else:
                total += base * scale
                current = None
        elif low == "and":
            continue
        else:
            return None
    if current is None and total == 0.0:
        return None
    return total + (current or 0.0)
