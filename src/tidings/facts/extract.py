"""The facts stage: figures in sentences -> `Fact` records with parties and periods."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from datetime import date
from typing import Any

from tidings.facts.casualties import casualty_of
from tidings.facts.cues import HARM_RE, PLANNED_RE, PLEDGE_RE, TRANSFER_RE
from tidings.facts.currency import to_usd
from tidings.facts.figures import Figure, read_figures
from tidings.facts.parties import (
    Lookup,
    Party,
    assign_parties,
    count_parties,
    incident_place,
    parties_in,
    venues_in,
)
from tidings.facts.periods import event_time, fiscal_period, inherited_time, time_for_figure, usable_times
from tidings.facts.quantities import find_quantities
from tidings.facts.syntax import clause_of
from tidings.records import Document, Fact, Mention, TimeExpr

EXTRACTOR = "facts.rules.v1"
CONTEXT_SENTENCES = 3  # how far back "the two countries" may reach
FLOWS = ("trade_turnover", "exports", "imports", "aid", "investment", "loan")
CUSTODY = frozenset({"arrested", "detained", "deported", "rescued"})


def extract_facts(
    parsed: Any,
    doc: Document | None,
    mentions: tuple[Mention, ...],
    times: tuple[TimeExpr, ...],
    *,
    lookup: Lookup | None = None,
    keep_all: bool = False,
) -> tuple[Fact, ...]:
    """Numeric facts of one document (spans into `doc.text`).

    `lookup` resolves names and adjectives the mentions missed; `keep_all`
    also returns figures the default policy leaves out (counts of staff,
    lengths of unnamed things, relative percentages).
    """
    if doc is None or parsed is None:
        return ()
    text = doc.text
    sents = list(parsed.sents)
    starts = [s.start_char for s in sents]
    good_times = usable_times(text, times)
    parties = parties_in(text, 0, len(text), mentions, lookup)
    venues = venues_in(text, mentions)
    lead = list(
        dict.fromkeys(p.code for p in parties if p.kind == "state")
    )  # the state a story opens on first
    facts: list[Fact] = []
    for sent in sents:
        quantities = [
            q
            for q in find_quantities_in(text, sent.start_char, sent.end_char)
            if _nationality(q, lookup) or not (q.noun or "")[:1].isupper()
        ]
        if not quantities:
            continue
        figures = read_figures(parsed, text, sent, quantities)
        in_sentence = [p for p in parties if sent.start_char <= p.start < sent.end_char]
        places = [p for p in venues if sent.start_char <= p.start < sent.end_char]
        recent, ranked = _context_codes(text, parties, starts, sent.start_char)
        fallback = inherited_time(text, good_times, starts, sent.start_char)
        fig_sentence = text[sent.start_char : sent.end_char].lower()
        for fig in figures:
            if not (fig.keep or keep_all):
                continue
            spans = [(o.q.start, o.q.end) for o in figures if o is not fig]
            own = time_for_figure(
                text, good_times, sent.start_char, sent.end_char, (fig.q.start, fig.q.end), spans
            )
            harmed = fig.measure == "count" and HARM_RE.search(fig_sentence) is not None
            own = own or event_time(text, good_times, starts, sent.start_char, sent.end_char, told=harmed)
            if fig.rate and own is not None and own.precision != "year":
                own = None  # a yearly rate is dated by a year, not by the day someone said it
            # only flows inherit the period their paragraph is talking about
            t = own if own or fig.rate or fig.measure not in FLOWS else fallback
            if t is None and fig.rate:
                t = _document_year(doc)  # "X a year", said in an undated sentence: the year of writing
            if t is None and fig.q.kind == "money" and fig.measure in FLOWS:
                t = _announced_today(doc, text[sent.start_char : fig.q.start])
            if (
                t is None
                and fig.q.kind == "money"
                and PLANNED_RE.search(fig_sentence[: fig.q.start - sent.start_char])
            ):
                # "On 5 January it signed a contract. It said it would invest $150m": promised that day
                t = event_time(text, good_times, starts, sent.start_char, sent.end_char, told=True)
            if fig.measure == "count":
                t = _incident_period(doc, t)
            # turnover always has two sides: the story's dyad completes it; flows only from the paragraph;
            # a share without a party of its own is the state the sentence or the story is about
            context = recent + ranked if fig.measure == "trade_turnover" else recent
            if fig.measure == "count":
                context = recent + lead
            if fig.measure == "share":
                near = [p.code for p in in_sentence if p.start < fig.q.start and p.kind != "other"][::-1]
                context = near + recent + lead
            prev_end = max((o.q.end for o in figures if o.q.end <= fig.q.start), default=sent.start_char)
            segment = (prev_end, max(fig.phrase[1], fig.q.end))
            facts.append(_fact(parsed, doc, text, fig, t, in_sentence, context, segment, lookup, places))
    return tuple(_first_tellings(facts))


def _first_tellings(facts: list[Fact]) -> list[Fact]:
    """Each figure once: a figure told again later (a quote repeating the lead, a heading) with
    the same measure, value, reporter, commodity and period is dropped; people counts must also
    agree on what befell them, or on whom, when both say ("five passengers" and "five guards"
    killed are two counts)."""
    kept: list[Fact] = []
    for f in facts:
        if not any(_same_figure(k, f) for k in kept):
            kept.append(f)
    return kept


def _same_figure(a: Fact, b: Fact) -> bool:
    def key(f: Fact) -> tuple[Any, ...]:
        return (f.measure, f.value, f.unit, f.reporter, f.commodity, f.period_start, f.period_end)

    if key(a) != key(b):
        return False
    if a.casualty is None or b.casualty is None:
        return True
    return a.casualty == b.casualty and a.text.split()[-1].lower() == b.text.split()[-1].lower()


def _harmed_reporter(
    text: str,
    q: Any,
    in_sentence: list[Party],
    context: list[str],
    reporter: str | None,
    counted: tuple[str | None, str | None] | None,
) -> str | None:
    """The dead, wounded or held are reported by the state where it happened: the place the
    sentence names; else, when the victims have no nationality or the sentence names no one else
    ("Three Americans were killed."), the state the story was just talking about."""
    place = incident_place(text, in_sentence)
    if place:
        return place
    others = [p for p in in_sentence if not q.start <= p.start < q.end]
    if (counted is None or not others) and context:
        return context[0]
    return reporter


def _nationality(q: Any, lookup: Lookup | None) -> str | None:
    """The state of a count of nationals ("1.7 million Afghans"), when the noun is a nationality."""
    noun = q.noun or ""
    if q.kind != "count" or not noun[:1].isupper() or lookup is None:
        return None
    return lookup(noun)


def _announced_today(doc: Document, before: str) -> TimeExpr | None:
    """ "Von der Leyen announced a €12bn package", undated in a dated news story: the day of the story."""
    return _story_day(doc) if PLEDGE_RE.search(before.lower()) else None


def _story_day(doc: Document) -> TimeExpr | None:
    """The day the story was published, as a one-day period."""
    day = doc.meta.published
    if day is None:
        return None
    return TimeExpr(span=(0, 0), text="", value=day.isoformat(), precision="day", start=day, end=day)


def _incident_period(doc: Document, t: TimeExpr | None) -> TimeExpr | None:
    """A count is of its incident: "since February 1" and "this year" run to the day of the story,
    and an undated count ("at least 12 people were killed") is of the days the story reports."""
    day = doc.meta.published
    if day is None or t is None:
        return t or _story_day(doc)
    if t.start is not None and t.start <= day and (t.text.lower().startswith("since") or t.end > day):
        return replace(t, end=day)  # "since February 1", "this year": up to the day of the story
    return t


def _document_year(doc: Document) -> TimeExpr | None:
    """The year the document speaks from, as a one-year period."""
    y = doc.meta.published.year if doc.meta.published else doc.inferred_year
    if y is None:
        return None
    return TimeExpr(
        span=(0, 0), text="annually", value=str(y), precision="year", start=date(y, 1, 1), end=date(y, 12, 31)
    )


def find_quantities_in(text: str, s0: int, s1: int) -> list[Any]:
    """Quantities of one sentence with offsets into the whole text."""
    return [replace(q, start=q.start + s0, end=q.end + s0) for q in find_quantities(text[s0:s1])]


def _context_codes(
    text: str, parties: list[Party], starts: list[int], s0: int
) -> tuple[list[str], list[str]]:
    """Codes of the parties of the last few sentences of the paragraph, most recent first;
    and the document's codes by frequency (the dyad a story is about)."""
    earlier = [s for s in starts if s < s0][-CONTEXT_SENTENCES:]
    para = text.rfind("\n\n", 0, s0)
    lo = max(earlier[0] if earlier else s0, para + 2 if para >= 0 else 0)
    recent: list[str] = []
    for p in reversed([p for p in parties if lo <= p.start < s0]):
        if p.code not in recent:
            recent.append(p.code)
    ranked = [c for c, _ in Counter(p.code for p in parties).most_common() if c not in recent]
    return recent, ranked


def clause_parties(parsed: Any, start: int, end: int, parties: list[Party]) -> tuple[str | None, str | None]:
    """Codes of the doer and the receiver of the verb governing the figure (syntax.py)."""
    clause = clause_of(parsed, start, end)
    if clause is None:
        return None, None

    def code_in(span: tuple[int, int] | None) -> str | None:
        if span is None:
            return None
        return next((p.code for p in parties if span[0] <= p.start < span[1]), None)

    return code_in(clause.doer), code_in(clause.receiver)


def _fact(
    parsed: Any,
    doc: Document,
    text: str,
    fig: Figure,
    t: TimeExpr | None,
    in_sentence: list[Party],
    context: list[str],
    segment: tuple[int, int],
    lookup: Lookup | None = None,
    places: list[Party] | None = None,
) -> Fact:
    q = fig.q
    if fig.measure == "share":
        # a share is of what its own phrase names ("25% of Afghan heroin")
        lo, hi = fig.phrase
        in_sentence = [p for p in in_sentence if lo <= p.start < max(hi, q.end + 60)]
    doer, receiver = clause_parties(parsed, q.start, q.end, in_sentence)
    harmed = HARM_RE.search(text[fig.sent_start : fig.sent_end].lower()) is not None
    counted = count_parties(
        text, (q.start, q.end), _nationality(q, lookup), in_sentence, subject=doer or receiver, harmed=harmed
    )
    moved = fig.measure == "other" and fig.cue is not None and TRANSFER_RE.search(fig.cue) is not None
    reporter, partner = assign_parties(
        text,
        "exports" if moved else fig.measure,
        q.start,
        in_sentence,
        context,
        segment,
        doer=doer,
        receiver=receiver,
    )
    if fig.measure == "count" and counted is not None:
        reporter, partner = counted
    casualty = casualty_of(text, fig.sent_start, fig.sent_end, q)
    if fig.measure == "count" and harmed:
        reporter = _harmed_reporter(text, q, in_sentence + (places or []), context, reporter, counted)
        if casualty in CUSTODY and doer and not incident_place(text, places or []):
            reporter = doer  # "Kazakhstan deported 300 Afghans": held or sent away where the state acts
        if partner == reporter:  # the victims' own state, when they were harmed elsewhere
            partner = counted[0] if counted and counted[0] != reporter else None
    kinds = {p.code: p.kind for p in in_sentence}
    if fig.measure == "loan" and kinds.get(partner or "") == "igo" and kinds.get(reporter or "") != "igo":
        reporter, partner = partner, reporter  # "Pakistan is negotiating a loan with the IMF": the IMF lends
    if fig.measure == "share" and reporter is None:
        reporter = next(iter(context), None)  # "71 per cent of those who voted": the country in question
    if t is not None:
        t = fiscal_period(text, t, reporter if q.currency != "INR" else "IND")
    measure = fig.measure
    if measure == "exports" and any(p.code == reporter and p.kind in ("igo", "ngo") for p in in_sentence):
        measure = "aid"  # what an international organisation delivers is aid, not an export
    year = (
        t.start.year
        if t
        else (doc.inferred_year or (doc.meta.published.year if doc.meta.published else None))
    )
    key = f"{doc.doc_id}|{q.start}|{q.end}|{fig.measure}|{q.value}"
    usd = to_usd(q.value, q.currency, year) if q.currency else None
    converted = usd is not None and q.currency != "USD"  # money is told in US dollars (guidelines)
    return Fact(
        fact_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        doc_id=doc.doc_id,
        measure=measure,
        reporter=reporter,
        partner=partner,
        commodity=fig.commodity,
        value=usd if converted and usd is not None else q.value,
        unit="USD" if converted else q.unit,
        currency=q.currency,
        value_usd=usd,
        value_local=q.value if converted else None,
        approx=fig.approx,
        qualifier=fig.qualifier,
        period_start=t.start if t else None,
        period_end=t.end if t else None,
        period_text=t.text if t else ("annually" if fig.rate else None),
        text=text[q.start : q.end],
        sentence=text[fig.sent_start : fig.sent_end].strip(),
        span=(q.start, q.end),
        extractor=EXTRACTOR,
        casualty=casualty,
    )
