"""What befell the people a count counts: killed, wounded, arrested, displaced, deployed, ...

The word that says it is the one nearest the figure in its sentence, its own
words first ("17 injured people", "25 deaths"); a count of troops with no such
word is of troops deployed.
"""

from __future__ import annotations

import re

from tidings.facts.quantities import Quantity

CASUALTY_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "killed",
        re.compile(
            r"\b(?:kill(?:ed|ing|s)?|dead|died|die|deaths?|fatalities|lives|massacred?|executed|slain|"
            r"bodies|(?:death )?toll)\b"
        ),
    ),
    ("wounded", re.compile(r"\b(?:wounded|wounds|injur(?:ed|ies|y|ing)|hurt)\b")),
    ("arrested", re.compile(r"\b(?:arrest(?:ed|s|ing)?|captured|recaptured|caught|rounded up)\b")),
    (
        "detained",
        re.compile(r"\b(?:detain(?:ed|ing)?|detainees|detention|prisoners|inmates|jailed|imprisoned)\b"),
    ),
    ("hostages", re.compile(r"\b(?:hostages?)\b")),
    ("abducted", re.compile(r"\b(?:abduct(?:ed|ing|ion)|kidnapp?(?:ed|ing))\b")),
    ("displaced", re.compile(r"\b(?:displaced|fled|flee(?:ing)?|refugees|evacuated|evacuees|homeless)\b")),
    ("deported", re.compile(r"\b(?:deport(?:ed|ing|ation|ees)?|expell?(?:ed|ing)|repatriated)\b")),
    ("rescued", re.compile(r"\b(?:rescued|freed|released)\b")),
    ("missing", re.compile(r"\bmissing\b")),
    ("escaped", re.compile(r"\b(?:escaped|escapees|at large)\b")),
)
TROOPS = frozenset({"troops", "soldiers", "servicemen", "peacekeepers", "personnel", "fighters"})
AFTER_WEIGHT = 1.0  # a cue after the figure ("five people were killed") is as near as one before
FAR = 1000.0
_ACROSS_RE = re.compile(r"[,;]|\s(?:and|but|while|whereas)\s")


def casualty_of(text: str, s0: int, s1: int, q: Quantity) -> str | None:
    """The casualty label of the people count `q` in the sentence [s0, s1), or None."""
    if q.kind != "count":
        return None
    low = text[s0:s1].lower()
    best: tuple[float, str] | None = None
    for label, rx in CASUALTY_CUES:
        for m in rx.finditer(low):
            a, b = s0 + m.start(), s0 + m.end()
            if q.start <= a and b <= q.end:
                dist = -1.0
            elif b <= q.start:
                dist = float(q.start - b) + (FAR if _ACROSS_RE.search(text[b : q.start]) else 0.0)
            else:  # "killed 12 people and injured 40": the next clause's verb is not this count's
                dist = (a - q.end) * AFTER_WEIGHT + (FAR if _ACROSS_RE.search(text[q.end : a]) else 0.0)
            if best is None or dist < best[0]:
                best = (dist, label)
    if best is not None:
        return best[1]
    return "deployed" if (q.noun or "").lower() in TROOPS else None
