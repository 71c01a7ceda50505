"""Where an event happens, as GDELT's ActionGeo: the place the text puts the event, with a point.

The place attached to the event's verb or noun ("in/at/near X", "the X attack", "a hotel in the
city of X"), a visit's destination, else a place in the event's own clause. Never a topic ("talks
on X") nor a party's nationality ("the Turkish offensive"). A city name shared by several places
goes to the country the sentence or the document names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from tidings.actors.gazetteer import load_gazetteer
from tidings.actors.geo import Point, load_geo
from tidings.events.arguments import MentionIndex
from tidings.records import GeoPrecision, Location, Mention

AT_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
HOSTS = frozenset({"host", "welcome", "receive", "convene"})
VISITS = frozenset({"visit", "trip", "travel", "tour", "arrive", "fly", "journey", "go", "come", "return"})
TO_PREPS = frozenset({"to", "into"})
PARTNER_PREPS = frozenset({"with"})
CITY_NOUNS = frozenset({"city", "town", "village", "capital", "port", "resort", "township", "suburb"})
REGION_NOUNS = frozenset(
    {
        "province",
        "region",
        "state",
        "district",
        "oblast",
        "governorate",
        "prefecture",
        "county",
        "territory",
        "valley",
        "enclave",
        "island",
        "islands",
        "department",
        "area",
    }
)
PLACE_NOUNS = CITY_NOUNS | REGION_NOUNS
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Dependents that start another clause: a place there is not where this event happens.
# An xcomp is what is asked, agreed or planned ("called on X to act in Y"): not where the act is.
OTHER_CLAUSE = frozenset({"ccomp", "advcl", "conj", "parataxis", "csubj", "cc", "punct", "xcomp"})
# Prepositions of topic, target and source: "talks on X", "a war against X", "aid to X".
NOT_WHERE = frozenset(
    {"on", "about", "over", "regarding", "concerning", "for", "against", "toward", "towards", "of", "to"}
    | {"from", "into", "with", "between", "by", "like", "than", "as"}
)
CONTEXT_KEY = "tidings.location.context"
MIN_SHARE = 20  # a same-named city in the named country wins if at least 1/20 the default's size


def place_of(tokens: list[Token], index: MentionIndex) -> Location | None:
    """The place of an event whose trigger, verb and anchor are `tokens`, or None."""
    for tok in tokens:
        for loc in _attached(tok, index):
            return loc
    for tok in tokens:  # "in X, A agreed to meet B", "in X, A assured visiting B"
        if tok.dep_ == "xcomp":
            for loc in _attached(tok.head, index):
                return loc
    verb = next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        for loc in _in_clause(verb, index):
            return loc
    return None


def host_place(subject: Iterable[Token], index: MentionIndex, *, hosts: bool = False) -> Location | None:
    """The place among `subject`'s tokens that hosts an event ("the city of X hosted ..."); a
    capital standing for its government ("Ankara threatened") only when the verb `hosts`."""
    for tok in subject:
        for m in index.at(tok):
            if (m.via == "metonymy" and hosts) or m.via == "location" or m.actor.kind == "other":
                return _from_mention(tok, m, index)
    return None


def _attached(tok: Token, index: MentionIndex) -> Iterator[Location]:
    """Places hanging on `tok` itself: its in/at phrases ("on Monday in X" too), a visit's
    destination, "the X attack", and where its object or partner is ("the bombing of a base in
    X", "talks with officials in X")."""
    visit = tok.lemma_.lower() in VISITS
    for child in tok.children:
        if child.dep_ == "prep" and (child.lower_ in AT_PREPS or (visit and child.lower_ in TO_PREPS)):
            yield from _objects(child, index, nested=True)
        elif child.dep_ == "prep":
            when = [p for p in child.children if p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME")]
            for pp in [*child.children, *(c for w in when for c in w.children)]:
                if pp.dep_ == "prep" and pp.lower_ in AT_PREPS:  # "on Thursday in X"
                    yield from _objects(pp, index, nested=True)
            if child.lower_ in PARTNER_PREPS or (child.lower_ == "of" and tok.pos_ == "NOUN"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        yield from _nested(pobj, index)
        elif visit and tok.pos_ == "VERB" and child.dep_ == "dobj":
            yield from _phrase(child, index, nested=False)
        elif tok.pos_ == "NOUN" and child.dep_ == "compound" and child.i < tok.i:
            for loc in _phrase(child, index, nested=False):
                if loc.precision != "country":  # "the Kabul attack"; "the Syria talks" is a topic
                    yield loc


def _objects(prep: Token, index: MentionIndex, *, nested: bool) -> Iterator[Location]:
    for pobj in prep.children:
        if pobj.dep_ == "pobj":
            yield from _phrase(pobj, index, nested=nested)


def _nested(head: Token, index: MentionIndex) -> Iterator[Location]:
    """The place of a thing or people in a place: "a hotel in X", "officials in X"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in AT_PREPS:
            yield from _objects(child, index, nested=False)


def _in_clause(verb: Token, index: MentionIndex) -> Iterator[Location]:
    """Places in at/in phrases anywhere in the verb's own clause (not its subordinate clauses,
    nor inside topic, target or source phrases)."""
    stack = [c for c in verb.children if c.dep_ not in OTHER_CLAUSE]
    depth = {c.i: 1 for c in stack}
    while stack:
        tok = stack.pop(0)
        if tok.dep_ == "prep" and tok.lower_ in AT_PREPS:
            for pobj in tok.children:
                if pobj.dep_ == "pobj":
                    yield from _phrase(pobj, index, nested=False)
            continue
        if (tok.dep_ == "prep" and tok.lower_ in NOT_WHERE) or depth[tok.i] >= 4:
            continue
        for c in tok.children:
            if c.dep_ not in OTHER_CLAUSE:
                depth[c.i] = depth[tok.i] + 1
                stack.append(c)


def _phrase(
    head: Token, index: MentionIndex, *, nested: bool, outer: tuple[str | None, str | None] = (None, None)
) -> Iterator[Location]:
    """The place a noun phrase names: "Kabul", "the city of X", "X's Y province", "the capital,
    X"; with `nested`, also the place of a building or gathering in it ("a hotel in X"). `outer`
    is the place noun and state of the phrase this one names ("Kenya's Turkana County")."""
    own = head.lower_ if head.lower_ in PLACE_NOUNS else None
    noun = own or outer[0]
    if own is not None:
        outer = (own, _owner(head, index))
        parts = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        parts += [c for c in head.children if c.dep_ == "appos"]
        parts += [c for c in head.children if c.dep_ == "compound" and c.ent_type_ != "LOC"]
        for part in parts:
            yield from _phrase(part, index, nested=False, outer=outer)
        if noun == "capital":
            country = _owner(head, index)
            if country is not None and (city := load_gazetteer().capital_of.get(country)):
                yield _located(head.text, _city(city, head, index, country) or _country(country), country)
    for m in index.at(head):
        if m.actor.kind in ("state", "other") or m.via in ("metonymy", "location"):
            loc = _from_mention(head, m, index, noun)
            if loc is not None:
                yield loc
                return
    named = head.ent_type_ in PLACE_LABELS or (outer[0] is not None and head.pos_ == "PROPN")
    if named and not index.at(head):  # "the town of L'Estere": untagged, but a place noun's name
        yield _unlisted(head, index, noun, outer[1])
        return
    if nested and head.pos_ in ("NOUN", "PROPN"):
        yield from _nested(head, index)


def _from_mention(tok: Token, m: Mention, index: MentionIndex, noun: str | None = None) -> Location | None:
    """The location a place mention names, with its point."""
    a, text = m.actor, _text(tok, m)
    if m.via == "metonymy":  # a capital or seat standing for its government: the city itself
        city = _city(a.text, tok, index, a.country)
        if city is None and a.country and (capital := load_gazetteer().capital_of.get(a.country)):
            city = _city(capital, tok, index, a.country)
        return _located(text, city or _country(a.country), a.country)
    if a.kind == "state" and m.via != "location":
        if a.sector is not None or not a.code or a.code != a.country:
            return None  # "Afghan forces", "the ministry": an organ, not a place
        return _located(text, _country(a.code), a.code)
    if a.kind != "other" and m.via != "location":
        return None
    geo = load_geo()
    gaz = load_gazetteer()
    region = geo.region(a.name, a.country)
    known_city = a.name in gaz.cities or bool(gaz.capital_terms(a.name))  # "Washington", not the state
    city = None
    if noun not in REGION_NOUNS and (region is None or known_city):
        city = _city(a.name, tok, index, a.country)
    if city is not None:
        return _located(text, city, city.country)
    if region is not None:
        return _located(text, region, a.country)
    return Location(text=text, name=a.name, country=a.country, precision=_noun_precision(noun))


def _unlisted(head: Token, index: MentionIndex, noun: str | None, owner: str | None) -> Location:
    """A place the gazetteer lacks ("Charlevoix, Quebec"): a town of a country the phrase or
    the sentence names; a sea or continent (LOC) has no point."""
    name = _ent(head).text.removeprefix("the ")
    country = owner or _owner(head, index)
    sent, _ = _named(head, index)
    if country is None and len(sent) == 1 and head.ent_type_ != "LOC":
        country = sent[0]
    names = [country] if country else _countries(head, index)
    city = None
    if noun not in REGION_NOUNS and head.ent_type_ != "LOC":
        city = load_geo().city_in(name, names)
    if city is not None:
        return _located(name, city, city.country)
    return Location(text=name, name=name, country=country, precision=_noun_precision(noun))


def _noun_precision(noun: str | None) -> GeoPrecision | None:
    """What the place noun says the place is: "the town of X", "X province"."""
    if noun in CITY_NOUNS:
        return "city"
    return "region" if noun in REGION_NOUNS else None


def _owner(head: Token, index: MentionIndex) -> str | None:
    """The state a place phrase puts itself in: "Somalia's", "Somali", ", Quebec", ", Kenya"."""
    for c in head.children:
        if c.dep_ in ("poss", "amod", "compound", "appos", "npadvmod") or (
            c.dep_ == "conj" and c.i == head.i + 2
        ):
            for m in index.at(c):
                if m.actor.country and m.actor.kind in ("state", "other"):
                    return m.actor.country
    return None


def _city(name: str, tok: Token, index: MentionIndex, default: str | None) -> Point | None:
    """The city called `name`: the gazetteer's (largest) one unless the text names another
    country that has a city of that name and the gazetteer's country is not named at all."""
    geo = load_geo()
    first = geo.city(name, (), default)
    if first is None:
        return None
    sent, doc = _named(tok, index)
    if first.country in doc:
        return first
    for iso3 in [*sent, *doc]:
        other = geo.city_in(name, [iso3])
        if other is not None and other.population * MIN_SHARE >= first.population:
            return other
    return first


def _countries(tok: Token, index: MentionIndex) -> list[str]:
    sent, doc = _named(tok, index)
    return list(dict.fromkeys([*sent, *doc]))


def _named(tok: Token, index: MentionIndex) -> tuple[list[str], list[str]]:
    """States named in the token's sentence (in order) and in the document (most named first)."""
    sent = tok.sent
    in_sent = [m.actor.country for i in range(sent.start, sent.end) for m in index.at(i) if _names_state(m)]
    return list(dict.fromkeys(c for c in in_sent if c)), _doc_countries(tok.doc, index)


def _doc_countries(doc: Doc, index: MentionIndex) -> list[str]:
    """States the document names, most named first; counted once per document and index."""
    cached = doc.user_data.get(CONTEXT_KEY)
    if cached is not None and cached[0] == id(index):
        return list(cached[1])
    seen: set[tuple[int, int]] = set()
    counts: Counter[str] = Counter()
    for ms in index.by_token.values():
        for m in ms:
            if m.span not in seen and _names_state(m) and m.actor.country:
                seen.add(m.span)
                counts[m.actor.country] += 1
    ranked = tuple(c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    doc.user_data[CONTEXT_KEY] = (id(index), ranked)
    return list(ranked)


def _names_state(m: Mention) -> bool:
    """A mention that names a state by its name, adjective or an organ (not a city standing for
    it, whose country is the very thing in doubt)."""
    return m.actor.kind == "state" and bool(m.actor.country) and m.via not in ("metonymy", "location")


def _country(iso3: str | None) -> Point | None:
    return load_geo().country(iso3)


def _located(text: str, point: Point | None, country: str | None) -> Location:
    if point is None:
        return Location(text=text, name=text, country=country)
    return Location(
        text=text,
        name=point.name,
        country=point.country or country,
        lat=point.lat,
        lon=point.lon,
        precision=point.precision,
        geonameid=point.geonameid,
    )


def _text(tok: Token, m: Mention) -> str:
    start, end = m.span
    doc = tok.doc
    if "tidings.text" not in doc.user_data:  # Doc.text joins every token: read it once per document
        doc.user_data["tidings.text"] = doc.text
    return str(doc.user_data["tidings.text"][start:end])


def _ent(tok: Token) -> Span:
    for e in tok.doc.ents:
        if e.start <= tok.i < e.end:
            return e
    return tok.doc[tok.i : tok.i + 1]
