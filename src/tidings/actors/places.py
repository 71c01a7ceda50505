"""Place phrases built on a state's adjective: "the Emirati city of Dubai", "the Afghan capital",
"the Pakistani province of Sindh" are locations in that state, not the state acting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings.actors.hits import Hit
from tidings.actors.scan import Atom
from tidings.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tidings.actors.gazetteer import Gazetteer

# Nouns for a place inside a state; "state" only with "of" ("the Indian state of Assam").
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "capital",
        "port",
        "province",
        "region",
        "district",
        "enclave",
        "island",
        "islands",
        "oblast",
        "governorate",
        "prefecture",
        "county",
        "valley",
        "resort",
        "exclave",
        "territory",
    }
)
NEEDS_OF = frozenset({"state", "territory"})
# Kinds of atom that can name the place after "of".
PLACE_ATOMS = frozenset({"city", "capital", "territory", "metonym"})


def adjective_place(doc: Doc, a: Atom, by_start: dict[int, Atom], gaz: Gazetteer) -> Hit | None:
    """A location for "<state adjective> [modifier] <place noun> [of <Place>]", or None."""
    if a.kind != "adjective" or a.entry.country is None:
        return None
    k = a.end
    if k < len(doc) and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].lower_ not in PLACE_NOUNS | NEEDS_OF:
        k += 1  # "the Chinese border town", "the Afghan northern province"
    if k >= len(doc) or doc[k].lower_ not in PLACE_NOUNS | NEEDS_OF:
        return None
    noun = doc[k].lower_
    country = a.entry.country
    end, name = k + 1, None
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        place = by_start.get(end + 1)
        if place is not None and place.kind in PLACE_ATOMS:
            end, name = place.end, place.name
            country = place.entry.country or country
        elif doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title and by_start.get(end + 1) is None:
            stop = end + 1
            while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].is_title:
                stop += 1
            end, name = stop, doc[end + 1 : stop].text
    if name is None:
        if noun in NEEDS_OF:
            return None
        if noun == "capital":
            name = gaz.capital_of.get(country)
    actor = Actor(
        text=doc[a.start : end].text,
        name=name or doc[a.start : end].text,
        code=None,
        country=country,
        kind="other",
    )
    return Hit(a.start, end, actor, "location")
