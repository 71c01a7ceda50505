"""Spun-text detection and repair on articles we wrote and spun ourselves."""

from __future__ import annotations

import dataclasses
import difflib
from pathlib import Path

import pytest

from tidings.clean.spinner import spin
from tidings.clean.spun import analyse, repair_document, repair_string
from tidings.ingest.decode import content_hash
from tidings.ingest.document import build_document
from tidings.offsets import OffsetMap, Segment
from tidings.records import DocMeta, Document, RawDoc

DATA = Path(__file__).parent / "data"
ARTICLES = sorted(DATA.glob("*.txt"))


def _doc(text: str, *, source: str | None = None) -> Document:
    raw = RawDoc(name="t.txt", uri="t.txt", text=text, fmt="txt", content_hash=content_hash(text))
    doc = build_document(raw)
    return doc if source is None else dataclasses.replace(doc, meta=DocMeta(source=source))


def _word_ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(a=a.split(), b=b.split(), autojunk=False).ratio()


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_clean_article_is_not_flagged_and_left_alone(path: Path) -> None:
    text = path.read_text()
    ingested = _doc(text)
    doc = repair_document(ingested)
    assert not doc.spun
    assert doc.spun_score == 0.0
    assert doc.text == ingested.text
    assert doc.offsets == ingested.offsets


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_spun_copy_is_flagged_and_repaired(path: Path, seed: int) -> None:
    text = path.read_text()
    spun_text = spin(text, seed=seed)
    doc = repair_document(_doc(spun_text))
    assert doc.spun
    assert doc.spun_score > 20
    clean = _doc(text).text
    before, after = _word_ratio(clean, _doc(spun_text).text), _word_ratio(clean, doc.text)
    assert before < 0.88
    assert after > 0.95, (before, after)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_repaired_spans_point_into_the_spun_original(path: Path) -> None:
    spun_text = spin(path.read_text(), seed=3)
    doc = repair_document(_doc(spun_text))
    assert doc.raw_text == spun_text
    # each repaired phrase maps back onto exactly the spun words it replaced
    ingested = _doc(spun_text)
    pos = 0
    for hit in analyse(ingested.text).hits:
        start = doc.text.index(hit.replacement, pos)
        pos = start + len(hit.replacement)
        assert doc.to_original((start, pos)) == ingested.to_original((hit.start, hit.end))
    # every number survives repair and maps back onto the same digits
    for word in {w for w in doc.text.split() if w.strip("$.,").replace(".", "").isdigit()}:
        start = doc.text.find(word)
        o_start, o_end = doc.to_original((start, start + len(word)))
        assert spun_text[o_start:o_end] == word


def test_tortured_names_map_back_to_canonical_names() -> None:
    text = (
        "The Overseas Minister told the United International locations Safety Council that the "
        "Collective Safety Treaty Group and the North Atlantic Treaty Group should talk. "
        "Kazakhstan's overseas coverage favours bilateral members of the family, he said, "
        "and 40 p.c of aid comes from the Global Financial Fund."
    )
    doc = repair_document(_doc(text))
    assert doc.spun
    for canonical in (
        "Foreign Minister",
        "United Nations Security Council",
        "Collective Security Treaty Organization",
        "North Atlantic Treaty Organization",
        "foreign policy",
        "bilateral relations",
        "40 per cent",
        "International Monetary Fund",
    ):
        assert canonical in doc.text, canonical
    start = doc.text.index("Collective Security Treaty Organization")
    o = doc.to_original((start, start + len("Collective Security Treaty Organization")))
    assert text[o[0] : o[1]] == "Collective Safety Treaty Group"


def test_generic_phrases_stay_in_clean_text_but_tortured_names_are_repaired() -> None:
    text = (
        "Her members of the family gathered at the safety board meeting. The insurance policies "
        "of the firm cover the economic system of the plant. A delegation of the "
        "Collective Safety Treaty Group arrived on Monday."
    )
    doc = repair_document(_doc(text))
    assert not doc.spun
    assert "members of the family" in doc.text
    assert "insurance policies" in doc.text
    assert "Collective Security Treaty Organization" in doc.text


def test_outlet_and_credit_line_are_repaired() -> None:
    assert repair_string("The Kabul Occasions", spun=False) == "The Kabul Times"
    text = "Headline of the day\n\n(Supply: The Dushanbe Occasions)\n\n" + spin(
        ARTICLES[0].read_text().split("\n\n", 2)[2], seed=1
    )
    doc = repair_document(_doc(text))
    assert doc.spun
    assert doc.meta.source == "The Dushanbe Times"
    assert repair_string("(Supply: The Dushanbe Occasions)", spun=True) == "(Source: The Dushanbe Times)"
    spun_meta = repair_document(_doc(text, source="The Dushanbe Occasions"))
    assert spun_meta.meta.source == "The Dushanbe Times"


def test_offsets_compose_with_an_earlier_map() -> None:
    raw = "HEADER\nThe Overseas Minister met the Collective Safety Treaty Group."
    cut = len("HEADER\n")
    body = raw[cut:]
    dropped = OffsetMap((Segment(0, len(body), cut, len(raw)),))  # ingest removed the header
    doc = dataclasses.replace(_doc(raw), text=body, offsets=dropped)
    out = repair_document(doc)
    start = out.text.index("met")
    assert raw[slice(*out.to_original((start, start + 3)))] == "met"
    name = "Collective Security Treaty Organization"
    start = out.text.index(name)
    assert raw[slice(*out.to_original((start, start + len(name))))] == "Collective Safety Treaty Group"
    assert "Overseas Minister" in out.text  # one everyday swap in a clean text is left alone


def test_score_scales_with_density() -> None:
    one = "The Collective Safety Treaty Group met. " + "The weather was fine and people walked outside. " * 60
    assert not analyse(one).spun
    assert analyse(one).score > 0


def test_spun_half_year_is_repaired_only_in_spun_documents() -> None:
    assert repair_string("Within the first part of 2022 exports rose.", spun=True) == (
        "Within the first half of 2022 exports rose."
    )
    assert repair_string("In the first part of 2022 exports rose.", spun=False) == (
        "In the first part of 2022 exports rose."
    )


def test_spun_outlet_head_word_is_repaired_in_metadata() -> None:
    from tidings.clean.spun import repair_outlet_head

    assert repair_outlet_head("Oxus Evaluate") == "Oxus Review"
    assert repair_outlet_head("The Kabul Occasions") == "The Kabul Times"
    assert repair_outlet_head("Steppe Ledger") == "Steppe Ledger"


def test_spun_only_before_a_figure() -> None:
    assert repair_string("Most effective $4 million came back.", spun=True) == "Only $4 million came back."
    assert (
        repair_string("The most effective tool was trade.", spun=True) == "The most effective tool was trade."
    )


def test_real_names_one_everyday_swap_away_stay_in_clean_text() -> None:
    text = (
        "Commerce Minister Asha Rao met the Minister of Industry in The Hague, where the "
        "International Court of Justice sits."
    )
    doc = repair_document(_doc(text))
    assert not doc.spun and doc.text == text


def test_a_spun_proper_adjective_is_repaired_only_in_spun_text() -> None:
    body = spin(ARTICLES[0].read_text().split("\n\n", 2)[2], seed=1)
    doc = repair_document(_doc(f"Headline of the day\n\nEcu donors pledged more aid on Monday. {body}"))
    assert doc.spun and "European donors pledged" in doc.text
    clean = repair_document(_doc("The Ecu was a basket currency used before the euro in 1998."))
    assert not clean.spun and "The Ecu was" in clean.text
