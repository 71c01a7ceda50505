"""The PLOVER/CAMEO tables and the extractor registry."""

from __future__ import annotations

from tidings.events import EXTRACTORS
from tidings.events.lexicon import load_lexicon
from tidings.events.ontology import TYPES, load_ontology


def test_sixteen_types_with_quad_classes() -> None:
    onto = load_ontology()
    assert set(onto.quad) == set(TYPES)
    assert {t for t, q in onto.quad.items() if q == 4} == {
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
    assert all(onto.intensity[t] > 0 for t, q in onto.quad.items() if q in (1, 2))
    assert all(onto.intensity[t] < 0 for t in ("ASSAULT", "COERCE", "SANCTION", "THREATEN"))


def test_cameo_table_and_defaults() -> None:
    onto = load_ontology()
    assert onto.cameo["0841"].type == "RETREAT" and onto.cameo["0841"].mode == "release"
    assert onto.default_cameo("COERCE", "arrest") == "173"
    assert onto.default_cameo("AGREE", None) == "03"
    assert onto.score("ASSAULT", "aerial") < onto.score("ASSAULT", None) < 0


def test_lexicon_types_and_modes_exist_in_the_ontology() -> None:
    onto = load_ontology()
    for (_, _), triggers in load_lexicon().triggers.items():
        for t in triggers:
            assert t.type in TYPES
            assert t.mode is None or t.mode in onto.modes(t.type), (t.lemma, t.mode)
            assert all(c in onto.contexts for c in t.context), t.context


def test_registry_names_are_versioned() -> None:
    assert list(EXTRACTORS) == ["events.rules.v1"]
