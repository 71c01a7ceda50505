"""Find the event triggers of a sentence and fold complements into governors
("refused to ratify" is one REJECT, "threatened to ban" one THREATEN)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from tidings.events.lexicon import Lexicon, Trigger, light_verb, match_trigger, nominal_anchor

# Governor types that take the event in their complement as their content.
ABSORBERS = frozenset({"REJECT", "REQUEST", "THREATEN", "AGREE", "ACCUSE", "CONCEDE", "CONSULT"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "relcl"})
# Prepositions that set an act beside another in time, not inside it.
SETTING_PREPS = frozenset({"following", "after", "since", "despite", "amid", "during"})
ASK_MODE = {
    "CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "change",
    "CONCEDE": "yield", "RETREAT": "yield",
}  # fmt: skip
PROMISES = frozenset({"vow", "swear", "pledge", "promise"})
HARMFUL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
THREAT_MODE = {"ASSAULT": "violence", "COERCE": "arrest", "SANCTION": "relations", "MOBILIZE": "violence"}


@dataclass(slots=True)
class Hit:
    tok: Token
    trigger: Trigger
    carrier: Token | None  # the light verb carrying an event noun
    type: str
    mode: str | None
    inner: list[Hit] = field(default_factory=list)

    @property
    def verb(self) -> Token | None:
        """The clause verb: the trigger verb or the noun's light verb."""
        return self.tok if self.trigger.pos == "V" else self.carrier

    @property
    def anchor(self) -> Token:
        return nominal_anchor(self.tok) if self.trigger.pos == "N" else self.tok


def _for_clause(tok: Token) -> bool:
    """ "pushing for the US to support ...": a clause marked by "for" is a complement."""
    return tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in tok.children)


def _governor(hit: Hit, by_token: dict[int, Hit]) -> Hit | None:
    """A verb trigger whose complement clause holds this hit (up to 3 steps up)."""
    cur = hit.verb or hit.anchor
    for _ in range(3):
        if not (cur.dep_ in COMPLEMENT_DEPS or _for_clause(cur)) or cur.head == cur:
            return None
        if cur.dep_ == "prep" and cur.lower_ in SETTING_PREPS:
            return None  # "agreed to halt fire, following strikes on X": the strikes are their own act
        cur = cur.head
        gov = by_token.get(cur.i)
        if gov is not None and gov is not hit:
            # a trigger defined by its complement ("ordered X to leave") holds it too
            return gov if gov.type in ABSORBERS or any(c.kind == "xcomp" for c in gov.trigger.cues) else None
    return None


# Measures one party decides on its own (agreeing to one is taking it: "agreed to freeze the assets").
DECIDED_TYPES = frozenset({"SANCTION", "COERCE", "CONCEDE"})


def _promised(h: Hit, gov: Hit) -> bool:
    """The harm is the direct complement of the promise ("vowed to attack", "swore to fight")."""
    return (
        gov.trigger.lemma in PROMISES
        and h.verb is not None
        and h.verb.dep_ == "xcomp"
        and h.verb.head == gov.tok
    )


def _decided(h: Hit, gov: Hit) -> bool:
    """One party agreeing to a material act of its own ("ministers agreed to freeze the assets of
    12 firms") decides the act; an agreement with someone ("agreed with X to", "A and B agreed to")
    stays an agreement."""
    verb = gov.tok
    if gov.trigger.lemma != "agree" or h.type not in DECIDED_TYPES or h.verb is None or h.verb.head != verb:
        return False
    if h.verb.dep_ != "xcomp" or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(c.dep_ == "conj" for s in subjects for c in s.children)


def sentence_hits(sent: SpacySpan, lex: Lexicon) -> list[Hit]:
    """Event triggers of one sentence, complements folded into their governors."""
    hits: list[Hit] = []
    for tok in sent:
        trig = match_trigger(tok, lex)
        if trig is None:
            continue
        carrier = light_verb(tok, lex, trig.own_light_verbs) if trig.pos == "N" else None
        hits.append(Hit(tok, trig, carrier, trig.type, trig.mode))
    verbs = {h.tok.i: h for h in hits if h.trigger.pos == "V"}
    kept: list[Hit] = []
    for h in hits:
        if h.trigger.pos == "N":
            head = h.anchor.head
            if h.carrier is not None and h.carrier.i in verbs:
                continue  # "signed an agreement": the verb is the event
            if h.trigger.needs_light_verb and h.anchor.dep_ == "dobj" and head.i in verbs:
                continue
            if h.anchor.dep_ == "dobj" and head.i in verbs and verbs[head.i].type == "REJECT":
                continue  # "vetoed the EU's aid package": what is refused did not happen
        kept.append(h)
    by_token = {h.tok.i: h for h in kept}
    governors = {id(h): _governor(h, by_token) for h in kept}
    decided = {id(g) for h in kept if (g := governors[id(h)]) is not None and _decided(h, g)}
    out: list[Hit] = []
    for h in kept:
        gov = governors[id(h)]
        if id(h) in decided:
            continue  # "ministers agreed to freeze the assets": the freeze is the event
        if gov is None or id(gov) in decided:
            out.append(h)
            continue
        gov.inner.append(h)
        if gov.type == "AGREE" and h.type in HARMFUL and _promised(h, gov):  # "vowed to attack"
            gov.type, gov.mode = "THREATEN", THREAT_MODE.get(h.type)
        elif gov.type in ("REJECT", "REQUEST") and gov.mode is None:
            gov.mode = ASK_MODE.get(h.type, "change")
        elif gov.type == "THREATEN" and gov.mode is None:
            gov.mode = THREAT_MODE.get(h.type)
    return out
