"""Facts: numeric claims with unit, period, parties and source.

`extract_facts` is the stage function; the modules hold its parts:
numbers.py (number words), quantities.py (figures with units), cues.py and
figures.py (what a figure measures), commodities.py, parties.py, periods.py,
currency.py (USD conversion with data/usd_rates.json), extract.py (assembly).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tidings.facts.extract import EXTRACTOR
from tidings.facts.extract import extract_facts as _extract
from tidings.facts.parties import Lookup
from tidings.records import Document, Fact, Mention, TimeExpr

__all__ = ["EXTRACTOR", "extract_facts"]

# In a figure, "European" money or trade is the EU's: the bloc reports it ("European institutions
# pledged EUR 10bn", "European imports of Kazakh oil").
BLOC_ADJECTIVES = {"European": "EU"}


def extract_facts(
    parsed: Any, doc: Document | None, mentions: tuple[Mention, ...], times: tuple[TimeExpr, ...]
) -> tuple[Fact, ...]:
    """Numeric facts of one document, with names the mentions missed resolved by the gazetteer."""
    return _extract(parsed, doc, mentions, times, lookup=_gazetteer_lookup())


@cache
def _gazetteer_lookup() -> Lookup | None:
    """`tidings.actors.lookup` bound to the loaded gazetteer, when the actors stage offers it."""
    import tidings.actors as actors

    lookup = getattr(actors, "lookup", None)
    if lookup is None:
        return None
    gaz = actors.load_gazetteer()

    def code_of(name: str) -> str | None:
        if name in BLOC_ADJECTIVES:
            return BLOC_ADJECTIVES[name]
        actor = lookup(gaz, name)
        if actor is None:
            return None
        return actor.country or actor.code  # type: ignore[no-any-return]

    return code_of
