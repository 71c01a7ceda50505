"""What a figure in a sentence measures: its phrase, measure, commodity and qualifier.

A figure's *phrase* is the stretch of its clause between the nearest
boundaries (punctuation, "and", another figure). A cue inside the phrase
("10,000 tons of humanitarian aid") beats one elsewhere in the sentence; a
cue inside another figure's phrase belongs to that figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tidings.facts import cues
from tidings.facts.commodities import commodity_for
from tidings.facts.quantities import Quantity

_BOUNDARY_RE = re.compile(r"[,;:()\[\]—–]|\s(?:and|but|while|whereas|or)\s")
_OWNED_RE = re.compile(r"\s+(?:worth\s+)?(?:of|in)\s+(?:[\w-]+\s+){0,2}[\w-]+")
_RESTATED_GAP_RE = re.compile(r"\s*\(\s*(?:or\s+|about\s+|around\s+|roughly\s+|i\.e\.\s+|some\s+)?")
SUBCOUNT_GAP = 40  # "25 deaths as a result of the mutiny, including": how far the breakdown may start
_KIND_MEASURE = {"share": "share", "count": "count", "length": "length"}


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity read in its sentence (offsets are into the document text)."""

    q: Quantity
    measure: str
    cue: str | None  # the words that gave the measure, or what a share/length is of
    commodity: str | None
    qualifier: str | None
    approx: bool
    rate: bool  # "a year", "annually": a per-year rate
    keep: bool  # an analyst would tabulate it (see `_keep`)
    phrase: tuple[int, int]  # the figure's phrase (see `_phrase`)
    sent_start: int
    sent_end: int


def read_figures(parsed: Any, text: str, sent: Any, quantities: list[Quantity]) -> list[Figure]:
    """Read each quantity (offsets into `text`) found in the spaCy sentence `sent`."""
    s0, s1 = sent.start_char, sent.end_char
    phrases = [_phrase(text, s0, s1, q, quantities) for q in quantities]
    figures: list[Figure] = []
    for i, q in enumerate(quantities):
        left = text[phrases[i][0] : q.start].lower()
        right = text[q.end : phrases[i][1]].lower()
        others = [
            _claimed(text, o, s1)
            for j, o in enumerate(quantities)
            if j != i and o.kind not in ("share", "count")
        ]
        measure, cue = _measure(text, s0, s1, q, phrases[i], others)
        if i and figures and _changed_to(text, quantities[i - 1], q):
            measure, cue = figures[-1].measure, figures[-1].cue  # "from $5 to $12": one measure
        if measure == "transfer":
            measure = transfer_measure(text, s0, s1)
        if (
            measure == "other"
            and q.kind in ("money", "mass", "doses")
            and cues.PLEDGE_RE.search(text[s0 : q.start].lower())
        ):
            measure = "investment" if cues.BUILT_RE.search(text[q.end : phrases[i][1]].lower()) else "aid"
        before = text[max(s0, q.start - 40) : q.start].lower()
        qualifier = next((name for name, rx in cues.QUALIFIERS if rx.search(before)), None)
        qualifier = qualifier or _modal_qualifier(text[s0 : q.start].lower())
        rate = bool(cues.RATE_RE.search(text[q.end : s1].lower()))
        approx = bool(cues.APPROX_RE.search(before)) or q.low is not None
        if q.low is not None:
            qualifier = "up_to"  # a range is told by its upper bound (guidelines)
        commodity = commodity_for(parsed, text, q, measure, phrases[i], s0, s1)
        if cue and commodity and commodity.split()[-1] == "water" and cues.TRANSFER_RE.search(cue):
            measure = "other"  # water a river treaty allots is not traded or given
        figures.append(
            Figure(
                q=q,
                measure=measure,
                cue=cue,
                commodity=commodity,
                qualifier=qualifier,
                approx=approx,
                rate=rate,
                keep=_keep(text, s0, s1, q, measure, cue, commodity, left, right, rate=rate)
                and not _restated(text, q, quantities[i - 1] if i else None)
                and not _breakdown(text, q, quantities[:i]),
                phrase=phrases[i],
                sent_start=s0,
                sent_end=s1,
            )
        )
    return figures


def transfer_measure(text: str, s0: int, s1: int) -> str:
    """Goods sent or delivered: exports when the sentence speaks of sales, aid when the document
    speaks of aid, else exports."""
    if cues.COMMERCE_RE.search(text[s0:s1].lower()):
        return "exports"
    return "aid" if cues.AID_RE.search(text.lower()) else "exports"


def _restated(text: str, q: Quantity, prev: Quantity | None) -> bool:
    """ "Rs 200 crore (Rs 2bn)", "$24m (€22m)", "1,000 km (620 miles)": the same figure again."""
    if prev is None or not _RESTATED_GAP_RE.fullmatch(text[prev.end : q.start]):
        return False
    if prev.kind == q.kind == "money":
        return True
    return prev.unit == q.unit and abs(prev.value - q.value) <= 0.02 * max(prev.value, q.value)


def _changed_to(text: str, prev: Quantity, q: Quantity) -> bool:
    """ "rose from $5 to $12", "$3-5 billion": the second figure of a change or a range."""
    return prev.kind == q.kind and re.fullmatch(r"\s*(?:to|-|–|—)\s*", text[prev.end : q.start]) is not None


def _breakdown(text: str, q: Quantity, before: list[Quantity]) -> bool:
    """ "104 passengers, including 58 men, 31 women and 15 children": parts of a count just given."""
    counts = [o for o in before if o.kind == "count"]
    if q.kind != "count" or not counts:
        return False
    m = cues.SUBCOUNT_RE.search(text[counts[-1].end : q.start].lower())
    if m is not None and m.start() < SUBCOUNT_GAP:
        return True
    listed = re.fullmatch(r",?\s*(?:and\s+)?", text[counts[-1].end : q.start])  # the next part of the list
    return listed is not None and _breakdown(text, counts[-1], before[: before.index(counts[-1])])


def _modal_qualifier(clause_before: str) -> str | None:
    """ "aims to raise trade to $1bn": a target; "would carry 33 bcm", "pledged $5m": planned."""
    if cues.TARGET_RE.search(clause_before):
        return "target"
    if cues.PLANNED_RE.search(clause_before):
        return "planned"
    return None


def _phrase(text: str, s0: int, s1: int, q: Quantity, all_q: list[Quantity]) -> tuple[int, int]:
    """The figure's phrase: from the boundary before it to the boundary after it."""
    lo, hi = s0, s1
    for m in _BOUNDARY_RE.finditer(text, s0, s1):
        if m.end() <= q.start and not (m.group().strip() == "(" and m.end() == q.start):
            lo = max(lo, m.end())
        elif m.start() >= q.end:
            hi = min(hi, m.start())
            break
    for o in all_q:
        if o.end <= q.start:
            lo = max(lo, o.end)
        elif o.start >= q.end:
            hi = min(hi, o.start)
    return lo, hi


def _claimed(text: str, q: Quantity, s1: int) -> tuple[int, int]:
    """The words a figure owns after it: "10,000 tons of humanitarian aid", "$5m in loans"."""
    m = _OWNED_RE.match(text, q.end, s1)
    return (q.end, m.end()) if m else (q.end, q.end)


def _measure(
    text: str, s0: int, s1: int, q: Quantity, phrase: tuple[int, int], others: list[tuple[int, int]]
) -> tuple[str, str | None]:
    """The measure and the cue words: phrase cue first, then the nearest free cue in the sentence."""
    found: list[tuple[float, str, str]] = []
    low = text[s0:s1].lower()
    own = _claimed(text, q, s1)
    for measure, rx in cues.MEASURE_CUES:
        for m in rx.finditer(low):
            a, b = s0 + m.start(), s0 + m.end()
            if own[0] <= a and b <= own[1]:
                dist = -1.0  # "10,000 tons of humanitarian aid": the figure's own words
            elif phrase[0] <= a and b <= phrase[1]:
                dist = 0.0 if b <= q.start else (a - q.end) / 1000
                if measure == "other" and b <= q.start:
                    dist = -0.5  # "the cost of imported flour rose to $12": a price, whatever it is of
            elif any(p[0] <= a and b <= p[1] for p in others):
                continue
            else:
                dist = (q.start - b) if b <= q.start else (a - q.end) * 1.5
            found.append((dist, measure, m.group()))
    cue_measure, cue = (min(found)[1], min(found)[2]) if found else ("other", None)
    if q.kind in _KIND_MEASURE:
        return _KIND_MEASURE[q.kind], cue
    return cue_measure, cue


def _keep(
    text: str,
    s0: int,
    s1: int,
    q: Quantity,
    measure: str,
    cue: str | None,
    commodity: str | None,
    left: str,
    right: str,
    *,
    rate: bool = False,
) -> bool:
    """Whether an analyst would put the figure in a table (a claim, of a known kind)."""
    clause_before = text[s0 : q.start].lower()
    if cues.HABITUAL_RE.search(clause_before) or cues.NON_CLAIM_RE.search(clause_before):
        return False
    if q.kind in ("share", "count") and cues.NOT_YET_AFTER_RE.search(right):
        return False  # "these five people might be deported", "65% of voters must reject it"
    if q.kind == "share":
        before = text[max(s0, q.start - 60) : q.start].lower()
        if cues.RELATION_BEFORE_RE.search(before) or cues.RELATION_AFTER_RE.search(text[q.end : s1].lower()):
            return False
        of_what = re.match(r"\s*of\s+(.{0,60})", text[q.end : s1].lower())
        if of_what is None:
            return False
        whole = of_what.group(1)
        return (
            commodity is not None
            or cues.SHARE_OF_RE.search(whole) is not None
            or any(rx.search(whole) for _, rx in cues.MEASURE_CUES)
        )
    if q.kind == "count":
        noun = q.noun or ""
        sentence = text[s0:s1].lower()
        harmed = cues.HARM_RE.search(sentence) is not None
        if noun in cues.TROOP_NOUNS and not (harmed or cues.DEPLOYED_RE.search(sentence)):
            return False  # "two soldiers stand accused": defendants, not a force
        if (noun in cues.COUNTED_GROUPS and q.value > 1) or noun[:1].isupper():  # nationals: see extract.py
            return True
        return harmed
    if q.kind == "length":
        near_left = left[-30:].split("(")[-1]
        return bool(cues.LENGTH_OBJECTS.search(near_left) or cues.LENGTH_OBJECTS.search(right[:30]))
    if measure == "other":
        # a physical amount per year ("33 bcm a year", "820 million m3 annually"): a capacity or quota
        return rate and q.kind in ("mass", "volume", "energy")
    return True
