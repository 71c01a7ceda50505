"""Quantities in text: money, mass, volume, length, shares and counts of people.

`find_quantities(text)` returns every figure with a unit, its value in base
units and its character span. A bare number ("2050", "(1)", "top 10",
"Read 2538 times") has no unit and is never a quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tidings.facts.numbers import DIGITS, NUMBER, parse_number

# Symbols and prefixes written before the number -> ISO 4217.
CURRENCY_PREFIX = {
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "CNY",
    "cny": "CNY",
    "rmb": "CNY",
    "jpy": "JPY",
    "₹": "INR",
    "inr": "INR",
    "rs": "INR",
    "rs.": "INR",
    "₽": "RUB",
    "rub": "RUB",
    "₸": "KZT",
    "kzt": "KZT",
    "chf": "CHF",
    "afn": "AFN",
    "pkr": "PKR",
    "uzs": "UZS",
    "kgs": "KGS",
    "tjs": "TJS",
    "tmt": "TMT",
    "try": "TRY",
    "irr": "IRR",
    "aed": "AED",
    "sar": "SAR",
}
# Currency words written after the number.
CURRENCY_WORDS = {
    "dollars": "USD",
    "us dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "rupees": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "tenge": "KZT",
    "afghanis": "AFN",
    "soums": "UZS",
    "sums": "UZS",
    "soms": "KGS",
    "somoni": "TJS",
    "manats": "TMT",
    "lira": "TRY",
    "liras": "TRY",
    "rials": "IRR",
    "dirhams": "AED",
    "riyals": "SAR",
    "swiss francs": "CHF",
}
# Measurement units -> (base unit, factor, kind).
MEASURE_UNITS: dict[str, tuple[str, float, str]] = {
    "metric tons": ("t", 1.0, "mass"),
    "metric tonnes": ("t", 1.0, "mass"),
    "tons": ("t", 1.0, "mass"),
    "tonnes": ("t", 1.0, "mass"),
    "ton": ("t", 1.0, "mass"),
    "tonne": ("t", 1.0, "mass"),
    "t": ("t", 1.0, "mass"),
    "kilograms": ("t", 1e-3, "mass"),
    "kg": ("t", 1e-3, "mass"),
    "bcm": ("m3", 1e9, "volume"),
    "cubic meters": ("m3", 1.0, "volume"),
    "cubic metres": ("m3", 1.0, "volume"),
    "m3": ("m3", 1.0, "volume"),
    "barrels": ("bbl", 1.0, "volume"),
    "kilometers": ("km", 1.0, "length"),
    "kilometres": ("km", 1.0, "length"),
    "km": ("km", 1.0, "length"),
    "miles": ("km", 1.609344, "length"),
    "mile": ("km", 1.609344, "length"),
    "percent": ("%", 1.0, "share"),
    "per cent": ("%", 1.0, "share"),
    "pct": ("%", 1.0, "share"),
    "p.c.": ("%", 1.0, "share"),
    "p.c": ("%", 1.0, "share"),
    "%": ("%", 1.0, "share"),
    "doses": ("doses", 1.0, "doses"),
    "megawatts": ("MW", 1.0, "energy"),
    "mw": ("MW", 1.0, "energy"),
    "gigawatts": ("MW", 1e3, "energy"),
    "gw": ("MW", 1e3, "energy"),
    "kwh": ("kWh", 1.0, "energy"),
    "gwh": ("kWh", 1e6, "energy"),
    "billion kwh": ("kWh", 1e9, "energy"),
}
PEOPLE_NOUNS = (
    "people|persons|individuals|refugees|migrants|asylum[- ]seekers|troops|soldiers|servicemen|"
    "peacekeepers|officers|personnel|staff|employees|workers|diplomats|civilians|students|"
    "fighters|militants|insurgents|combatants|members|citizens|nationals|residents|families|"
    "children|women|men|casualties|victims|deaths|dead|displaced|returnees|detainees|prisoners|"
    "guards|police|policemen|police officers|passengers|pilgrims|hostages|journalists|protesters|"
    "demonstrators|tourists|sailors|crew members|miners|doctors|nurses|teachers|labou?rers|farmers|"
    "settlers|inhabitants|villagers|deportees|evacuees|immigrants|emigrants|expatriates|voters|"
    "households|patients|survivors|recruits|volunteers|mercenaries|gunmen|attackers|militiamen|"
    "rebels|jihadists|terrorists|others|lives|of those|of them"
)

_CODES = "USD|EUR|GBP|CNY|RMB|JPY|INR|RUB|KZT|CHF|AFN|PKR|UZS|KGS|TJS|TMT|TRY|IRR|AED|SAR"
_CUR_PREFIX = rf"US\$|\$|€|£|¥|₹|₽|₸|(?:{_CODES})\s?|Rs\.?\s?"
_CUR_WORDS = "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True))
_UNIT_WORDS = "|".join(sorted((re.escape(u) for u in MEASURE_UNITS), key=len, reverse=True))

_MONEY = rf"(?P<cur>{_CUR_PREFIX})\s?(?P<num>{NUMBER})(?:\s(?P<code>USD|EUR|dollars)\b)?"
_MONEY_WORDS = (
    rf"(?P<num2>{NUMBER})\s(?:(?:US|American|Kazakh|Russian|Chinese|Indian)\s)?(?P<curw>{_CUR_WORDS})\b"
)
_MEASURE = rf"(?P<num3>{NUMBER})(?:\s?-?\s?)(?P<unit>{_UNIT_WORDS})(?![a-z])"
_COUNT = (
    rf"(?P<num4>{NUMBER})\s(?P<mods>(?:(?!(?:and|or|to)\s)[A-Za-z][\w'’-]*\s){{0,2}}?)"
    rf"(?P<noun>{PEOPLE_NOUNS}|(?:injured|wounded)(?!\s(?:[\w'’-]+\s)?(?:{PEOPLE_NOUNS})\b))\b"
)
# "one soldier was killed": a single person, counted where harm is told (figures.py decides)
ONE_NOUNS = (
    "person|soldier|serviceman|peacekeeper|officer|policeman|civilian|child|woman|man|fighter|militant|"
    "insurgent|worker|journalist|student|guard|passenger|pilgrim|hostage|protester|demonstrator|tourist|"
    "sailor|miner|doctor|nurse|teacher|farmer|villager|resident|citizen|national|prisoner|detainee|"
    "diplomat|employee|volunteer|rebel|attacker|gunman|driver|pilot|medic"
)
_ONE_RE = re.compile(rf"\b(?P<num>one)\s(?:[a-z][\w'’-]*\s)?(?P<noun>{ONE_NOUNS})\b", re.IGNORECASE)
QUANTITY_RE = re.compile(rf"{_MONEY}|{_MONEY_WORDS}|{_MEASURE}|{_COUNT}", re.IGNORECASE)
# "1.7 million Afghans": a number and a capitalised plural, a count when the word is a nationality.
# Not "250 Chinese vessels": the nationality word must head its phrase, not qualify a plural noun.
_NATIONALS_RE = re.compile(
    rf"(?i:(?P<num>{NUMBER}))\s(?P<noun>[A-Z][a-z]+(?:s|ese|ch|sh))\b(?!\s(?!was\b|is\b|has\b)[a-z]+s\b)"
)
# "the death toll rose to at least 40", "bringing the toll to 12": a count of the dead with no noun.
_TOLL_RE = re.compile(
    rf"\b(?:death|casualty|civilian|the) tolls?\b[^.;:\d]{{0,40}}?\b(?:to|at|of|reached|hit|is|was|passed|"
    rf"topped|exceeded)\s+(?:at least |more than |over |about |nearly |some |around |almost )?"
    rf"(?P<num>{NUMBER})(?![\w%])",
    re.IGNORECASE,
)
# "killed 12 and wounded 40 in Kabul": a count whose noun the harm verb before it made needless.
_HARMED_RE = re.compile(
    rf"\b(?:killed|killing|wounded|wounding|injured|injuring|arrested|detained|abducted|kidnapped)\s+"
    rf"(?:at least |more than |over |about |nearly |some |around |almost )?(?P<num>{NUMBER})(?![,.]?\d)"
    rf"(?=\s*(?:[.,;\"”’']|$|(?:and|in|on|at|near|during|across|when|while|after|before)\b))",
    re.IGNORECASE,
)
# "between $10 and $12 million", "$10-12 million", "10 to 12 million tons": a lower bound before.
_RANGE_LEFT_RE = re.compile(
    rf"(?:between\s)?(?:{_CUR_PREFIX})?\s?(?P<low>{DIGITS})(?:\s?(?P<lowscale>million|billion|thousand))?"
    rf"\s?(?P<sep>and|to|-|–|—)\s?$",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"^(1[89]|20)\d\d$")
_SCALED_UPPER_RE = re.compile(
    rf"\s?(?:-|–|—)\s?(?P<hi>(?:{DIGITS})\s?(?:million|billion|trillion|thousand|bn|mn|m|b)\b)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure: value in base units, unit, currency and where it is."""

    start: int
    end: int
    value: float
    unit: str
    kind: str  # money, mass, volume, length, share, energy, count
    currency: str | None = None
    noun: str | None = None  # for counts: the people noun
    low: float | None = None  # the lower bound of a written range, whose upper bound is `value`


def find_quantities(text: str) -> list[Quantity]:
    """Every figure with a unit in `text`, left to right."""
    found: list[Quantity] = []
    for m in QUANTITY_RE.finditer(text):
        q = _quantity(m)
        if q is not None:
            found.append(_with_range(text, q))
    for m in _NATIONALS_RE.finditer(text):
        if any(o.start < m.end() and m.start() < o.end for o in found) or _YEAR_RE.match(m.group("num")):
            continue
        q = _make(m, m.group("num"), "count", None, unit="people", noun=m.group("noun"))
        if q is not None:
            found.append(_with_range(text, q))
    for m in (*_TOLL_RE.finditer(text), *_HARMED_RE.finditer(text), *_ONE_RE.finditer(text)):
        value = parse_number(m.group("num"))
        a, b = m.start("num"), m.end("noun") if m.re is _ONE_RE else m.end("num")
        if value and not _YEAR_RE.match(m.group("num")) and not any(o.start < b and a < o.end for o in found):
            noun = {_TOLL_RE: "deaths", _ONE_RE: m.groupdict().get("noun")}.get(m.re, "people")
            found.append(Quantity(a, b, value, "people", "count", noun=noun))
    found.sort(key=lambda q: q.start)
    kept = [q for q in found if not any(o is not q and o.start <= q.start and q.end <= o.end for o in found)]
    kept = [_money_range(text, q) for q in kept]
    nexts: list[Quantity | None] = [*kept[1:], None]
    return [_borrow_scale(text, q, nxt) for q, nxt in zip(kept, nexts[: len(kept)], strict=True)]


def _borrow_scale(text: str, q: Quantity, nxt: Quantity | None) -> Quantity:
    """ "from $10 to $12 million": the first figure takes the scale of the second."""
    if nxt is None or nxt.kind != q.kind or not re.fullmatch(r"\s*(?:to|-|–|—)\s*", text[q.end : nxt.start]):
        return q
    if re.search(r"\d\s?[a-z]", text[q.start : q.end], re.IGNORECASE):
        return q  # it has a scale of its own
    digits = re.search(DIGITS, text[nxt.start : nxt.end])
    base = float(digits.group().replace(",", "")) if digits else 0.0
    if not base or nxt.value / base < 1000:
        return q
    return Quantity(
        start=q.start,
        end=q.end,
        value=q.value * nxt.value / base,
        unit=q.unit,
        kind=q.kind,
        currency=q.currency,
        noun=q.noun,
    )


def _quantity(m: re.Match[str]) -> Quantity | None:
    g = m.groupdict()
    if g["num"] is not None:
        cur = g["cur"].strip().lower()
        return _make(m, g["num"], "money", CURRENCY_PREFIX.get(cur, "USD"))
    if g["num2"] is not None:
        return _make(m, g["num2"], "money", CURRENCY_WORDS[g["curw"].lower()])
    if g["num3"] is not None:
        unit, factor, kind = MEASURE_UNITS[g["unit"].lower()]
        if g["unit"] == "t" and not re.search(r"\d", g["num3"]):
            return None
        q = _make(m, g["num3"], kind, None, unit=unit, factor=factor)
        return q
    noun = g["noun"].lower()
    if _YEAR_RE.match(g["num4"].strip()) or re.search(r"\b(?:aged|age)\b", g["mods"] or ""):
        return None
    return _make(m, g["num4"], "count", None, unit="people", noun=noun)


def _make(
    m: re.Match[str],
    num: str,
    kind: str,
    currency: str | None,
    *,
    unit: str | None = None,
    factor: float = 1.0,
    noun: str | None = None,
) -> Quantity | None:
    value = parse_number(num)
    if value is None or value == 0:
        return None
    if kind != "money" and kind != "share" and re.fullmatch(r"(?:a|an|one)", num.strip(), re.IGNORECASE):
        return None  # "one person", "a km": not a figure anyone tabulates (`_ONE_RE` has the exceptions)
    return Quantity(
        start=m.start(),
        end=m.end(),
        value=float(f"{value * factor:.12g}"),
        unit=unit or currency or "",
        kind=kind,
        currency=currency,
        noun=noun,
    )


def _with_range(text: str, q: Quantity) -> Quantity:
    """Extend a figure to the lower bound of a range written before it."""
    left = text[max(0, q.start - 40) : q.start]
    m = _RANGE_LEFT_RE.search(left)
    if m is None:
        return q
    before = left[: m.start()].rstrip().lower()
    if m.group("sep").lower() == "to" and before.endswith("from"):
        return q  # "from 10 to 12": a change, the figure is the later value
    if m.group("sep").lower() == "and" and not m.group(0).lower().startswith("between"):
        return q  # "10 and 12 million": two figures, not a range
    low = float(m.group("low").replace(",", ""))
    scale = m.group("lowscale")
    if scale:
        low *= {"thousand": 1e3, "million": 1e6, "billion": 1e9}[scale.lower()]
    else:
        high_digits = re.match(rf"[^\d]*({DIGITS})", text[q.start : q.end])
        high_num = float(high_digits.group(1).replace(",", "")) if high_digits else 0.0
        if high_num:
            low *= q.value / high_num
    if not 0 < low <= q.value:
        return q
    return replace(q, start=q.start - (len(left) - m.start()), low=low)


def _money_range(text: str, q: Quantity) -> Quantity:
    """ "$3-5 billion": a sum whose scale and upper bound follow it."""
    m = _SCALED_UPPER_RE.match(text, q.end)
    if q.kind != "money" or m is None or re.search(r"\d\s?[a-z]", text[q.start : q.end], re.IGNORECASE):
        return q
    upper = parse_number(m.group("hi"))
    digits = re.match(DIGITS, m.group("hi"))
    if upper is None or digits is None or not float(digits.group().replace(",", "")):
        return q
    low = q.value * upper / float(digits.group().replace(",", ""))
    return replace(q, end=m.end(), value=upper, low=low) if low <= upper else q
