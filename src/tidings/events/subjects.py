"""Who did it: the subject of an event's clause, the by-agent of a passive,
the speaker standing behind a pronoun, people placed in a state, and the
doer of an event noun ("completed their withdrawal")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tidings.actors import load_gazetteer
from tidings.events.arguments import RELATIVE, MentionIndex, actors_of, as_place_actor
from tidings.records import Mention

PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "itself", "themselves"})
# Passive forms whose subject is the one who acts: "X is committed to", "X is opposed to".
STATIVE_PASSIVES = frozenset({"commit", "oppose", "engage", "involve", "determine", "prepare", "dedicate"})
# Verbs that report what someone else did or said.
SPEECH_VERBS = frozenset(
    {"say", "announce", "state", "declare", "tell", "confirm", "add", "report", "inform", "reveal",
     "disclose", "note", "explain", "write", "tweet"}
)  # fmt: skip
# "forces in Guinea", "doctors from Norway": people placed in or from a state.
PLACING_PREPS = frozenset({"in", "from", "inside", "throughout", "across"})
PLACING_VERBS = frozenset({"base", "locate", "station", "live", "operate", "headquarter"})
# Texts that speak for whoever issues them: "X issued a statement demanding ...".
VOICE_NOUNS = frozenset(
    {"statement", "declaration", "communique", "communiqué", "letter", "message", "resolution",
     "petition", "appeal", "decree", "ultimatum", "note", "memorandum", "manifesto"}
)  # fmt: skip


def verb_read_as_adjective(verb: Token) -> tuple[Token, Token] | None:
    """(subject, object) of a past verb the parser took for an adjective in a sentence with no verb:
    "Trump hosted Erdogan in ..." parsed as a noun phrase headed by "Erdogan"."""
    head = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT" or head.pos_ != "PROPN":
        return None
    subj = next((c for c in head.children if c.i < verb.i and c.dep_ in ("nmod", "compound")), None)
    return (subj, head) if subj is not None and (subj.pos_ == "PROPN" or subj.is_title) else None


def subjects(verb: Token, index: MentionIndex) -> list[Mention]:
    """Who did it: nsubj, the by-agent of a passive, the noun a relative clause
    hangs on, or the subject inherited from a governing or coordinated verb."""
    misread = verb_read_as_adjective(verb)
    if misread is not None:
        return actors_of(misread[0], index)
    if relative_patient(verb) is not None:
        return []  # "a journalist detained in Russia": the noun is who it was done to
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return actors_of(pobj, index)
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") or (
            child.dep_ == "nsubjpass" and verb.lemma_.lower() in STATIVE_PASSIVES
        ):
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                return actors_of(verb.head, index)
            found = (
                actors_of(child, index)
                or placed_actors(child, index)
                or _named_members(child, index)
                or _acting_place(child, index)
            )
            if len(found) == 1 and found[0].via == "demonym":
                people = found[0].actor.sector
                found = [
                    replace(m, actor=replace(m.actor, sector=people)) for m in residents(child, index)
                ] or found
            if found:
                return found
            if _pronominal(child):
                return speaker(verb, index)  # "Syria says it is willing to ...", "... their forces had"
            if any(c.dep_ == "nsubj" and c.i > child.i for c in verb.children):
                continue  # "MOSCOW — Russia became ...": a dateline before the subject
            return []
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return []  # a passive with a subject of its own and no agent: the doer is not named
    dated = _dated_subject(verb, index)
    if dated:
        return dated
    head = verb.head
    if verb.dep_ == "conj" and not _passive(verb):  # "X has been indicted by Y and will resign": X
        patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if patient is not None and any(c.dep_ == "agent" for c in head.children):
            return actors_of(patient, index)
    if verb.dep_ in ("xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX") and head != verb:
        return subjects(head, index)
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.head != head:  # "is ready to send"
        return subjects(head.head, index)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "VERB":  # "refrained from imposing"
        return subjects(head.head, index)
    if verb.dep_ in ("relcl", "acl"):
        found = actors_of(head, index)
        if not found and head.dep_ == "attr":  # "became the first state to recognise"
            return subjects(head.head, index)
        if not found and head.dep_ == "dobj" and head.lemma_.lower() in VOICE_NOUNS:
            return subjects(head.head, index)  # "issued a statement demanding that ..."
        return found
    return []


# Verbs whose participle after a noun tells what was done to it: "a journalist detained in Russia".
DONE_TO = frozenset(
    {"detain", "hold", "arrest", "jail", "imprison", "kidnap", "abduct", "capture", "seize", "free",
     "release", "kill", "wound", "injure", "sentence", "convict", "charge", "accuse", "deport", "expel",
     "sanction", "target", "displace", "evacuate", "rescue", "take"}
)  # fmt: skip


def relative_patient(verb: Token) -> Token | None:
    """The noun a reduced relative was done to, also for a passive verb joined to one ("a journalist
    detained in Russia was released"): the journalist."""
    if verb.dep_ == "conj" and _passive(verb) and reduced_relative(verb.head):
        verb = verb.head
    if not reduced_relative(verb) or any(c.dep_ == "agent" for c in verb.children):
        return None
    return verb.head if verb.dep_ == "acl" else next(c for c in verb.children if c.dep_ == "nsubj")


def reduced_relative(verb: Token) -> bool:
    """A participle on the noun it was done to, "a journalist detained in Russia (was freed)", also
    when the parser takes it for the main verb with that noun as subject."""
    if verb.tag_ != "VBN" or _passive(verb) or verb.lemma_.lower() not in DONE_TO:
        return False  # "aid groups donated ...", "youths resorted to ...": a main verb the parser misread
    if verb.dep_ == "acl":
        return True
    kids = [c.dep_ for c in verb.children]
    return (
        "nsubj" in kids
        and "aux" not in kids
        and any(c.dep_ == "conj" and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children)
    )


def _named_members(subject: Token, index: MentionIndex) -> list[Mention]:
    """The members an unnamed group subject names: "rights groups, including Amnesty",
    "Western countries such as France and Germany"."""
    for prep in subject.children:
        such = prep.lower_ == "as" and any(c.lower_ == "such" for c in (*subject.children, *prep.children))
        if prep.dep_ == "prep" and (prep.lower_ == "including" or such):
            return [m for pobj in prep.children if pobj.dep_ == "pobj" for m in actors_of(pobj, index)]
    return []


def _acting_place(subject: Token, index: MentionIndex) -> list[Mention]:
    """A province or city that acts ("Bali banned the trade", "Texas sued") acts as its state."""
    if subject.dep_ != "nsubj":
        return []
    return [p for m in index.at(subject) if (p := as_place_actor(m)) is not None][:1]


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _dated_subject(verb: Token, index: MentionIndex) -> list[Mention]:
    """ "On May 18 President X warned ...": a subject the parser took into the date's phrase."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or prep.i != prep.sent.start:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or not any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree if t.i < obj.i):
            continue
        found = [m for m in index.at(obj) if m.actor.kind in ("person", "state", "igo", "group")]
        if found:
            return found[:1]
    return []


def _pronominal(subject: Token) -> bool:
    """ "it", "they", or a phrase owned by one: "their forces", "its army"."""
    return subject.lower_ in PRONOUNS or any(
        c.dep_ == "poss" and c.lower_ in PRONOUNS for c in subject.children
    )


def speaker(verb: Token, index: MentionIndex, *, reported: bool = False) -> list[Mention]:
    """An unresolved pronoun subject stands for the subject of the clause
    governing it ("X said it would ..."; "X announced that they had ...");
    with `reported`, only a clause reported by a verb of saying counts."""
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or cur.head == cur:
            return []
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            if reported and cur.lemma_.lower() not in SPEECH_VERBS:
                return []
            return subjects(cur, index)
    return []


def _placing_heads(head: Token) -> list[Token]:
    """Prepositions placing a noun, directly or through "based/stationed/living in"."""
    out = list(head.children)
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_.lower() in PLACING_VERBS:
            out.extend(child.children)
    return out


def placed_actors(head: Token, index: MentionIndex, depth: int = 2) -> list[Mention]:
    """People placed by a preposition: "security forces in Guinea",
    "doctors from two American groups", "thousands of students across Kenya"."""
    for child in _placing_heads(head):
        if child.dep_ == "prep" and child.lower_ in PLACING_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = actors_of(pobj, index, places=True)
                    if found:
                        return [_as_group(m, head) for m in found]
    for child in head.children if depth > 0 else ():
        if child.dep_ == "prep" and child.lower_ == "of":  # "tens of thousands of students in X"
            for pobj in (p for p in child.children if p.dep_ == "pobj"):
                found = placed_actors(pobj, index, depth - 1)
                if found:
                    return found
    return []


def _as_group(m: Mention, head: Token) -> Mention:
    """The state's people of the kind the head noun names ("students in X" -> X's
    education sector); a state's own organ keeps its sector."""
    entry = load_gazetteer().by_lower.get(head.lower_)
    if m.actor.kind != "state" or m.actor.sector is not None or entry is None or entry.kind != "sector":
        return m
    return replace(m, actor=replace(m.actor, sector=entry.sector))


RESIDENCE_PREPS = frozenset({"in", "of", "inside"})


def residents(head: Token, index: MentionIndex) -> list[Mention]:
    """People of one nation living in another state act as that state's
    people: "ethnic Turks in Bulgaria", "the Albanians of southern Serbia"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in RESIDENCE_PREPS:
            for pobj in (p for p in child.children if p.dep_ == "pobj"):
                found = [m for m in actors_of(pobj, index, places=True) if m.actor.kind == "state"]
                if found:
                    return found[:1]
    return []


# Verbs whose object event is someone else's: "reported the attack", "witnessed the clashes".
NOT_DOERS = frozenset(
    {"report", "describe", "witness", "see", "watch", "mark", "recall", "remember", "mention", "term",
     "cover", "follow", "confirm", "deny", "blame", "fear", "expect", "predict", "investigate", "survive",
     "suffer", "face", "prevent", "stop", "end", "halt", "block", "ban", "precede", "await", "incur",
     "receive", "undergo", "sustain", "endure", "experience", "escape", "protect", "defend", "be", "become",
     "turn", "remain", "seem", "call", "urge", "demand", "fight", "counter", "combat", "repel",
     "draw", "spark", "prompt", "provoke", "trigger", "cause", "attract", "fuel", "ignite", "earn",
     "invite", "elicit", "meet", "unleash"}
)  # fmt: skip
DOER_PREPS = frozenset({"on", "for", "in", "during", "at"})  # "arrived on a visit", "struck in protest"
PARTAKING_PREPS = frozenset({"in", "during"})  # "said in a call": they took part in it


def doer_verb(anchor: Token) -> Token | None:
    """The verb whose subject performs a nominal event: "completed their
    withdrawal", "arrived on a visit", "staged a strike in protest"."""
    head = anchor.head
    if anchor.dep_ == "dobj" and head.pos_ == "VERB":
        return None if head.lemma_.lower() in NOT_DOERS else head  # not "mentioned the visit"
    if anchor.dep_ == "pobj" and head.lower_ in DOER_PREPS and head.head.pos_ == "VERB":
        verb = head.head  # "mentioned ... in a telephone call": those who spoke made the call
        return None if verb.lemma_.lower() in NOT_DOERS and head.lower_ not in PARTAKING_PREPS else verb
    return None


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
