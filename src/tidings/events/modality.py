"""Negation and modality of an event's clause: did it happen, is it planned,
conditional, demanded or only reported?"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tidings.events.lexicon import Lexicon

PLANNED_AUX = frozenset({"will", "shall", "'ll"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "may", "might", "should", "must", "'d"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "until"})
NEGATORS = frozenset({"not", "n't", "never", "no", "rarely", "seldom", "hardly"})
FORECASTS = frozenset({"expect", "predict", "anticipate", "forecast"})
# "would" in reported speech is the future of the past: "said it would withdraw".
SPEECH_VERBS = frozenset(
    {"say", "announce", "state", "declare", "tell", "confirm", "add", "insist", "reiterate", "indicate",
     "signal", "warn", "promise", "pledge", "vow", "report", "claim", "repeat", "stress", "write"}
)  # fmt: skip
REPORTED_ADVS = frozenset({"reportedly", "allegedly", "purportedly", "apparently"})
DEMANDING = frozenset({"urge", "demand", "call", "ask", "appeal", "insist", "request", "press"})
COMPLEMENTS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "prep"})


@dataclass(frozen=True, slots=True)
class Stance:
    negated: bool
    modality: str  # asserted, planned, hypothetical, demanded, reported
    conditioned: bool = False  # the event is offered or threatened on a condition ("... if X")
    unless: bool = False  # the condition is "unless X": a threat whatever the act


def _clause_chain(tok: Token, depth: int = 3) -> list[Token]:
    """The token, then the verbs governing it through complement clauses."""
    chain = [tok]
    cur = tok
    for _ in range(depth):
        if cur.dep_ not in COMPLEMENTS or cur.head == cur:
            break
        cur = cur.head
        chain.append(cur)
    return chain


def _negated_here(tok: Token) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in NEGATORS) for c in tok.children
    )


def _non_prefixed(tok: Token) -> bool:
    """ "non-recognition", "non-interference"."""
    before = tok.doc[max(tok.i - 2, 0) : tok.i]
    return tok.pos_ == "NOUN" and any(t.lower_ in ("non", "non-") for t in before)


def stance(trigger: Token, carrier: Token | None, lex: Lexicon) -> Stance:
    """Negation and modality for a trigger (and the light verb carrying it)."""
    anchor = carrier if carrier is not None else trigger
    negated = (
        _negated_here(anchor) or (carrier is not None and _negated_here(trigger)) or _non_prefixed(trigger)
    )
    modality = "asserted"
    chain = _clause_chain(anchor)
    for i, tok in enumerate(chain):
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        # the act's own auxiliaries, and those of aspect verbs over it: "would continue to help"
        own = all(lex.governors.get(t.lemma_.lower()) == "asserted" for t in chain[1 : i + 1])
        if own and aux & PLANNED_AUX:
            modality = "planned"
        if own and aux & HYPOTHETICAL_AUX:
            modality = "planned" if aux <= {"would", "'d"} and _reported(tok) else "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children):
            modality = "hypothetical"
        if i == 0:
            continue
        effect = lex.governors.get(tok.lemma_.lower())
        if tok.lemma_.lower() in FORECASTS and _forecast_by_others(tok, chain[i - 1]):
            modality = "hypothetical"  # "she expects the two presidents to meet", "X is expected to"
            continue
        if effect == "negate":
            negated = True
        elif effect in ("planned", "hypothetical") and modality == "asserted":
            modality = effect
        elif effect == "hypothetical" and modality == "planned":
            modality = effect  # "fear the Taliban will arrest them": a fear, not a plan of the Taliban
        elif tok.lemma_.lower() in DEMANDING and modality == "asserted":
            modality = "demanded"
    if modality == "asserted":
        sent = trigger.sent
        words = {t.lower_ for t in sent}
        if words & REPORTED_ADVS or "according to" in sent.text.lower():
            modality = "reported"
    marks = {m.lower_ for c in anchor.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"}
    return Stance(
        negated=negated,
        modality=modality,
        conditioned=bool(marks & {"if", "unless"}),
        unless="unless" in marks,
    )


def _forecast_by_others(verb: Token, clause: Token) -> bool:
    """Someone else's forecast of the act: the forecast is passive ("X is expected to sign") or
    the act has a subject of its own ("she expects X to sign"); "X expects to sign" is X's plan."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return passive or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _reported(tok: Token) -> bool:
    """The clause is the content of a speech verb ("X said it would ...")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "conj") or cur.head == cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in SPEECH_VERBS:
            return True
    return False
