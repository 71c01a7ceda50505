"""Office holders from the succession lists: dated roles, title-gated bare surnames, country agreement."""

from __future__ import annotations

from datetime import date

from tidings.actors import Gazetteer
from tidings.actors.office_holders import expand_holders

from .conftest import Found


def _persons(found: Found) -> list[tuple[str, str | None, str | None]]:
    return [(s, m.actor.person_id, m.actor.country) for s, m in found if m.actor.kind == "person"]


def test_terms_end_when_the_successor_begins() -> None:
    out = expand_holders({"XXX|GOV|President": "2001-05 Ann Alpha; 2009 Ben Beta; end 2012-03-02"}, set())
    roles = {p["name"]: p["roles"] for p in out}
    assert roles["Ann Alpha"] == [["2001-05-01", "2008-12-31", "XXX", "GOV", "President"]]
    assert roles["Ben Beta"] == [["2009-01-01", "2012-03-01", "XXX", "GOV", "President"]]
    assert all(p["t"] for p in out)


def test_curated_names_are_not_duplicated() -> None:
    out = expand_holders({"XXX|GOV|President": "2001 Ann Alpha; 2009 Ben Beta"}, {"Ann Alpha"})
    assert [p["name"] for p in out] == ["Ben Beta"]


def test_every_state_code_in_the_lists_is_known(gaz: Gazetteer) -> None:
    listed = {r.country for p in gaz.persons if p.bare_needs_title for r in p.roles}
    assert listed - set(gaz.states) <= {"SUN"}  # the Soviet Union is a former state


def test_full_name_of_a_listed_holder_gets_the_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions(
        "Ayman Safadi told reporters in Amman that talks would resume next week.", published=date(2021, 3, 1)
    )
    assert ("Ayman Safadi", "PER:ayman-safadi", "JOR") in _persons(found)


def test_bare_surname_with_a_fitting_title(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Chancellor Merkel arrived on Tuesday for the summit.", published=date(2015, 6, 1))
    assert [(pid, c) for _, pid, c in _persons(found)] == [("PER:angela-merkel", "DEU")]


def test_bare_surname_without_title_is_not_a_listed_holder(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Officials said Orban had not been consulted.", published=date(2015, 6, 1))
    assert all(pid != "PER:viktor-orban" for _, pid, _ in _persons(found))


def test_the_holder_in_office_wins_among_namesakes(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Prime Minister Sharif flew to Beijing on Monday.", published=date(2023, 1, 10))
    assert [pid for _, pid, _ in _persons(found)] == ["PER:shehbaz-sharif"]


def test_a_possessive_country_must_agree(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Jordan's King Abdullah II met the envoy in Amman.", published=date(2019, 4, 2))
    people = _persons(found)
    assert people and all(c == "JOR" for _, _, c in people)
    assert all(pid != "PER:abdullah-abdullah" for _, pid, _ in people)


def test_no_holder_is_named_end(gaz: Gazetteer) -> None:
    """A closed post is written "end DATE"; "DATE end" would make a person called "end"."""
    assert not [p.name for p in gaz.persons if p.name.lower().split()[-1] == "end"]


def test_leaders_beyond_the_region_resolve_to_their_state(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions(
        "President Lai met lawmakers in Taipei. William Ruto flew to Addis Ababa to see Abiy Ahmed.",
        published=date(2024, 9, 2),
    )
    persons = _persons(found)
    assert ("President Lai", "TWN") in [(s, c) for s, _, c in persons]
    assert ("William Ruto", "PER:william-ruto", "KEN") in persons
    assert ("Abiy Ahmed", "PER:abiy-ahmed", "ETH") in persons


def test_a_lowercase_word_is_no_given_name(mentions) -> None:  # type: ignore[no-untyped-def]
    # "To" is a given name (Vietnam's To Lam); "according to Khalil" is not a person "to Khalil"
    found = mentions("Mahmoud Khalil was detained. According to Khalil's lawyer, he is a resident.")
    assert "to Khalil" not in [s for s, _ in found]
