"""Arguments, negation, modality, dates, places and ids on sentences written here."""

from __future__ import annotations

from .conftest import Coder, dyad


def test_compound_subject_gives_one_event_per_source(code: Coder) -> None:
    evs = code("Norway, Sweden and Denmark supported Finland's proposal to create a joint fund.")
    assert {dyad(e) for e in evs} == {("SUPPORT", s, "FIN") for s in ("NOR", "SWE", "DNK")}


def test_passive_with_agent_and_symmetric_pair(code: Coder) -> None:
    (ev,) = code("The border treaty was signed by Peru and Bolivia in Lima.")
    assert dyad(ev) == ("AGREE", "PER", "BOL")
    assert ev.location is not None and ev.location.name == "Lima" and ev.location.country == "PER"


def test_nominal_event_between_two_parties(code: Coder) -> None:
    evs = code("A meeting between the Kenyan president and his Ugandan counterpart took place in Nairobi.")
    assert [dyad(e) for e in evs] == [("CONSULT", "KEN", "UGA")]


def test_light_verb_carries_the_event_noun(code: Coder) -> None:
    evs = code("Chile held talks with Brazil on the new trade route.")
    assert [dyad(e) for e in evs] == [("CONSULT", "CHL", "BRA")]


def test_relative_clause_subject_and_place_as_target(code: Coder) -> None:
    evs = code("The Ghanaian trade envoy, who visited Lagos on 3 March 2022, praised the new customs rules.")
    visit = next(e for e in evs if e.type == "CONSULT")
    assert dyad(visit) == ("CONSULT", "GHA", "NGA") and visit.mode == "visit"
    assert visit.date == "2022-03-03" and visit.date_precision == "day"


def test_refusal_is_a_reject_of_the_complement(code: Coder) -> None:
    (ev,) = code("The Bolivian senate refused to ratify the agreement with Peru.")
    assert dyad(ev) == ("REJECT", "BOL", "PER") and not ev.negated


def test_negation(code: Coder) -> None:
    (ev,) = code("Kenya did not sign the agreement with Uganda.")
    assert ev.type == "AGREE" and ev.negated
    (ev,) = code("Denmark has refrained from imposing sanctions on Bolivia.")
    assert ev.type == "SANCTION" and ev.negated


def test_modality(code: Coder) -> None:
    (ev,) = code("Chile could attack the Peruvian garrison if talks fail.")
    assert ev.modality == "hypothetical"
    (ev,) = code("Japan will send humanitarian aid to Mongolia.")
    assert (dyad(ev), ev.modality) == (("AGREE", "JPN", "MNG"), "planned")  # a stated intention
    (ev,) = code("Ecuador reportedly expelled the Colombian ambassador.")
    assert (ev.type, ev.modality) == ("SANCTION", "reported")
    assert code("Kenya needs more money to send aid to Uganda.") == ()  # a need is no act, nor a pledge


def test_statements_alone_are_not_events(code: Coder) -> None:
    text = (
        "Kenya said the regional economy was growing. Uganda believes that trade will rise. "
        "The Nigerian minister noted that Ghana remains an important partner."
    )
    assert code(text) == ()


def test_quote_kept_for_speech_acts(code: Coder) -> None:
    (ev,) = code('Ghana accused Nigeria of "deliberate obstruction" at the border.')
    assert ev.type == "ACCUSE" and ev.quote == "deliberate obstruction"


def test_no_source_no_event(code: Coder) -> None:
    assert code("Sanctions were imposed last year.") == ()


def test_records_are_well_formed_and_ids_deterministic(code: Coder) -> None:
    text = "Brazil lifted sanctions against Chile. Japan delivered humanitarian aid to Mongolia."
    first, second = code(text), code(text)
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert len({e.event_id for e in first}) == len(first) == 2
    for e in first:
        assert 0 <= e.span[0] < e.span[1] <= len(text)
        assert e.sentence in text and 0.0 <= e.confidence <= 1.0
        assert e.quad_class in (1, 2) and e.intensity is not None and e.intensity > 0
        assert e.cameo is not None and e.extractor == "events.rules.v1"
