"""Turn a coded trigger into an Event record: date, location, quote, id, scores."""

from __future__ import annotations

import hashlib
import re

from spacy.tokens import Token

from tidings.events.arguments import MentionIndex
from tidings.events.location import HOSTS, host_place, place_of
from tidings.events.ontology import Ontology
from tidings.records import Actor, Location, Precision, Span, TimeExpr, actor_key

QUOTE_RE = re.compile(r"[\"“«]([^\"”»]{3,400})[\"”»]")
SPEECH_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"})


def event_id(doc_id: str, span: Span, type_: str, source: Actor | None, target: Actor | None) -> str:
    key = "|".join((doc_id, f"{span[0]}-{span[1]}", type_, actor_key(source), actor_key(target)))
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def date_of(times: tuple[TimeExpr, ...], span: Span, text: str) -> TimeExpr | None:
    """The time expression dating an event: the time stage's rule when it has
    one, else the nearest expression in the same sentence."""
    try:
        from tidings.time import time_for_span
    except ImportError:  # time stage without the helper
        return None
    return time_for_span(times, span, text)


def date_value(t: TimeExpr) -> tuple[str, Precision]:
    """ISO date at the precision the export allows (quarters/halves -> year)."""
    if t.precision in ("quarter", "half"):
        return t.value[:4], "year"
    return t.value, t.precision


def location_of(tokens: list[Token], index: MentionIndex) -> Location | None:
    """Where the event of `tokens` happens, with its point (see `events.location`)."""
    return place_of(tokens, index)


def clause_subject(verb: Token) -> Token | None:
    """The verb's subject, or the noun it hangs on when parsed as a modifier."""
    if (
        verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children) and verb.tag_ in ("VBD", "VBN")
    ):  # "The city of X hosted ..." misparsed as a noun phrase
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def host_location(verb: Token, index: MentionIndex) -> Location | None:
    """The place that is the subject of a hosting clause ("the city of X hosted ...")."""
    subj = clause_subject(verb)
    if subj is None:
        return None
    toks = subj.subtree if subj != verb.head else [t for t in subj.subtree if t.i < verb.i]
    return host_place(toks, index, hosts=verb.lemma_ in HOSTS)


def quote_in(sentence: str, type_: str) -> str | None:
    if type_ not in SPEECH_TYPES:
        return None
    m = QUOTE_RE.search(sentence)
    return m.group(1).strip() if m else None


def scores(onto: Ontology, type_: str, mode: str | None) -> tuple[int, float]:
    return onto.quad[type_], onto.score(type_, mode)


def confidence(has_target: bool, via: str, modality: str, nominal: bool) -> float:
    c = 0.55 + (0.15 if has_target else 0.0) + (0.1 if via in ("gazetteer", "title", "apposition") else 0.0)
    c -= 0.1 if nominal else 0.0
    c -= 0.15 if modality in ("hypothetical", "planned") else 0.0
    return round(min(max(c, 0.05), 0.95), 2)
