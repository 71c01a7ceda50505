"""Word tables and regex fragments for temporal expressions (constants only)."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": 4, "final": 4,
}  # fmt: skip

COUNTS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Vague counts ("a few days later") give a range of offsets, not one day.
VAGUE_COUNTS: dict[str, tuple[int, int]] = {
    "": (2, 7), "a few": (2, 7), "few": (2, 7), "several": (3, 9), "some": (2, 9), "a couple of": (2, 3),
}  # fmt: skip

FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH = FULL_MONTH[:-1] + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?:19|20)\d\d(?!\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"

# Words before a year that make it a deadline or target rather than a date in the narrative.
TARGET_WORDS = frozenset({"by", "until", "till", "through", "before"})
# Nouns that turn "Strategy 2050", "the 2030 Agenda" into names of plans.
PLAN_NOUNS = frozenset(
    {"agenda", "strategy", "vision", "plan", "programme", "program", "concept", "goals", "roadmap"}
)
# Words after a four-digit number that make it a quantity, not a year.
UNIT_WORDS = frozenset(
    {
        "%", "percent", "per", "tons", "tonnes", "ton", "tonne", "km", "kilometers", "kilometres",
        "miles", "people", "troops", "soldiers", "families", "refugees", "units", "dollars", "usd",
        "members", "households", "students", "hectares", "barrels", "megawatts", "mw", "times",
    }
)  # fmt: skip
# Cues that a sentence speaks of the future or of plans ("plans to", not the noun: "a plan to close").
FUTURE_CUES = (
    r"\b(?:will|shall|(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\btheir )plans?\s+to|planned|planning|expected"
    r"|expects?|aims?\s+to|intends?|intention"
    r"|anticipated|forecasts?|projected|scheduled|is\s+due|are\s+due|would\s+like|envisag\w*"
    r"|(?:target|goal)\s+(?:is|of|for)|by\s+(?:19|20)\d\d)\b"  # "missile strikes on targets" is not a plan
)
