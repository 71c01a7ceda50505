"""Source and target actors from the dependency parse, resolved through the
actor Mentions (token spans <-> mention character spans)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from tidings.records import Actor, Mention

# Verbs that name the author of an act in a participle after its noun: "the attack, claimed by X".
AUTHORING = frozenset(
    {"claim", "announce", "impose", "launch", "carry", "conduct", "stage", "issue", "unveil", "order",
     "mount", "organize", "organise", "lead", "introduce", "adopt", "approve", "sign", "file", "level",
     "commit", "perpetrate", "orchestrate", "declare", "plan"}
)  # fmt: skip
# Dependents that leave the noun phrase: clauses, coordination, most prepositions.
NP_STOP = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "prep", "parataxis"})
TARGET_PREPS = frozenset(
    {"with", "to", "against", "on", "upon", "toward", "towards", "into", "between", "from", "for"}
)
PLACE_PREPS = frozenset({"in", "at"})
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})
PLACE_TARGET_PREPS = frozenset({"to", "into", "from", "toward", "towards", "against", "on"})
# Abstract heads that do not name a recipient: "on the initiative of", "on behalf of", "in solidarity with".
NOT_RECIPIENTS = frozenset(
    {
        "initiative",
        "behalf",
        "basis",
        "sideline",
        "sidelines",
        "occasion",
        "issue",
        "situation",
        "question",
        "matter",
        "invitation",
        "request",
        "level",
        "side",
        "margin",
        "margins",
        "help",
        "support",
        "assistance",
        "backing",
        "participation",
        "consent",
        "approval",
        "permission",
        "solidarity",
        "coordination",
        "cooperation",
        "consultation",
    }
)
# Nouns of place: a state's adjective on them names where ("on the Kenyan border").
PLACE_HEADS = frozenset({"border", "frontier", "coast", "shore", "island", "outskirts"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
GEO_PREFIXES = frozenset({"trans", "pan", "cross", "inter", "intra", "sub"})
ACTOR_KINDS = frozenset({"state", "igo", "ngo", "group", "person", "company"})


@dataclass(frozen=True, slots=True)
class MentionIndex:
    """Mentions by the tokens they cover."""

    by_token: dict[int, tuple[Mention, ...]]
    by_span_start: dict[int, tuple[int, ...]]  # mention start -> token ids it covers

    @classmethod
    def build(cls, parsed: Doc, mentions: Iterable[Mention]) -> MentionIndex:
        by_token: dict[int, list[Mention]] = {}
        starts: dict[int, tuple[int, ...]] = {}
        mentions = list(mentions)
        homes = _person_countries(mentions)
        text = parsed.text  # spaCy joins every token each time it is asked: once per document
        for m in mentions:
            if _in_compound_name(text, m.span[0]):
                continue
            if m.actor.kind == "person" and not m.actor.country and m.actor.code in homes:
                m = replace(m, actor=replace(m.actor, country=homes[m.actor.code]))
            span = parsed.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if span is None:
                continue
            starts[m.span[0]] = tuple(t.i for t in span)
            for t in span:
                by_token.setdefault(t.i, []).append(m)
        return cls({i: tuple(ms) for i, ms in by_token.items()}, starts)

    def at(self, tok: Token | int) -> tuple[Mention, ...]:
        return self.by_token.get(tok if isinstance(tok, int) else tok.i, ())


def _person_countries(mentions: list[Mention]) -> dict[str, str]:
    """The country a person has in any of their mentions ("He" -> the envoy named before)."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.actor.kind == "person" and m.actor.code and m.actor.country:
            out.setdefault(m.actor.code, m.actor.country)
    return out


def _in_compound_name(text: str, start: int) -> bool:
    """ "Trans-Afghan railway", "pan-African", "cross-border": a place inside a compound word."""
    if start < 2 or text[start - 1] != "-":
        return False
    word = re.findall(r"[A-Za-z]+$", text[max(0, start - 12) : start - 1])
    return bool(word) and word[0].lower() in GEO_PREFIXES


def is_actor(m: Mention) -> bool:
    a = m.actor
    return a.kind in ACTOR_KINDS and bool(a.code or a.country) and m.via != "location"


def as_place_actor(m: Mention) -> Mention | None:
    """A place named as destination or object ("visited Almaty", "conquered
    Kabul") stands for its state."""
    a = m.actor
    if is_actor(m) or not a.country or a.kind not in ("other", "state"):
        return None
    actor = Actor(text=a.text, name=a.name, code=a.country, country=a.country, sector="GOV", kind="state")
    return Mention(span=m.span, actor=actor, via="location")


def posted_to(head: Token, index: MentionIndex) -> Mention | None:
    """The state an envoy named by `head` is posted to: a place named inside the envoy's own mention
    after "to" ("ambassador to Kabul, X")."""
    envoy = next((m for m in index.at(head) if m.actor.kind == "person"), None)
    if envoy is None:
        return None
    doc = head.doc
    for tok in doc.char_span(envoy.span[0], envoy.span[1], alignment_mode="expand") or ():
        if tok.lower_ == "to" and tok.head == head:
            for m in index.at(tok.i + 1 + (doc[tok.i + 1].lower_ == "the")):
                place = m if m.actor.kind == "state" and m.via != "location" else as_place_actor(m)
                if m is not envoy and place is not None:
                    return place
    return None


def phrase_tokens(head: Token) -> list[Token]:
    """The head and its dependents that stay inside its noun phrase (of-phrases
    and appositions included: "the head of Tajikistan's agency")."""
    out = [head]
    for child in head.children:
        if child.dep_ not in NP_STOP or (child.dep_ == "prep" and child.lower_ == "of"):
            out.extend(phrase_tokens(child))
    return out


def actor_at(head: Token, index: MentionIndex, *, places: bool = False) -> Mention | None:
    """The best actor mention inside the phrase headed by `head`: one covering
    the head itself, else the nearest one. A person without a country borrows
    the country of a state or organisation named in the same phrase
    ("Kazakhstan's ambassador Alimkhan ...")."""
    found: list[tuple[int, Mention]] = []
    for t in phrase_tokens(head):
        for m in index.at(t):
            if is_actor(m):
                found.append((abs(t.i - head.i), m))
            elif places and (p := as_place_actor(m)) is not None:
                found.append((abs(t.i - head.i) + 1, p))
    if not found:
        return None
    found.sort(key=lambda x: (x[0], x[1].actor.kind == "person" and not x[1].actor.country))
    best = found[0][1]
    if best.actor.kind == "person" and not best.actor.country:
        country = next(
            (m.actor.country for _, m in found if m.actor.kind != "person" and m.actor.country), None
        )
        if country:
            best = replace(best, actor=replace(best.actor, country=country))
    return best


def coordinated(head: Token) -> list[Token]:
    """ "A, B and C" -> [A, B, C]."""
    out = [head]
    for child in head.children:
        if child.dep_ == "conj":
            out.extend(coordinated(child))
    return out


def actors_of(head: Token, index: MentionIndex, *, places: bool = False) -> list[Mention]:
    """One actor per coordinated member; members without an actor are skipped."""
    out: list[Mention] = []
    for member in coordinated(head):
        m = actor_at(member, index, places=places)
        if m is None:
            continue
        for cand in (m, *_joint_members(member, index, m), *_same_span(m, index)):
            if all(cand.actor.code != o.actor.code or cand.actor.country != o.actor.country for o in out):
                out.append(cand)
    return out


def _same_span(m: Mention, index: MentionIndex) -> list[Mention]:
    """The other parties named by one phrase: "the two countries", "both sides"."""
    return [
        o
        for t in index.by_span_start.get(m.span[0], ())
        for o in index.at(t)
        if o.span == m.span and o.actor.code != m.actor.code and is_actor(o)
    ]


def _joint_members(member: Token, index: MentionIndex, found: Mention) -> list[Mention]:
    """Several states sharing one head: "the foreign ministers of A, B and C",
    "Kenyan and Ugandan guards" -> one party per state named."""
    for child in member.children:
        joint = None
        if child.dep_ == "prep" and child.lower_ == "of" and member.tag_ in ("NNS", "NNPS"):
            joint = next((p for p in child.children if p.dep_ == "pobj"), None)
        elif child.dep_ in ("amod", "compound") and child.i < member.i:
            joint = child
        if joint is not None and any(c.dep_ == "conj" for c in joint.children):
            return [o for t in coordinated(joint) if (o := actor_at(t, index)) and o.span != found.span]
    return []


def clause_subjects(tok: Token, index: MentionIndex) -> list[Mention]:
    """Subjects of a clause hanging on `tok` ("a proposal that Kabul should ...")."""
    for child in tok.children:
        if child.dep_ in ("ccomp", "acl", "xcomp"):
            for sub in child.children:
                if sub.dep_ in ("nsubj", "nsubjpass"):
                    found = actors_of(sub, index)
                    if found:
                        return found
    return []


BACK = frozenset({"back", "home", "away"})  # adverbs a destination hangs on: "sent 15 back to Peru"


def with_destinations(tok: Token) -> list[Token]:
    """The token's children and what hangs on its "back"/"home"/"away": "sent them back to Peru"."""
    kids = list(tok.children)
    return [*kids, *(g for c in kids if c.dep_ == "advmod" and c.lower_ in BACK for g in c.children)]


def prep_targets(
    tok: Token, index: MentionIndex, depth: int = 2, preps: frozenset[str] = TARGET_PREPS
) -> list[Mention]:
    """Actors after with/to/against/...: "met with X", "to the border with X", "sent them back to X"."""
    for child in with_destinations(tok):
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            if child.i > 0 and child.doc[child.i - 1].lemma_.lower() in NOT_RECIPIENTS:
                continue  # "in solidarity with X", parsed as the verb's own "with X"
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() not in NOT_RECIPIENTS:
                    if child.lower_ == "on" and pobj.lemma_.lower() in PLACE_HEADS:
                        continue  # "captured a stronghold on the Thai border": where, not whom
                    places = child.lower_ in PLACE_TARGET_PREPS
                    found = actors_of(pobj, index, places=places) or (
                        prep_targets(pobj, index, depth - 1) if depth > 1 else []
                    )
                    if found:
                        return found
    return []


def objects(verb: Token, index: MentionIndex, *, passive_subject: bool = True) -> list[Mention]:
    """To whom: the direct or indirect object (or an actor inside it: "Moscow's
    initiative", "an agreement with NATO"), a with/to/against object, or the
    subject of a that-clause ("demanded that X forsake ...")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        sent_to = prep_targets(verb, index, preps=DESTINATION_PREPS)
        if sent_to:
            return sent_to  # "dispatched a new ambassador to Kabul", "handed medicine to the Red Cross"
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") or (passive_subject and child.dep_ == "nsubjpass"):
            posting = posted_to(child, index) if child.dep_ == "dobj" else None
            if posting is not None:
                return [posting]  # "dispatched a new ambassador to Kabul, X": to Afghanistan
            found = actors_of(child, index, places=child.dep_ == "dobj") or prep_targets(child, index)
            if found:
                return found
    found = prep_targets(verb, index)
    if found:
        return found
    if verb.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.lower_ not in RELATIVE for c in verb.children):
        found = actors_of(verb.head, index, places=True)  # "the base that the United States left"
        if found:
            return found
    return clause_subjects(verb, index)


def noun_actors(noun: Token, index: MentionIndex) -> tuple[list[Mention], list[Mention]]:
    """Sources and targets named inside an event noun's own phrase: possessor,
    by-agent, nationality modifiers ("Kazakh-Afghan forum"), between/with/to."""
    sources: list[Mention] = []
    targets: list[Mention] = []
    for child in noun.children:
        if child.dep_ == "poss":
            sources.extend(actors_of(child, index))
        elif child.dep_ in ("prep", "agent") and child.lower_ == "by":
            for pobj in child.children:
                sources.extend(actors_of(pobj, index))
        elif child.dep_ == "acl" and child.lemma_.lower() in AUTHORING and not sources:
            sources.extend(_agents(child, index))  # "the attack, claimed by X,"; "sanctions announced by X"
        elif child.dep_ == "prep" and child.lower_ == "of" and not sources:
            sources.extend(_agent_of_object(child, index))  # "the detention of two men by X"
        elif child.dep_ == "prep" and child.lower_ == "between":
            for pobj in child.children:
                both = actors_of(pobj, index)
                sources.extend(both[:1])
                targets.extend(both[1:2])
    modifiers = _left_modifier_actors(noun, index, exclude={m.span for m in sources})
    if not sources and modifiers:
        sources, modifiers = modifiers[:1], modifiers[1:]
    if not targets:
        targets = modifiers[:1] or prep_targets(noun, index)
    if not targets:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                targets.extend(g for pobj in child.children for g in actors_of(pobj, index))
    return sources, targets


def _agents(verb: Token, index: MentionIndex) -> list[Mention]:
    """The actors of a passive verb's by-phrase."""
    return [
        m
        for by in verb.children
        if by.dep_ == "agent"
        for pobj in by.children
        for m in actors_of(pobj, index)
    ]


def _agent_of_object(of: Token, index: MentionIndex) -> list[Mention]:
    """The by-agent the parser hangs on the object of an event noun: "the detention of
    two men by X" (X detained them)."""
    return [
        m
        for pobj in of.children
        for by in pobj.children
        if by.dep_ in ("prep", "agent") and by.lower_ == "by"
        for agent in by.children
        for m in actors_of(agent, index)
    ]


def _left_modifier_actors(noun: Token, index: MentionIndex, exclude: set[tuple[int, int]]) -> list[Mention]:
    """Actors named before an event noun: "the Kazakh-Afghan business forum"
    (places such as "the Brussels summit" are locations, not parties)."""
    out: list[Mention] = []
    for t in noun.doc[noun.left_edge.i : noun.i]:
        for m in index.at(t):
            fresh = m.span not in exclude and all(o.actor.code != m.actor.code for o in out)
            if fresh and is_actor(m) and m.via not in ("metonymy", "location"):
                out.append(m)
    return out


def purpose_targets(tok: Token, index: MentionIndex) -> list[Mention]:
    """Beneficiaries in a purpose clause: "a package to fund Afghan scholarships"."""
    for child in tok.children:
        if child.dep_ in ("relcl", "acl", "advcl", "xcomp") and child.pos_ == "VERB":
            found = objects(child, index, passive_subject=False)
            if found:
                return found
    return []


# Where the wrongdoing an accusation is about is named: "investigating crimes", "an inquiry into abuses".
WRONG_PREPS = frozenset({"into", "of", "for", "over", "about"})


def perpetrators(tok: Token | None, index: MentionIndex) -> list[Mention]:
    """Who did the wrong an accusation or inquiry is about: "investigating crimes by
    X against Y", "an inquiry into abuses committed by X" -> X, not the victims."""
    if tok is None:
        return []
    wrongs = [c for c in tok.children if c.dep_ == "dobj"]
    wrongs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in WRONG_PREPS for p in c.children]
    for wrong in wrongs:
        for child in wrong.children:
            by = [child] if child.dep_ in ("prep", "agent") and child.lower_ == "by" else []
            if child.dep_ == "acl":  # "crimes committed by X"
                by = [c for c in child.children if c.dep_ == "agent"]
            for prep in by:
                found = [m for p in prep.children if p.dep_ == "pobj" for m in actors_of(p, index)]
                if found:
                    return found
    return []
