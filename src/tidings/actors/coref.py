"""Within-document reference: "the president", "the ministry", "he", "the two countries", "the country".

"The two countries" yields TWO mentions over the same span, one per state, so that every consumer
that reads one actor per mention still sees both (events code the pair as a symmetric dyad).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from tidings.actors.gazetteer import Entry, Gazetteer, entry_actor
from tidings.actors.hits import Hit, Post
from tidings.actors.scan import Atom
from tidings.actors.setting import dominant_state
from tidings.records import Actor, ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PRONOUN_SENTENCES = 3  # a pronoun looks back this many sentences for its person
GOVERNMENT_SENTENCES = 6  # "the government" is the story's state when it was named this recently
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PAIR_QUANT = frozenset({"two", "2", "both"})
KOREA_HALVES = {"North": "PRK", "South": "KOR"}
# "the three governments", "all four countries": as many states as the number says
GROUP_QUANT = {"three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5}
PAIR_NOUNS = frozenset(
    {
        "countries",
        "states",
        "nations",
        "governments",
        "republics",
        "neighbours",
        "neighbors",
        "sides",
        "capitals",
        "leaders",
        "presidents",
        "premiers",
        "delegations",
    }
)
STATE_POST_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})
BARE_ORGANS = frozenset({"authorities", "police", "prosecutors"})
ORGAN_KINDS = frozenset(
    {"riot", "border", "security", "federal", "local", "secret", "traffic", "customs", "tax"}
)  # "riot police"
COURTS = frozenset({"court", "judge", "tribunal"})
BODY_NOUNS = frozenset({"agency", "organization", "organisation"})  # what an IGO or NGO is called again
COURT_KINDS = frozenset(
    {"appeals", "appeal", "appellate", "high", "supreme", "district", "military", "federal", "lower",
     "regional", "provincial", "criminal", "local", "constitutional", "special"}
)  # fmt: skip
ARMED_SECTORS = frozenset({"REB", "RAD", "UAF"})  # sectors of armed non-state collectives
COUNTRY_NOUNS = frozenset({"country", "republic", "state", "nation"})
FIRM_NOUNS = frozenset({"company", "corporation", "firm"})
FIRM_NAME = re.compile(
    r"\b[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|and|of|for))*\s+"
    r"(?:Company|Corporation|Corp\.?|Co\.|Group|Ltd\.?|Limited|Holdings?|Inc\.?)(?!\w)"
)


def _state_code(h: Hit, gaz: Gazetteer) -> str | None:
    a = h.actor
    if a.kind in ("state", "group", "person") and a.country in gaz.states:
        return a.country
    return None


def _before(hits: list[Hit], start: int) -> Iterable[Hit]:
    return (h for h in reversed(hits) if h.end <= start)


def _text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


def _bare_subject_organ(doc: Doc, a: Atom) -> bool:
    """ "authorities arrested X", "riot police said": a plural organ word with no determiner, as subject;
    "a court sentenced X", "an appeals court overturned": a court or judge of no state named, as subject."""
    tok = doc[a.end - 1]
    *kinds, organ = a.name.lower().split()
    if tok.dep_ not in SUBJECT_DEPS:
        return False
    if organ in COURTS:
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        return dets in (["a"], ["an"], ["another"]) and all(k in COURT_KINDS for k in kinds)
    return (
        organ in BARE_ORGANS
        and all(k in ORGAN_KINDS for k in kinds)
        and not any(
            c.dep_ in ("det", "poss", "nummod", "amod", "compound") and c.lower_ not in ORGAN_KINDS
            for c in tok.children
        )
    )


def _group_post(p: Post, gaz: Gazetteer) -> bool:
    """A post of an armed group ("the leader of ISIS"): the group acts, not the state it fights in."""
    return p.parent is not None and gaz.orgs[p.parent]["kind"] == "group"


def resolve_posts(doc: Doc, posts: list[Post], hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """A post without a name: the person who held it earlier in the text, else the state's organ."""
    out: list[Hit] = []
    persons = [h for h in hits if h.actor.kind == "person"]
    for p in posts:
        start = p.start - 1 if p.definite else p.start
        text = _text(doc, start, p.end)
        match = next(
            (
                h
                for h in _before(persons, p.start)
                if h.head == p.head and (p.country is None or h.actor.country in (None, p.country))
            ),
            None,
        )
        if match is not None and (p.definite or p.country is not None):
            out.append(
                Hit(start, p.end, dataclasses.replace(match.actor, text=text), "coref", p.head, match.gender)
            )
        elif (code := _post_state(p, hits, gaz)) is not None:
            actor = Actor(
                text=text,
                name=f"{gaz.states[code]} {p.role}",
                code=code,
                country=code,
                sector=p.sector,
                kind="state",
                role=p.role,
                parent=p.parent,
            )
            out.append(Hit(start, p.end, actor, "title" if code == p.country else "coref", p.head))
        elif p.parent is not None:
            o = gaz.orgs[p.parent]
            kind: ActorKind = "group" if o["kind"] == "group" else ("ngo" if o["kind"] == "ngo" else "igo")
            actor = Actor(
                text=text,
                name=o["names"][0],
                code=p.parent,
                country=p.country,
                sector=p.sector,
                kind=kind,
                parent=o.get("parent"),
                role=p.role,
            )
            out.append(Hit(start, p.end, actor, "title", p.head))
    return out


def _post_state(p: Post, hits: list[Hit], gaz: Gazetteer) -> str | None:
    """The state of a post no person holds in the text: its own ("the Kenyan foreign minister"), or
    for an official post named bare ("the deputy president") the story's dominant state."""
    if p.country in gaz.states and not _group_post(p, gaz):
        return p.country
    if p.country is None and p.parent is None and p.definite and p.sector in STATE_POST_SECTORS:
        return dominant_state(hits, gaz.states)
    return None


def resolve_organs(doc: Doc, loose: list[Atom], hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """ "the ministry", "the government", "the army": the last organ of that kind, else the last state's;
    "the militants", "the rebels": the armed group last named."""
    out: list[Hit] = []
    for a in loose:
        if a.entry.sector is None:
            continue
        definite = a.start > 0 and doc[a.start - 1].lower_ == "the"
        if not definite and not _bare_subject_organ(doc, a):
            continue
        last = doc[a.end - 1]
        if last.dep_ in ("compound", "amod") and last.head.i > last.i and last.head.pos_ == "NOUN":
            continue  # "the military drills": a modifier, not the organ
        first = a.start - 1 if definite else a.start
        head = a.name.lower().split()[-1]
        text = _text(doc, first, a.end)
        if a.entry.sector == "BUS" and head in FIRM_NOUNS:  # "the company": the firm last named
            firm = _last_firm(doc, hits, a.start, gaz)
            if firm is not None:
                out.append(
                    Hit(first, a.end, dataclasses.replace(firm, text=text, sector="BUS"), "coref", head)
                )
            continue
        if a.entry.sector in ARMED_SECTORS:  # "the militants": the armed group last named, never a state
            group = next((h for h in _before(hits, a.start) if h.actor.kind == "group"), None)
            if group is not None and definite:
                actor = dataclasses.replace(group.actor, text=text)
                out.append(Hit(first, a.end, actor, "coref", head))
            continue
        same = next((h for h in _before(hits, a.start) if h.head == head and h.actor.kind == "state"), None)
        body = _named_body(hits, a.start, head, gaz) if definite and same is None else None
        if body is None and same is None and head in BODY_NOUNS:
            body = _last_body(hits, a.start, gaz)
        if body is not None:  # "UNICEF director X said the agency ...": the body last named
            out.append(Hit(first, a.end, dataclasses.replace(body, text=text), "coref", head))
            continue
        if same is not None:
            out.append(Hit(first, a.end, dataclasses.replace(same.actor, text=text), "coref", head))
            continue
        state = _state_in_play(doc, hits, a.start, gaz)
        if state is not None and head not in ("side", "state", "public", "people", "population"):
            code = _place_code(state, gaz)
            assert code is not None
            if head == "government":
                code = _home_government(doc, hits, a.start, gaz) or code
            actor = Actor(
                text=text,
                name=f"{gaz.states[code]} {a.name}",
                code=code,
                country=code,
                sector=a.entry.sector,
                kind="state",
            )
            out.append(Hit(first, a.end, actor, "coref", head))
    return out


def _named_body(hits: list[Hit], i: int, head: str, gaz: Gazetteer) -> Actor | None:
    """ "the council" after "the U.N. Security Council", "the commission" after "the European
    Commission": the organisation last named before token i whose name has that word."""
    for h in _before(hits, i):
        org = gaz.orgs.get(h.actor.code or "") if h.actor.kind in ("igo", "ngo") else None
        if org is not None and any(head in n.lower().split() for n in org["names"]):
            return h.actor
    return None


def _last_body(hits: list[Hit], i: int, gaz: Gazetteer) -> Actor | None:
    """The international or non-governmental body named last before token i, itself or as the
    organisation of a person ("UNICEF director X"), when no state organ is named after it."""
    for h in _before(hits, i):
        if h.actor.kind == "state" and h.actor.sector == "GOV":
            return None  # a state's organ named since: "the agency" may be the FBI
        if h.actor.kind in ("igo", "ngo"):
            return h.actor
        org = gaz.orgs.get(h.actor.parent or "") if h.actor.kind == "person" else None
        if org is not None and org["kind"] in ("igo", "ngo"):
            return entry_actor(gaz, Entry("org", str(h.actor.parent), org["names"][0]), "")
    return None


def _state_in_play(doc: Doc, hits: list[Hit], i: int, gaz: Gazetteer) -> Hit | None:
    """The state an unnamed organ or post before token i belongs to: the city opening the sentence,
    else the last state named by an official or organ (it names the government in play better than
    a bare country name does), else the last state named, else a place later in the sentence (a
    town before a state: "police ... outside the Finnish embassy in Lima" are Peru's)."""
    sent = doc[i].sent
    return (
        _scene(doc, hits, i, gaz)
        or next((h for h in _before(hits, i) if _state_code(h, gaz) and h.actor.sector), None)
        or next((h for h in _before(hits, i) if _state_code(h, gaz)), None)
        or next(
            (h for h in hits if i < h.start < sent.end and h.actor.kind == "other" and _place_code(h, gaz)),
            None,
        )
        or next((h for h in hits if i < h.start < sent.end and _place_code(h, gaz)), None)
    )


def _home_government(doc: Doc, hits: list[Hit], i: int, gaz: Gazetteer) -> str | None:
    """ "the government" of no state named: the story's own state, when the last few sentences
    have named it (a foreign official quoted since does not make it theirs)."""
    if _scene(doc, hits, i, gaz) is not None:
        return None  # "In Nairobi, the government said"
    home = dominant_state(hits, gaz.states)
    sent = doc[i].sent
    starts = [s.start for s in doc.sents if s.start <= sent.start][-GOVERNMENT_SENTENCES:]
    recent = (h for h in hits if starts[0] <= h.start and h.end <= i)
    return home if any(_place_code(h, gaz) == home for h in recent) else None


def _place_code(h: Hit, gaz: Gazetteer) -> str | None:
    """The state a mention names or lies in ("in Lagos": Nigeria), for an organ with no state before it."""
    return _state_code(h, gaz) or (
        h.actor.country if h.actor.kind == "other" and h.actor.country in gaz.states else None
    )


def _last_firm(doc: Doc, hits: list[Hit], i: int, gaz: Gazetteer) -> Actor | None:
    """The actor of the firm named last before token i: a business hit, or the state of a place in
    a name ending in "Company", "Corporation", ... ("the Xinjiang ... Gas Company" -> China)."""
    for h in _before(hits, i):
        if h.actor.sector == "BUS":
            return h.actor
    names = list(FIRM_NAME.finditer(doc[:i].text))
    if not names:
        return None
    m = names[-1]
    codes = [h.actor.country for h in hits if m.start() <= doc[h.start].idx < m.end()]
    code = next((c for c in codes if c in gaz.states), None)
    if code is None:
        return None
    return Actor(text=m.group(), name=m.group(), code=code, country=code, sector="BUS", kind="state")


def _scene(doc: Doc, hits: list[Hit], i: int, gaz: Gazetteer) -> Hit | None:
    """The city opening the sentence ("In New Delhi, the ministry said"), standing for its state."""
    sent = doc[i].sent
    first = next((h for h in hits if sent.start <= h.start < i), None)
    if first is None or first.actor.kind != "other" or first.actor.country not in gaz.states:
        return None
    if first.start != sent.start + 1 or doc[sent.start].lower_ != "in" or doc[first.end].text != ",":
        return None
    code = first.actor.country
    return Hit(
        first.start,
        first.end,
        Actor(text=first.actor.text, name=gaz.states[code], code=code, country=code, kind="state"),
        "location",
        None,
    )


def resolve_pronouns(doc: Doc, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """he/she/his/her: the nearest person before it (of a compatible gender) within a few sentences;
    a subject pronoun prefers the subject of the nearest sentence naming someone (Muttaqi's statement
    praised by X: "He also welcomed ..." is X)."""
    out: list[Hit] = []
    persons = [h for h in hits if h.actor.kind == "person"]
    if not persons:
        return out
    sent_of = {s.start: n for n, s in enumerate(doc.sents)}
    sent_index = []
    n = -1
    for tok in doc:
        n = sent_of.get(tok.i, n)
        sent_index.append(n)
    for tok in doc:
        gender = gaz.pronouns.get(tok.lower_)
        if gender is None or tok.pos_ != "PRON":
            continue
        near = [
            h
            for h in _before(sorted(persons + out, key=lambda h: h.start), tok.i)
            if sent_index[tok.i] - sent_index[h.start] <= PRONOUN_SENTENCES and h.gender in (None, gender)
        ]
        if tok.dep_ in SUBJECT_DEPS and near:  # "He also welcomed ...": the last sentence's subject
            last = [h for h in near if sent_index[h.start] == sent_index[near[0].start]]
            near = [h for h in last if _is_subject(doc, h)] + near
        if near:
            h = near[0]
            out.append(
                Hit(tok.i, tok.i + 1, dataclasses.replace(h.actor, text=tok.text), "coref", h.head, h.gender)
            )
    return out


def _is_subject(doc: Doc, h: Hit) -> bool:
    return doc[h.start : h.end].root.dep_ in SUBJECT_DEPS


def resolve_countries(doc: Doc, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """ "the two countries" -> the two states last named together; "the country" -> the last state."""
    out: list[Hit] = []
    states = [h for h in hits if _state_code(h, gaz) and h.via != "coref"]
    covered = {t for h in hits for t in range(h.start, h.end)}
    named = {_state_code(h, gaz) for h in states}
    for tok in doc:
        if tok.i in covered:
            continue
        half = _korea_half(doc, tok, named)
        if half is not None:  # "aid shipments to the North"
            actor = Actor(
                text=_text(doc, tok.i - 1, tok.i + 1),
                name=gaz.states[half],
                code=half,
                country=half,
                kind="state",
            )
            out.append(Hit(tok.i - 1, tok.i + 1, actor, "coref"))
            continue
        quant = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if tok.lower_ in PAIR_NOUNS and (quant in PAIR_QUANT or quant in GROUP_QUANT):
            start = tok.i - 1 - (tok.i > 1 and doc[tok.i - 2].lower_ in ("the", "all"))
            pair = _last_group(doc, states, tok.i - 1, GROUP_QUANT.get(quant, 2), gaz)
            for h in pair:
                out.append(Hit(start, tok.i + 1, _state_only(h, _text(doc, start, tok.i + 1), gaz), "coref"))
        elif (begin := _described_state(doc, tok, covered)) is not None:  # "the Andean nation lodged"
            prior = list(_before(states, begin))[:6]  # a subject before an object: "Peru ... with Chile"
            subject = next((h for h in prior if doc[h.end - 1].dep_ in ("nsubj", "nsubjpass")), None)
            last = subject or (prior[0] if prior else None)
            if last is not None:
                out.append(
                    Hit(begin, tok.i + 1, _state_only(last, _text(doc, begin, tok.i + 1), gaz), "coref")
                )
        elif tok.lower_ in COUNTRY_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "this"):
            own = _clause_subject_state(doc, tok, states, gaz)
            last = next((h for h in _before(states, tok.i - 1) if _state_code(h, gaz) != own), None)
            if last is not None:
                out.append(
                    Hit(
                        tok.i - 1,
                        tok.i + 1,
                        _state_only(last, _text(doc, tok.i - 1, tok.i + 1), gaz),
                        "coref",
                    )
                )
    return out


def _korea_half(doc: Doc, tok: Token, named: set[str | None]) -> str | None:
    """ "the North", "the South", alone, in a story that names North Korea (and, for the South,
    South Korea): the two Koreas as they are called to each other."""
    code = KOREA_HALVES.get(tok.text)
    if code is None or tok.i == 0 or doc[tok.i - 1].lower_ != "the" or not {"PRK", code} <= named:
        return None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return None if after is not None and after.pos_ in ("PROPN", "NOUN", "ADJ") else code


def _described_state(doc: Doc, tok: Token, covered: set[int]) -> int | None:
    """Where "the Andean nation", "the Gulf state", "the island nation" begins, when such a phrase
    is a clause's subject: a state described, not named (none of its words names anything)."""
    if tok.lower_ not in COUNTRY_NOUNS | {"kingdom", "emirate"} or tok.pos_ != "NOUN" or tok.dep_ != "nsubj":
        return None
    mods = [c for c in tok.children if c.i < tok.i]
    if not mods or mods[0].lower_ != "the" or len(mods) < 2:
        return None
    if any(c.dep_ not in ("det", "amod", "compound") or c.i in covered for c in mods[1:]):
        return None
    return mods[0].i


def _clause_subject_state(doc: Doc, tok: Token, states: list[Hit], gaz: Gazetteer) -> str | None:
    """The state that is the subject of the clause "the country" is an object in: "Uzbekistan supplied
    the country with power" speaks of another country than Uzbekistan."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "continued to supply"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    return next((_state_code(h, gaz) for h in states if h.start <= subj.i < h.end), None)


def _state_only(h: Hit, text: str, gaz: Gazetteer) -> Actor:
    code = _state_code(h, gaz)
    assert code is not None
    return Actor(text=text, name=gaz.states[code], code=code, country=code, kind="state")


def _last_group(doc: Doc, states: list[Hit], before: int, n: int, gaz: Gazetteer) -> list[Hit]:
    """The `n` states of the last sentence (up to `before`) that names as many: of two, the two
    joined as participants ("between A and B", "A and B met") when there are such, else the first
    named (a host, "Doha hosted ...", is not a side)."""
    by_sent: dict[int, list[Hit]] = {}
    for h in states:
        if h.end <= before:
            by_sent.setdefault(doc[h.start].sent.start, []).append(h)
    for key in sorted(by_sent, reverse=True):
        seen: dict[str | None, Hit] = {}
        for h in by_sent[key]:
            seen.setdefault(_state_code(h, gaz), h)
        if len(seen) >= n:
            return (_joined(doc, by_sent[key], gaz) if n == 2 else []) or list(seen.values())[:n]
    return []


def _joined(doc: Doc, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """Two hits of distinct states that are each other's only conjunct ("Brazil and Argentina")."""
    for i, a in enumerate(hits):
        conj = {c.i for t in doc[a.start : a.end] for c in t.conjuncts}
        if len(conj) != 1:
            continue  # "A, B and C" are not two sides
        for b in hits[i + 1 :]:
            if _state_code(a, gaz) != _state_code(b, gaz) and conj & set(range(b.start, b.end)):
                return [a, b]
    return []
