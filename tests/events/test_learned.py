"""The learned layer ("events.learned"): pure features, the committed model and its meta, training."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tidings.components import builtin_registry
from tidings.config import DEFAULT_PIPELINE
from tidings.events.learned import filter_events
from tidings.events.learned.features import document_features
from tidings.events.learned.model import META_FILE, MODEL_FILE, NAME, VERSION, data_dir, fit, load_model
from tidings.nlp import load_model as load_nlp
from tidings.records import Actor, Event, Mention, TimeExpr

from .conftest import make_mentions, make_times

KENYA = Actor(text="Kenya", name="Kenya", code="KEN", country="KEN", sector="GOV", kind="state")
GHANA = Actor(text="Ghana", name="Ghana", code="GHA", country="GHA", kind="state")
PROFESSOR = Actor(text="a professor", name="a professor", code="p-1", kind="person")

SIGNING = "Kenya and Ghana signed a trade agreement in Nairobi on 3 March 2022."
COMMENT = (
    'Kenya signed a deal. "It is really important that things do not get worse," said a professor '
    "at a university, who urged Ghana to think again."
)


def _event(text: str, type_: str, source: Actor, target: Actor | None, **kw: Any) -> Event:
    start = text.index(source.text)
    fields: dict[str, Any] = {
        "event_id": f"{type_}-{start}",
        "doc_id": "d",
        "type": type_,
        "mode": None,
        "context": (),
        "cameo": None,
        "quad_class": 1,
        "intensity": None,
        "source": source,
        "target": target,
        "date": None,
        "date_precision": None,
        "date_text": None,
        "location": None,
        "negated": False,
        "modality": "asserted",
        "quote": None,
        "sentence": text,
        "span": (start, len(text)),
        "confidence": 0.5,
        "extractor": "events.rules.v1",
    }
    fields.update(kw)
    return Event(**fields)


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def _signing(nlp: Any) -> tuple[Any, tuple[Mention, ...], tuple[TimeExpr, ...], Event]:
    ev = _event(
        SIGNING, "AGREE", KENYA, GHANA, cameo="057", date="2022-03-03", date_precision="day", confidence=0.9
    )
    return nlp(SIGNING), make_mentions(SIGNING), make_times(SIGNING), ev


def _comment(nlp: Any) -> tuple[Any, tuple[Mention, ...], tuple[TimeExpr, ...], list[Event]]:
    parsed = nlp(COMMENT)
    second = next(s for i, s in enumerate(parsed.sents) if i == 1)
    first = _event(COMMENT, "AGREE", KENYA, None, sentence="Kenya signed a deal.", span=(0, 19))
    ev = _event(
        COMMENT,
        "REQUEST",
        PROFESSOR,
        GHANA,
        cameo="010",
        sentence=second.text,
        span=(COMMENT.index("a professor"), len(COMMENT)),
        quote="It is really important that things do not get worse,",
        confidence=0.3,
    )
    return parsed, make_mentions(COMMENT), (), [first, ev]


def test_features_are_deterministic_and_leave_inputs_alone(nlp: Any) -> None:
    parsed, mentions, times, ev = _signing(nlp)
    before = (ev, mentions, times)
    once = document_features([ev], parsed, mentions, times)
    again = document_features([ev], nlp(SIGNING), mentions, times)
    assert once == again
    assert (ev, mentions, times) == before
    assert "type=AGREE" in once[0] and "tgt_kind=state" in once[0] and "sent=0+" in once[0]


def test_features_see_quotes_reporting_repeats_and_positions(nlp: Any) -> None:
    parsed, mentions, times, events = _comment(nlp)
    first, second = document_features(events, parsed, mentions, times)
    assert "tgt=none" in first and "sent=0+" in first
    assert {"quote", "has_quote", "starts_quote", "sent=1+", "src_lower", "src_word=professor"} <= set(second)
    assert "src_person_country=False" in second
    repeated = document_features([first_ev := events[1], first_ev], parsed, mentions, times)
    assert "repeat_key" in repeated[1] and "repeat_key" not in repeated[0]


def test_committed_model_loads_and_its_meta_matches_the_registry() -> None:
    model = load_model()
    meta = json.loads((data_dir() / META_FILE).read_text(encoding="utf-8"))
    comp = builtin_registry().get(NAME)
    assert (model.name, model.version) == (meta["name"], meta["version"]) == (comp.name, comp.version)
    assert meta["id"] == comp.id == f"{NAME}.v{VERSION}"
    assert meta["model_file"] == MODEL_FILE and meta["threshold"] == model.threshold
    assert {"voa_dev_train", "plover_gsr", "examples"} == set(meta["training_sets"])
    assert all(len(s["sha256"]) == 64 for s in meta["training_sets"].values())
    assert {"rules_only", "filtered"} <= set(meta["cv"]) and {"rules_only", "filtered"} <= set(meta["check"])
    assert "seed" in meta and len(model.weights) == meta["weights"]
    wins = meta["check"]["filtered"]["f1"] > meta["check"]["rules_only"]["f1"]
    assert (NAME in DEFAULT_PIPELINE) == wins  # on by default only where it beats the rules on check


def test_commentary_scores_below_a_clear_event(nlp: Any) -> None:
    model = load_model()
    parsed, mentions, times, ev = _signing(nlp)
    (clear,) = document_features([ev], parsed, mentions, times)
    parsed2, mentions2, times2, events = _comment(nlp)
    comment = document_features(events, parsed2, mentions2, times2)[1]
    assert model.probability(comment) < model.probability(clear)


def test_filter_keeps_negated_candidates_and_order(nlp: Any) -> None:
    parsed, mentions, times, ev = _signing(nlp)
    negated = _event(SIGNING, "AGREE", GHANA, KENYA, negated=True)
    model = load_model()
    out = filter_events([ev, negated], parsed, mentions, times, model)
    assert negated in out
    assert list(out) == [e for e in (ev, negated) if e in out]
    assert filter_events([], parsed, mentions, times, model) == ()


def test_training_on_a_tiny_synthetic_set_is_deterministic() -> None:
    samples = [["a", "x"], ["a"], ["b", "x"], ["b"], ["a", "y"], ["b", "y"], ["c"]]
    labels = [1, 1, 0, 0, 1, 0, 1]
    one = fit(samples, labels, l2=1.0, min_count=2)
    two = fit(samples, labels, l2=1.0, min_count=2)
    assert json.dumps(one.to_json()) == json.dumps(two.to_json())
    assert "c" not in one.weights  # seen once: below min_count
    assert one.weights["a"] > 0 > one.weights["b"]
    assert one.probability(["a"]) > 0.5 > one.probability(["b"])
    weighted = fit(samples, labels, l2=1.0, weights=[1, 1, 5, 5, 1, 1, 1], min_count=2)
    assert weighted.weights["b"] < one.weights["b"]
