"""The rule-based extractor ("events.rules.v1"): lexicon triggers, dependency
arguments, negation and modality, assembled into Event records."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from spacy.tokens import Doc, Token

from tidings.events import arguments as args
from tidings.events.answers import ANSWERING, answered_act, answered_doer
from tidings.events.assemble import (
    clause_subject,
    confidence,
    date_of,
    date_value,
    event_id,
    host_location,
    location_of,
    quote_in,
    scores,
)
from tidings.events.clause import MAX_DEPTH, clause_targets, party
from tidings.events.consequences import threats_of_consequence
from tidings.events.lexicon import Lexicon, Trigger, blamed_party, load_lexicon, match_trigger
from tidings.events.likewise import likewise
from tidings.events.location import HOSTS
from tidings.events.modality import stance
from tidings.events.ontology import Ontology, load_ontology
from tidings.events.parties import acting_party, commentator
from tidings.events.select import main_events
from tidings.events.subjects import (
    PRONOUNS,
    doer_verb,
    has_subject,
    relative_patient,
    speaker,
    subjects,
    verb_read_as_adjective,
)
from tidings.events.triggers import ASK_MODE, THREAT_MODE, Hit, sentence_hits
from tidings.events.unattributed import deporting_state, unattributed_source, unnamed_protesters
from tidings.records import Actor, Document, Event, Location, Mention, Span, TimeExpr, actor_key

NAME = "events.rules.v1"
# What every event of a document is built with: parse, document, time expressions, mentions, types, lexicon.
Context = tuple[Doc, Document | None, tuple[TimeExpr, ...], args.MentionIndex, Ontology, Lexicon]
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Verbs whose coordinated subjects act on each other: "A and B exchanged fire".
RECIPROCAL = frozenset({"exchange", "swap", "clash", "fight", "skirmish", "trade"})
BENEFIT = frozenset({"AID", "COOPERATE", "SUPPORT"})
# Verbs an event noun does something with, its object the one it falls on: "the sanctions target X".
REACHING = frozenset(
    {"target", "hit", "affect", "cover", "reach", "penalize", "penalise", "punish", "benefit", "kill",
     "wound", "injure", "destroy", "damage", "strike"}
)  # fmt: skip
HOME_TARGET_SECTOR = {"PROTEST": "GOV", "COERCE": "CVL", "CONCEDE": "CVL"}
# Unnamed commentators: what "analysts say" others do is their view, not an act.
PUNDITS = frozenset(
    {"analyst", "expert", "observer", "critic", "scholar", "researcher", "commentator", "pundit",
     "academic", "economist", "historian", "specialist"}
)  # fmt: skip
TELLING = frozenset({"tell", "say", "speak", "write", "inform", "explain"})
SEIZING = frozenset({"seize", "capture", "hijack", "board", "impound", "confiscate"})
# A crowd a state's organs can turn on: "police fired tear gas at the protesters".
CROWDS = frozenset(
    {"protester", "demonstrator", "student", "crowd", "marcher", "rioter", "civilian", "villager",
     "supporter", "mourner", "worshipper", "resident", "youth", "people", "protest", "rally", "gathering"}
)  # fmt: skip
# Curbs that fall on one's own people when no one else is named.
CURBS = frozenset({"restriction", "curb", "curfew", "ban", "bar"})
# A ban on these is a trade measure against whoever sells or buys, not a curb on one's own people.
TRADE_OBJECTS = frozenset(
    {"import", "importation", "export", "supply", "sale", "shipment", "trade", "purchase", "delivery"}
)
INLAND_TRADE = frozenset({"trade", "sale"})  # a ban on these can fall on one's own traders
EASING = frozenset(
    {"lift", "ease", "relax", "shorten", "cancel", "unfreeze", "accept", "concede", "pardon", "acquit",
     "amnesty"}
)  # fmt: skip
RELEASING = frozenset({"release", "free", "set"})  # "set free"
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", None})
RELATION_NOUNS = frozenset({"tie", "ties", "relation", "relations", "relationship", "contact", "contacts"})
GRIEVANCE_PREPS = frozenset({"about", "over", "against", "of"})
# A meeting's counterpart is named close to it ("held talks with X"), not deep in its topic.
NEAR_TARGET_TYPES = frozenset({"CONSULT"})
NEAR_TARGET_DEPTH = 3
# Harm is not ascribed to whoever reports it ("police said three were killed").
HARM = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST"})
# Verbs by which a place hosts what others do: "Doha hosted talks between A and B".
HOSTING = HOSTS | {"hold", "stage", "organize", "organise"}
PLACE_NOUNS = frozenset(
    {"city", "capital", "town", "village", "province", "region", "resort", "port", "island", "district"}
)
STATE_LIKE = frozenset({"state", "igo", "ngo"})
# Auxiliaries of an act still to come: "warned that Kenya would impose ...".
FUTURE_AUX = frozenset({"will", "would", "could", "may", "might", "shall", "'ll"})
# Subjects that carry out a warner's threat: "warned that police will no longer tolerate ...".
ARMED = frozenset({"police", "army", "military", "force", "troops", "government", "authority", "security"})
# Sectors of private people: expelling them is deportation, not a diplomatic sanction.
# A state named by its people's name ("thousands of Sudanese") stands for its people, not its government.
PEOPLE_VIAS = frozenset({"adjective", "demonym"})
PEOPLE = frozenset({"CVL", "REF", "LAB", "EDU", "JRN", "BUS", "MED", "AGR"})


def _same(a: Mention, b: Mention) -> bool:
    """The same party: one mention, or one code in the same sector ("Turkish
    police" and "Turkey's Kurds" are two parties of one state; a group or an
    organisation is one party whatever its sector)."""
    return a.span == b.span or (a.actor.code is not None and party(a.actor) == party(b.actor))


Dyad = tuple[Mention, Mention | None]


def _dyads(hit: Hit, index: args.MentionIndex, lex: Lexicon) -> tuple[list[Dyad], Token | None]:
    """(source, target) pairs for one hit, one per coordinated source, and the
    verb whose subject performs an event noun that no light verb carries."""
    verb = hit.verb
    doer: Token | None = None
    sources: list[Mention] = subjects(verb, index) if verb is not None else []
    targets: list[Mention] = []
    if hit.trigger.pos == "N":
        own_src, own_tgt = args.noun_actors(hit.anchor, index)
        sources = sources or own_src
        targets = own_tgt
        if not targets and hit.anchor.dep_ == "nsubj" and hit.anchor.head.lemma_.lower() in REACHING:
            targets = args.objects(hit.anchor.head, index)  # "the sanctions target X", "the raid killed X"
        cand = doer_verb(hit.anchor) if verb is None else None
        if not sources and cand is not None and match_trigger(cand, lex) is None:
            sources = subjects(cand, index)
            verb = doer = cand
    hosted = _hosted_pair(hit, verb, index)
    if hosted is not None:
        sources, targets = hosted
    if not targets and hit.type == "ACCUSE":
        targets = args.perpetrators(hit.anchor, index) or args.perpetrators(verb or hit.anchor.head, index)
        targets = targets or [
            m for c in hit.anchor.children if (b := blamed_party(c)) for m in args.actors_of(b, index)
        ]
    if not targets and verb is not None and hit.type == "ACCUSE":
        targets = args.prep_targets(verb, index, preps=GRIEVANCE_PREPS)  # "complained to X about Y"
    misread = verb_read_as_adjective(verb) if verb is not None else None
    if not targets and misread is not None:
        targets = args.actors_of(misread[1], index)
    patient = relative_patient(verb) if verb is not None and hit.trigger.pos == "V" else None
    if patient is not None:
        targets = args.actors_of(patient, index)  # "a journalist detained in Russia": the journalist
    if not targets and verb is not None and doer is None:
        targets = [m for m in args.objects(verb, index) if not sources or not _same(m, sources[0])]
        if hit.type == "THREATEN" and sources:  # "warned that its forces would strike X": X is threatened
            targets = [m for m in targets if not _own_organ(sources[0], m)]
        if not targets and verb.dep_ in ("advcl", "xcomp", "conj") and not has_subject(verb):
            targets = args.objects(verb.head, index)  # "sent a group to Kabul to discuss"
    if not targets and hit.trigger.pos == "N":
        targets = args.clause_subjects(hit.anchor, index)  # "a proposal that Kabul should ..."
    for inner in hit.inner:
        if targets:
            break
        if inner.verb is not None:
            targets = args.objects(inner.verb, index, passive_subject=False)
        if not targets and inner.trigger.pos == "N":
            targets = args.noun_actors(inner.anchor, index)[1]
    if not targets and hit.type in BENEFIT:
        targets = args.purpose_targets(hit.anchor, index) or (
            args.purpose_targets(verb, index) if verb else []
        )
    if not sources and verb is not None and hit.type not in HARM and _agentless_passive(verb):
        sources = speaker(verb, index, reported=True)  # "X announced that Y was removed"
    deported = deporting_state(verb, index) if not sources and hit.trigger.mode == "deport" else None
    if deported is not None:
        sender, receiver = deported
        sources, targets = [sender], [receiver] if receiver is not None else targets
    if (
        not sources
        and hit.type == "PROTEST"
        and _main_clause(hit.anchor)
        and not _names_actor_near(hit.anchor, index)
    ):
        found = unnamed_protesters(hit.anchor, index)
        sources = [found] if found is not None else []
    if not sources:
        nominal = hit.anchor if hit.trigger.pos == "N" and verb is None else None
        implied = unattributed_source(hit.type, verb, targets, index, hit.trigger.mode, nominal)
        if implied is None:
            return [], doer
        sources = [implied]
    reciprocal = hit.trigger.lemma in RECIPROCAL or (verb is not None and (_each_other(verb) or _ties(verb)))
    reciprocal = reciprocal or (not targets and verb is not None and _their_own(verb))
    if reciprocal and len({actor_key(m.actor) for m in sources}) >= 2:
        lead = actor_key(sources[0].actor)
        return [(sources[0], o) for o in sources[1:4] if actor_key(o.actor) != lead], doer
    mutual = hit.type in SYMMETRIC or reciprocal
    asked_others = hit.type == "REQUEST" and verb is not None and _unnamed_addressee(verb, index)
    if not targets and not (mutual and len(sources) >= 2) and not asked_others:
        roots = [t for t in (verb, hit.anchor) if t is not None]
        nominal = hit.anchor if hit.trigger.pos == "N" else None
        near = NEAR_TARGET_DEPTH if hit.type in NEAR_TARGET_TYPES else MAX_DEPTH
        meeting = hit.type in NEAR_TARGET_TYPES and hit.mode != "visit"  # a visit's place is its host
        targets = clause_targets(roots, sources, index, nominal, near, venues=not meeting)
    if verb is not None and verb.lemma_.lower() in TELLING:  # "told newspaper X that ...": it only reports
        targets = [m for m in targets if m.actor.sector != "JRN"]
    if mutual and len(sources) >= 2 and not targets:
        first = sources[0]
        others = [o for o in sources[1:] if _two_sides(first.actor, o.actor)]
        return [(first, other) for other in others[:3]], doer  # the first party with each of the others
    out: list[Dyad] = []
    trade, inland, crowd = _bans_trade(hit), _bans_trade(hit, INLAND_TRADE), _at_crowd(hit)
    for s in sources:
        t = next((t for t in targets if not _same(s, t)), None)
        if verb is None or verb.dep_ != "acl":  # "restrictions imposed by X": on whom, the text must say
            t = t or _home_target(hit.type, hit.trigger.lemma, s, trade=trade, inland=inland, crowd=crowd)
        if t is None and (hit.trigger.needs_target or _needs_counterpart(hit, s)):
            continue
        out.append((s, t))
    if mutual:  # "A and B agreed a pact between the two countries": one pair, not a lone party
        paired = {actor_key(m.actor) for d in out if d[1] is not None for m in d if m is not None}
        out = [d for d in out if d[1] is not None or actor_key(d[0].actor) not in paired]
    return out, doer


def _unnamed_addressee(verb: Token, index: args.MentionIndex) -> bool:
    """ "urged people to seek care", "encouraged companies to compete with X": the ones asked are
    named, and are no actor; whoever the request mentions further on is not its target."""
    kids = list(verb.children)
    named = [t for c in kids if c.dep_ in ("dobj", "prep") for t in c.subtree if index.at(t)]  # "parties to"
    return (
        not named
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in kids)
        and any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in kids)
    )


def _two_sides(a: Actor, b: Actor) -> bool:
    """Two sides of a joint act: of two states, or a state and an armed group fought at home
    ("Colombia and the ELN signed a ceasefire"); not two organs of one state."""
    return a.country != b.country or not a.country or (a.kind == "group") != (b.kind == "group")


def _main_clause(tok: Token) -> bool:
    """The sentence's own verb, its subject ("Protests erupted in ..."), or its purpose ("Thousands
    marched in <city> to protest ..."), not a clause within."""
    purpose = tok.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )
    return tok.dep_ == "ROOT" or ((tok.dep_ == "nsubj" or purpose) and tok.head.dep_ == "ROOT")


def _names_actor_near(anchor: Token, index: args.MentionIndex) -> bool:
    """An actor in the trigger's own phrase ("Kenyan students' protests") or as its subject."""
    return any(
        index.at(t)
        for c in anchor.children
        if c.dep_ in ("poss", "compound", "amod", "nsubj")
        for t in c.subtree
    )


def _hosted_pair(
    hit: Hit, verb: Token | None, index: args.MentionIndex
) -> tuple[list[Mention], list[Mention]] | None:
    """A place hosting an event between two parties: "the city of X hosted a
    meeting between A and B" -> A and B (X is where it happened)."""
    if verb is None or verb.lemma_.lower() not in HOSTING or not _place_subject(verb, index):
        return None  # "Beijing opposes the U.S. arms sales to Taiwan": Beijing acts, hosts nothing
    noun = (
        hit.anchor if hit.trigger.pos == "N" else next((c for c in verb.children if c.dep_ == "dobj"), None)
    )
    if noun is None:
        return None
    inner = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    src, tgt = args.noun_actors(noun, index)
    for of in inner:  # "hosted several rounds of talks with X"
        src, tgt = (src, tgt) if src or tgt else args.noun_actors(of, index)
    if src and tgt:
        return src, tgt
    host = _host_state(verb, index)  # "Tashkent has hosted talks with the Taliban": the host talks
    if host is not None and tgt and all(t.actor.country != host.actor.country for t in tgt):
        return [host], tgt
    return None


def _host_state(verb: Token, index: args.MentionIndex) -> Mention | None:
    """The state of a capital or state that hosts ("Tashkent hosted ..."), not of a mere city."""
    subj = clause_subject(verb)
    found = index.at(subj) if subj is not None else ()
    return next(
        (m for m in found if m.via == "metonymy" or (m.actor.kind == "state" and m.via != "location")), None
    )


def _place_subject(verb: Token, index: args.MentionIndex) -> bool:
    """The clause's subject is a place ("the Emirati city of X", "Geneva"), which
    hosts an event rather than takes part in it."""
    subj = clause_subject(verb)
    if subj is None:
        return False
    if subj.lemma_.lower() in PLACE_NOUNS:
        return True
    found = index.at(subj)
    return bool(found) and all(m.via in ("location", "metonymy") for m in found)


def _ties(verb: Token) -> bool:
    """ "A and B upgraded their ties": the relation is between the subjects."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in RELATION_NOUNS for c in verb.children)


def _their_own(verb: Token) -> bool:
    """ "The two governments recalled their envoys": parties acting on their own things act on
    each other when no one else is named."""
    return any(
        c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children)
        for c in verb.children
    )


def _each_other(verb: Token) -> bool:
    """ "blamed each other", "accused one another"."""
    return any(
        (c.lower_ == "other" and any(d.lower_ in ("each", "one") for d in c.children))
        or (c.lower_ == "another" and any(d.lower_ == "one" for d in c.children))
        or (c.lower_ == "one" and any(d.lower_ == "another" for d in c.children))  # parsed "one <- another"
        for c in verb.subtree
        if c.dep_ in ("dobj", "pobj")
    )


def _needs_counterpart(hit: Hit, source: Mention) -> bool:
    """A meeting with no one named is internal ("the cabinet met"), unless it
    is an organisation's own summit ("the CSTO summit")."""
    return hit.type == "CONSULT" and not (hit.mode == "multilateral" and source.actor.kind == "igo")


def _bans_trade(hit: Hit, objects: frozenset[str] = TRADE_OBJECTS) -> bool:
    """ "banned the import of chicks", "a ban on the sale of arms": the object is trade."""
    objs = [c for c in hit.tok.children if c.dep_ in ("dobj", "prep")]
    objs += [g for c in objs if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in objects for o in objs)


def _at_crowd(hit: Hit) -> bool:
    """The act is done to a crowd no mention names: "fired tear gas at thousands of students"."""
    head = hit.verb or hit.anchor
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objs += [g for o in objs for c in o.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in CROWDS for o in objs)


def _home_target(
    type_: str, lemma: str, source: Mention, *, trade: bool = False, inland: bool = False, crowd: bool = False
) -> Mention | None:
    """Protest with no one named is aimed at the protesters' own government; repression, a
    concession or a release with no one named falls on the state's own people, as does force its
    organs use on a crowd; a ban on the trade or sale of something on its own traders (a trade
    measure still; a ban on imports is aimed abroad); an armed group's attack with no one named
    falls on the state it is fought in."""
    a = source.actor
    country = _home_state(source)
    if not country or a.kind not in ("state", "group", "person"):
        return None
    if type_ == "ASSAULT" and a.kind == "group":  # insurgents' attack with no victim named hits their setting
        home = Actor(text=a.text, name=country, code=country, country=country, kind="state")
        return Mention(span=source.span, actor=home, via="implied")
    sector = HOME_TARGET_SECTOR.get(type_) or ("CVL" if type_ == "ASSAULT" and crowd else None)
    if type_ == "RETREAT" and lemma in RELEASING and a.kind != "group":  # hostages are others
        sector = "CVL"  # "released jailed opposition figures": the state's own people
    if type_ == "SANCTION" and lemma in CURBS and (inland or not trade):
        sector = "BUS" if trade else "CVL"  # "imposed restrictions on printing books"; "banned the trade"
    if (type_ == "CONCEDE" and lemma not in EASING) or lemma in SEIZING:
        return None  # "seized an oil tanker": whose, the text must say
    official = a.sector in OFFICIAL_SECTORS and not (a.sector is None and source.via in PEOPLE_VIAS)
    if sector is None or (type_ == "PROTEST") == official:
        return None
    home = Actor(text=a.text, name=country, code=country, country=country, sector=sector, kind="state")
    return Mention(span=source.span, actor=home, via="implied")


def _agentless_passive(verb: Token) -> bool:
    kids = [c.dep_ for c in verb.children]
    return "nsubjpass" in kids and "agent" not in kids


def _acts_itself(verb: Token, source: Mention) -> bool:
    """The state or organisation is itself the subject ("Kenya protested"), not
    a modifier of it ("Kenyan students protested")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and source.actor.kind in STATE_LIKE
        and source.span[0] <= subj.idx < source.span[1]
        and source.actor.sector in (None, "GOV")
    )


def _of_a_risk(verb: Token, source: Mention, index: args.MentionIndex) -> bool:
    """ "X warned (that) Y face Z": the warning reports what others face, with no act of X's own."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for clause in clauses:  # grows: an "it is important to stress that ..." clause adds the clauses it holds
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ == "it" and subj.dep_ == "nsubj":
            clauses += [c for c in clause.subtree if c.dep_ == "ccomp" and c is not clause]
            continue
        if subj is None or subj.lower_ in PRONOUNS or subj.lemma_.lower() in ARMED:
            continue  # "warned that it/police would ..."
        if any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in subj.children):
            continue  # "warned that its forces would ..."
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children)
        # "warned that Bolivia would ...", from a Bolivian minister, is Bolivia's threat
        named = [m for t in subj.subtree for m in index.at(t)]
        if not any(_same(m, source) or (future and _own_organ(source, m)) for m in named):
            return True
    return False


def _home_state(m: Mention) -> str | None:
    """The state a party belongs to: its country, or its code when it is a state."""
    return m.actor.country or (m.actor.code if m.actor.kind == "state" else None)


def _own_organ(source: Mention, other: Mention) -> bool:
    """`other` is the source's own state or an official organ of it ("its forces", "the police")."""
    country = _home_state(source)
    a = other.actor
    state = a.kind == "state" and a.sector is None and other.via not in PEOPLE_VIAS
    return bool(country) and a.country == country and (a.sector in ("GOV", "MIL", "COP") or state)


def _home(source: Mention, place: Mention) -> bool:
    """`place` lies in the source's own state."""
    return bool(place.actor.country) and place.actor.country == _home_state(source)


def _domestic(source: Mention, target: Mention) -> bool:
    """Both parties belong to one state and the target is neither its government nor an armed group
    (listing insurgents as terrorists is a sanction on them, not repression of one's people)."""
    country = _home_state(source)
    t = target.actor
    return bool(country) and t.country == country and t.sector not in ("GOV", "MIL") and t.kind != "group"


def _aside(tok: Token) -> bool:
    """The trigger stands in parentheses: a legal notice or gloss, not the story's act."""
    before = tok.doc[tok.sent.start : tok.i].text
    return before.count("(") > before.count(")")


def _standing(verb: Token) -> bool:
    """The verb (or the one it is coordinated with) tells a standing policy, not an act: "has long
    resisted Peru's claims and backs its neighbours". (A habit of violence, "routinely beat up
    detainees", is still coded.)"""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        advs = {c.lower_ for c in v.children if c.dep_ == "advmod"}
        if "long" in advs and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in v.children):
            return True
    return False


def _commentary(hit: Hit, source: Mention, index: args.MentionIndex) -> bool:
    """The act is what a commentator (a scholar, an analyst) says others do."""
    clause = hit.verb or hit.tok
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head  # an event noun: the clause it stands in ("Ishiba's call ... stems")
    voices = speaker(clause, index, reported=True)
    if any(commentator(m.actor) for m in voices) and not any(_same(m, source) for m in voices):
        return True
    return _pundits_say(clause, index)


def _pundits_say(clause: Token, index: args.MentionIndex) -> bool:
    """ "Analysts say China could ...", "experts warn that ...": unnamed commentators report it."""
    cur = clause
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "parataxis", "conj") or cur.head == cur:
            return False
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj.lemma_.lower() in PUNDITS and not any(index.at(t) for t in subj.subtree)
    return False


def intent_type(onto: Ontology, type_: str, mode: str | None) -> tuple[str, str | None]:
    """A stated intention is itself the event (PLOVER/CAMEO): to cooperate is
    AGREE, to do harm is THREATEN; verbal acts keep their type."""
    quad = onto.quad[type_]
    if quad == 2 or type_ in ("CONSULT", "SUPPORT", "CONCEDE"):
        return "AGREE", None
    if quad == 4:
        return "THREATEN", THREAT_MODE.get(type_)
    return type_, mode


def _evidence(trigger: Span, parties: list[Mention | None], sent: Any) -> Span:
    """The words that say so: from the first to the last of trigger, source and target
    within the sentence (a coreferent or implied party elsewhere does not stretch it)."""
    lo, hi = sent.start_char, sent.end_char
    spans = [trigger, *(m.span for m in parties if m is not None and lo <= m.span[0] and m.span[1] <= hi)]
    return (min(s[0] for s in spans), max(s[1] for s in spans))


def _span(hit: Hit) -> Span:
    toks = [hit.tok]
    if hit.carrier is not None and abs(hit.carrier.i - hit.tok.i) <= 6:
        toks.append(hit.carrier)
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return (start, end)


def _host_place(hit: Hit, index: args.MentionIndex) -> Location | None:
    verb = hit.verb or (hit.tok if hit.trigger.pos == "V" else None)
    if verb is None and hit.anchor.dep_ == "dobj":
        verb = hit.anchor.head
    return host_location(verb, index) if verb is not None and _place_subject(verb, index) else None


def _place_tokens(hit: Hit) -> list[Token]:
    toks = [t for t in (hit.verb, hit.tok, hit.anchor) if t is not None]
    toks += [c for c in hit.anchor.children if c.dep_ in ("acl", "relcl")]
    return toks


def _event(
    hit: Hit,
    dyad: tuple[Mention, Mention | None],
    ctx: Context,
) -> Event | None:
    """The event for one dyad, or None when the clause only supposes it
    ("could attack", "until agreements are reached") without a condition
    that makes it a promise or a threat."""
    parsed, doc, times, index, onto, lex = ctx
    source, target = dyad
    type_, mode = hit.type, hit.mode
    if type_ == "CONSULT" and target is not None and target.via == "location" and _home(source, target):
        return None  # a leader touring their own country's province meets no one
    if _aside(hit.tok) or _standing(hit.verb or hit.tok):
        return None  # "the movement (outlawed in Chile)", "has long resisted": no act told
    if _commentary(hit, source, index):
        return None  # "'Kenya will strike Somalia soon,' said X, an analyst": an analyst's view
    if hit.trigger.lemma == "warn" and _of_a_risk(hit.tok, source, index):
        return None  # "warned that millions face hunger": a warning of a risk, not a threat
    if hit.trigger.lemma == "protest" and hit.trigger.pos == "V" and _acts_itself(hit.tok, source):
        type_, mode = "ACCUSE", "disapprove"  # a government "protests" verbally
    span = _span(hit)
    st = stance(hit.tok, hit.carrier, lex)
    if st.modality == "hypothetical" and not st.conditioned:
        return None
    intent = st.modality == "planned" or (st.conditioned and st.modality == "hypothetical")
    if intent and hit.verb is not None and not st.negated and mode != "resign":
        type_, mode = intent_type(onto, type_, mode)
        if st.unless and type_ != "THREATEN":  # "will withdraw its force unless ..."
            type_, mode = "THREATEN", None
    negated = st.negated
    if negated and onto.quad[type_] in (1, 2) and st.modality == "planned":
        type_, mode, negated = "REJECT", ASK_MODE.get(type_, "change"), False  # "would not accept"
    if type_ == "SANCTION" and target is not None and _domestic(source, target) and not _bans_trade(hit):
        type_, mode = "COERCE", "restrict"  # a ban on one's own people is repression (CAMEO 172)
    if mode == "expel" and target is not None and target.actor.sector in PEOPLE:
        type_, mode = "COERCE", "deport"  # people, not diplomats or missions, are deported (CAMEO 174)
    text = doc.text if doc is not None else parsed.text
    when = date_of(times, span, text)
    date, precision = date_value(when) if when is not None else (None, None)
    quad, intensity = scores(onto, type_, mode)
    cameo = hit.trigger.cameo if hit.trigger.type == type_ and hit.trigger.mode == mode else None
    sentence = hit.tok.sent.text
    return Event(
        event_id=event_id(
            doc.doc_id if doc else "", span, type_, source.actor, target.actor if target else None
        ),
        doc_id=doc.doc_id if doc else "",
        type=type_,
        mode=mode,
        context=hit.trigger.context,
        cameo=cameo or onto.default_cameo(type_, mode),
        quad_class=quad,
        intensity=intensity,
        source=source.actor,
        target=target.actor if target else None,
        date=date,
        date_precision=precision,
        date_text=when.text if when is not None else None,
        location=location_of(_place_tokens(hit), index) or _host_place(hit, index),
        negated=negated,
        modality=st.modality,
        quote=quote_in(sentence, type_),
        sentence=sentence,
        span=_evidence(span, [source, target], hit.tok.sent),
        confidence=confidence(target is not None, source.via, st.modality, hit.trigger.pos == "N"),
        extractor=NAME,
    )


def _answering(
    ev: Event | None,
    target: Mention | None,
    verb: Token,
    prior: list[Event],
    index: args.MentionIndex,
    lex: Lexicon,
) -> Event | None:
    """ "welcomed the releases": a reaction to an act no one is named for is aimed at the act's doer,
    not at a party found further off in the sentence."""
    if ev is None or ev.source is None or (target is not None and _argument(target, verb)):
        return ev
    types = answered_act(verb, index, lex)
    doer = answered_doer(types, prior, ev.source) if types is not None else None
    return dataclasses.replace(ev, target=doer) if doer is not None else ev


def _argument(target: Mention, verb: Token) -> bool:
    """Whether the target was named among the verb's own objects and prepositions."""
    doc = verb.doc
    spans = [
        (doc[c.left_edge.i].idx, doc[c.right_edge.i].idx + len(doc[c.right_edge.i]))
        for c in verb.children
        if c.dep_ in ("dobj", "dative", "prep", "nsubjpass")
    ]
    return any(lo <= target.span[0] < hi for lo, hi in spans)


def _consequence_threats(sent: Any, ctx: Context, day: dt.date | None) -> list[Event]:
    """ "X said sanctions could follow if Y went ahead": X threatens Y."""
    index, onto = ctx[3], ctx[4]
    out = []
    for said, source, target in threats_of_consequence(sent, index):
        trigger = Trigger(
            said.lemma_.lower(), "V", "THREATEN", None, onto.default_cameo("THREATEN", None), (), ()
        )
        hit = Hit(said, trigger, None, "THREATEN", None)
        ev = _event(hit, (acting_party(source, day), acting_party(target, day)), ctx)
        if ev is not None:
            out.append(ev)
    return out


def code_with_rules(
    parsed: Any, doc: Document | None, mentions: tuple[Mention, ...], times: tuple[TimeExpr, ...]
) -> list[Event]:
    """Events of a parsed document, by lexicon and dependency rules."""
    if parsed is None or not mentions:
        return []
    lex, onto = load_lexicon(), load_ontology()
    index = args.MentionIndex.build(parsed, mentions)
    ctx = (parsed, doc, times, index, onto, lex)
    day = doc.meta.published if doc is not None else None
    text = doc.text if doc is not None else parsed.text
    out: list[Event] = []
    seen: set[tuple[str, str, str, str]] = set()
    for sent in parsed.sents:
        coded: list[tuple[Hit, Token | None, list[Event]]] = []
        for hit in sentence_hits(sent, lex):
            dyads, doer = _dyads(hit, index, lex)
            dyads = [(acting_party(s, day), acting_party(t, day) if t else None) for s, t in dyads]
            events = [_event(hit, dyad, ctx) for dyad in dyads]
            if hit.type in ANSWERING and hit.verb is not None:
                events = [
                    _answering(ev, d[1], hit.verb, out, index, lex)
                    for ev, d in zip(events, dyads, strict=True)
                ]
            coded.append((hit, doer, [ev for ev in events if ev is not None]))
        found = main_events(coded) if coded else likewise(sent, out, index, times, text, lex)
        if not any(ev.type == "THREATEN" for ev in found):
            found += _consequence_threats(sent, ctx, day)
        for ev in found:
            key = (ev.type, actor_key(ev.source), actor_key(ev.target), sent.text)
            if key not in seen:
                seen.add(key)
                out.append(ev)
    return out
