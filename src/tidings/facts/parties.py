"""Who a figure is about: reporter and partner as actor codes.

Exports and aid run from the reporter (exporter, donor, investor, lender) to
the partner; imports are reported by the importer with the origin as partner;
turnover is between two parties in either order. Roles come from the words
around each mention ("to X", "from X", "X-origin", "X's exports"); missing
parties come from the states the text was just talking about ("between the
two countries").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tidings.records import Mention

_DEST_BEFORE_RE = re.compile(
    r"\b(?:(?<!according )to|into|for|towards|in|purchasers? of|buyers? of|recipients? of|suppl(?:y|ied|ies)|"
    r"provid(?:e|ed|es)|grant(?:s|ed)?|gave|gives|sent|offered|lent|loaned)\s+(?:the\s+)?$"
)
_ORIGIN_BEFORE_RE = re.compile(r"\b(?:from|by|of)\s+(?:the\s+)?$")
_ORIGIN_AFTER_RE = re.compile(r"^(?:-|\s)?(?:origin|made|produced|grown|sourced)\b")
_HOST_BEFORE_RE = re.compile(r"\b(?:in|inside|living in|to|into)\s+(?:the\s+)?$", re.IGNORECASE)
_VENUE_BEFORE_RE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$")
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|near|outside|inside|through|across|along|off)\s+(?:the\s+)?$")
_PLACE_LIST_BEFORE_RE = re.compile(
    r"\b(?:in|at|near|outside|inside|through|across|along|off)\s+(?:[A-Z][\w'’-]*\s){0,3}[A-Z][\w'’-]*,\s$"
)
_POSSESSIVE_RE = re.compile(r"^(?:'s|’s|')")
FLOW_OUT = ("exports", "aid", "investment", "loan")

# (text, start) -> actor code; resolves adjectives the mentions missed ("Kazakhstani").
Lookup = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class Party:
    code: str
    start: int
    end: int
    kind: str = "state"


def party_code(m: Mention) -> str | None:
    """The code a fact uses for an actor: its state for officials and governments."""
    a = m.actor
    if a.kind == "person":
        return a.country
    if a.kind in ("igo", "ngo") or a.country is None:
        return a.code
    return a.country


def parties_in(
    text: str, s0: int, s1: int, mentions: tuple[Mention, ...], lookup: Lookup | None
) -> list[Party]:
    """Parties mentioned in [s0, s1), in text order, with adjective fallbacks."""
    out = [
        Party(c, m.span[0], m.span[1], m.actor.kind)
        for m in mentions
        if s0 <= m.span[0] < s1 and (c := party_code(m)) and not _venue(text, m)
    ]
    if lookup is not None:
        seen = sorted(m.span for m in mentions if s0 <= m.span[0] < s1)
        starts = [x for x, _ in seen]
        longest = max((y - x for x, y in seen), default=0)
        for w in re.finditer(r"[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?", text[s0:s1]):
            a, b = s0 + w.start(), s0 + w.end()
            near = seen[bisect.bisect_left(starts, a - longest) : bisect.bisect_left(starts, b)]
            if any(x < b and a < y for x, y in near):  # inside a mention already read
                continue
            code = lookup(w.group())
            if code is None and "-" in w.group():
                continue
            if code:
                out.append(Party(code, a, b))
    return sorted(out, key=lambda p: p.start)


def venues_in(text: str, mentions: tuple[Mention, ...]) -> list[Party]:
    """Places named as where something happened ("in Mogadishu"), as their states."""
    return [
        Party(m.actor.country, m.span[0], m.span[1]) for m in mentions if m.actor.country and _venue(text, m)
    ]


def _venue(text: str, m: Mention) -> bool:
    """A place named as where something happened ("pledged in Brussels"), not as a party."""
    if m.actor.kind != "other":
        return False
    return bool(_VENUE_BEFORE_RE.search(text[max(0, m.span[0] - 12) : m.span[0]].lower()))


def assign_parties(
    text: str,
    measure: str,
    fig_start: int,
    in_sentence: list[Party],
    context: list[str],
    segment: tuple[int, int] | None = None,
    *,
    doer: str | None = None,
    receiver: str | None = None,
) -> tuple[str | None, str | None]:
    """(reporter, partner) for a figure: the clause's doer or receiver (see syntax.py) first,
    then the words since the previous figure (`segment`), then the whole sentence, then the
    parties the text was just talking about."""
    if segment is not None:
        own = [p for p in in_sentence if segment[0] <= p.start < segment[1]]
        reporter, partner = _roles(text, measure, fig_start, own)
        if reporter is None or partner is None:
            r2, p2 = _roles(text, measure, fig_start, in_sentence)
            reporter = reporter or (r2 if r2 != partner else None)
            partner = partner or (p2 if p2 != reporter else None)
    else:
        reporter, partner = _roles(text, measure, fig_start, in_sentence)
    reporter, partner = _clause_roles(measure, reporter, partner, doer, receiver)
    if measure in FLOW_OUT or measure in ("imports", "trade_turnover"):
        return _fill(reporter, partner, context)
    return reporter, partner


def count_parties(
    text: str,
    q_span: tuple[int, int],
    nationality: str | None,
    in_sentence: list[Party],
    *,
    subject: str | None = None,
    harmed: bool = False,
) -> tuple[str | None, str | None] | None:
    """People of one nationality. Hosted or living abroad ("1.7 million Afghans were in Pakistan",
    "Pakistan hosts 1.3 million Afghan refugees") -> (host, origin); harmed ("two Iranian guards
    were killed by Afghan forces") -> (their state, the other side). None without a nationality."""
    inside = [p.code for p in in_sentence if q_span[0] <= p.start < q_span[1]]
    nat = nationality or _first(inside)
    if nat is None:
        return None
    other = _first(p.code for p in in_sentence if p.code != nat and not q_span[0] <= p.start < q_span[1])
    if harmed:
        return nat, (subject if subject and subject != nat else other)
    host = _first(
        p.code
        for p in in_sentence
        if p.start >= q_span[1]
        and p.code != nat
        and _HOST_BEFORE_RE.search(text[max(0, p.start - 12) : p.start])
    )
    host = host or (subject if subject != nat else None)
    return (host, nat) if host else (nat, other)


def incident_place(text: str, in_sentence: list[Party]) -> str | None:
    """The state where the sentence's incident happened: "killed in Kalat", "a base in Lamu
    County, Kenya", "near the Chad border"; None when no place is named. `in_sentence` holds
    the sentence's parties and venues (`venues_in`)."""
    for p in sorted(in_sentence, key=lambda p: p.start):
        before = text[max(0, p.start - 40) : p.start]
        if p.kind in ("state", "other") and (
            _PLACE_BEFORE_RE.search(before[-12:].lower()) or _PLACE_LIST_BEFORE_RE.search(before)
        ):
            return p.code
    return None


def _clause_roles(
    measure: str, reporter: str | None, partner: str | None, doer: str | None, receiver: str | None
) -> tuple[str | None, str | None]:
    """The subject of the verb says who gives ("India sent") or who gets ("Iran received")."""
    if measure in FLOW_OUT:
        if doer and doer != receiver:
            was = reporter if reporter != doer else None
            reporter, partner = doer, (was if partner in (None, doer) else partner)
        if receiver:
            partner, reporter = receiver, (None if reporter == receiver else reporter)
    elif measure == "imports" and receiver:
        reporter, partner = receiver, (None if partner == receiver else partner)
    return reporter, partner


def _roles(
    text: str, measure: str, fig_start: int, in_sentence: list[Party]
) -> tuple[str | None, str | None]:
    order = list(dict.fromkeys(p.code for p in in_sentence))  # codes in sentence order
    origin = _nearest_codes(
        [p for p in in_sentence if _is_origin(text, p, possessive=measure != "imports")], fig_start
    )
    dest = _nearest_codes(
        [p for p in in_sentence if p.code not in origin and (_is_dest(text, p) or _possessive(text, p))],
        fig_start,
    )
    reporter: str | None
    partner: str | None
    if measure in FLOW_OUT:
        reporter = _first(origin) or _first(c for c in order if c not in dest)
        partner = _first(c for c in dest if c != reporter) or _first(c for c in order if c != reporter)
    elif measure == "imports":
        partner = _first(origin)
        reporter = _first(c for c in dest if c != partner) or _first(c for c in order if c != partner)
    else:
        reporter = order[0] if order else None
        partner = order[1] if len(order) > 1 else None
    return reporter, partner


def _nearest_codes(parties: list[Party], at: int) -> list[str]:
    """Distinct codes, the one mentioned nearest the figure first."""
    return list(dict.fromkeys(p.code for p in sorted(parties, key=lambda p: abs(p.start - at))))


def _first(codes: Iterable[str]) -> str | None:
    return next(iter(codes), None)


def _fill(reporter: str | None, partner: str | None, context: list[str]) -> tuple[str | None, str | None]:
    """Fill a missing side from the states the text was just talking about."""
    for code in context:
        if reporter is None and code != partner:
            reporter = code
        elif partner is None and code != reporter:
            partner = code
    return reporter, partner


def _is_origin(text: str, p: Party, *, possessive: bool) -> bool:
    before = text[max(0, p.start - 20) : p.start].lower()
    after = text[p.end : p.end + 12].lower()
    if _ORIGIN_AFTER_RE.match(after) or _ORIGIN_BEFORE_RE.search(before):
        return True
    return possessive and _possessive(text, p) and not _DEST_BEFORE_RE.search(before)


def _possessive(text: str, p: Party) -> bool:
    return bool(_POSSESSIVE_RE.match(text[p.end : p.end + 2]))


def _is_dest(text: str, p: Party) -> bool:
    return bool(_DEST_BEFORE_RE.search(text[max(0, p.start - 25) : p.start].lower()))
