"""The good a figure is for: "cotton ($40 million)", "$5m worth of locomotives",
"wheat exports of 1 million tons", "2 million tons of grain"."""

from __future__ import annotations

import re
from typing import Any

from tidings.facts.cues import PRODUCTION_RE
from tidings.facts.quantities import Quantity

# Traded goods named bare in a sentence; used only for tonnage/volume figures of a flow.
COMMODITIES = frozenset(
    [
        "wheat",
        "flour",
        "grain",
        "grains",
        "barley",
        "maize",
        "corn",
        "rice",
        "sugar",
        "cotton",
        "wool",
        "fruit",
        "fruits",
        "vegetables",
        "raisins",
        "nuts",
        "dried",
        "apricots",
        "potatoes",
        "onions",
        "meat",
        "beef",
        "mutton",
        "poultry",
        "milk",
        "dairy",
        "eggs",
        "fish",
        "tea",
        "coffee",
        "cocoa",
        "food",
        "foodstuffs",
        "oil",
        "crude",
        "petroleum",
        "gasoline",
        "diesel",
        "fuel",
        "kerosene",
        "lpg",
        "gas",
        "coal",
        "coke",
        "electricity",
        "uranium",
        "gold",
        "silver",
        "copper",
        "zinc",
        "lead",
        "aluminium",
        "aluminum",
        "iron",
        "steel",
        "ore",
        "ores",
        "ferroalloys",
        "chrome",
        "cement",
        "fertilizer",
        "fertilizers",
        "fertiliser",
        "fertilisers",
        "timber",
        "wood",
        "paper",
        "textiles",
        "yarn",
        "fabrics",
        "clothing",
        "carpets",
        "leather",
        "hides",
        "saffron",
        "opium",
        "heroin",
        "hashish",
        "cannabis",
        "methamphetamine",
        "drugs",
        "medicines",
        "pharmaceuticals",
        "vaccines",
        "cars",
        "vehicles",
        "trucks",
        "tractors",
        "locomotives",
        "wagons",
        "railcars",
        "machinery",
        "equipment",
        "weapons",
        "arms",
        "ammunition",
        "aircraft",
        "helicopters",
        "lithium",
        "rare-earths",
        "marble",
        "talc",
        "coal",
        "gems",
        "lapis",
        "lazuli",
        "pine",
        "nuts",
        "cumin",
        "fodder",
    ]
)
# Heads that name a measure or an amount, not a good.
_NOT_GOODS = frozenset(
    [
        "aid",
        "assistance",
        "trade",
        "turnover",
        "exports",
        "export",
        "imports",
        "import",
        "value",
        "volume",
        "amount",
        "total",
        "worth",
        "investment",
        "investments",
        "loan",
        "loans",
        "credit",
        "grant",
        "grants",
        "share",
        "sum",
        "revenue",
        "revenues",
        "budget",
        "package",
        "deal",
        "deals",
        "contract",
        "contracts",
        "cost",
        "costs",
        "goods",
        "products",
        "commodities",
        "cargo",
        "supplies",
        "deliveries",
        "shipments",
        "year",
        "years",
        "month",
        "months",
        "percent",
        "hundred",
        "thousand",
        "lakh",
        "lakhs",
        "million",
        "millions",
        "crore",
        "crores",
        "billion",
        "billions",
        "trillion",
    ]
)
_BEFORE_LINK_RE = re.compile(
    r"(?:worth|valued? at|value|totall?ing|amounting to|(?:exports?|imports?|shipments?|sales?|supplies|"
    r"deliveries|output|production|purchases?)\s+(?:of|worth|totall?ing|valued at|reached|amounted to|"
    r"stood at|were|was)(?:\s+(?:a|an|about|around|some|approximately|over|nearly|almost))?)\s*\(?\s*$",
    re.IGNORECASE,
)
_AFTER_OF_RE = re.compile(r"^\s*(?:worth\s+|in\s+value\s+)?of\s+", re.IGNORECASE)


def commodity_for(
    parsed: Any, text: str, q: Quantity, measure: str, phrase: tuple[int, int], s0: int, s1: int
) -> str | None:
    """The commodity named next to the figure, or for tonnage of a flow, in its sentence."""
    if measure in ("count", "length"):
        return None
    after = _AFTER_OF_RE.match(text[q.end : s1])
    if after:
        np = _noun_phrase_after(parsed, q.end + after.end(), s1)
        if np and (q.kind != "share" or np.split()[-1] in COMMODITIES):
            return np
    before = text[s0 : q.start]
    link = _BEFORE_LINK_RE.search(before)
    if link or before.rstrip().endswith("("):
        end = s0 + (link.start() if link else len(before.rstrip()) - 1)
        np = _noun_phrase_before(parsed, end, s0)
        if np:
            return np
    if q.kind in ("mass", "volume") and measure in ("exports", "imports", "trade_turnover", "other"):
        return _nearest_listed(text, s0, s1, q) or _before_listed(text, s0, q)
    if q.kind == "share" and after and PRODUCTION_RE.search(text[q.end : s1].lower()):
        return _nearest_listed(text, s0, s1, q)
    return None


def _before_listed(text: str, s0: int, q: Quantity) -> str | None:
    """ "It would carry 33 bcm": a volume's good named in the sentence before, same paragraph."""
    lo = max(text.rfind("\n\n", 0, s0), text.rfind(".", 0, max(0, s0 - 2)), 0)
    return _nearest_listed(text, lo, s0, q) if q.kind == "volume" else None


def _tokens(parsed: Any, start: int, end: int) -> list[Any]:
    span = parsed.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _noun_phrase_after(parsed: Any, start: int, s1: int) -> str | None:
    """Adjectives and nouns from `start` up to the head noun ("refined petroleum products")."""
    words: list[Any] = []
    for tok in _tokens(parsed, start, s1):
        if _modifier_or_noun(tok) or (tok.text == "-" and words):
            words.append(tok)
            continue
        if tok.pos_ == "DET" and not words:
            continue
        break
    while words and words[-1].pos_ != "NOUN":
        words.pop()
    return _good(words)


def _noun_phrase_before(parsed: Any, end: int, s0: int) -> str | None:
    """The noun phrase ending at `end` ("flour" in "mainly flour (")."""
    toks = _tokens(parsed, s0, end)
    words: list[Any] = []
    for tok in reversed(toks):
        if tok.idx + len(tok.text) > end:
            continue
        if _modifier_or_noun(tok) or (tok.text == "-" and words):
            words.insert(0, tok)
            if len(words) >= 4:
                break
            continue
        break
    while words and words[0].pos_ not in ("NOUN", "ADJ", "VERB"):
        words.pop(0)
    return _good(words)


def _modifier_or_noun(tok: Any) -> bool:
    """Nouns, adjectives and participles used as adjectives ("dried apricots", "refined oil")."""
    return tok.pos_ in ("ADJ", "NOUN", "PROPN") or tok.tag_ == "VBN"


def _good(words: list[Any]) -> str | None:
    if not words or words[-1].pos_ != "NOUN":
        return None
    head = words[-1].text.lower()
    if head in _NOT_GOODS or not head.isalpha():
        return None
    phrase = " ".join(w.text for w in words).replace(" - ", "-").lower()
    return phrase


def _nearest_listed(text: str, s0: int, s1: int, q: Quantity) -> str | None:
    best: tuple[int, str] | None = None
    for m in re.finditer(r"[a-z]+", text[s0:s1].lower()):
        if m.group() in COMMODITIES:
            a = s0 + m.start()
            dist = abs(a - q.start)
            if best is None or dist < best[0]:
                best = (dist, m.group())
    return best[1] if best else None
