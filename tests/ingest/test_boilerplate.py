"""Boilerplate removal: page furniture goes, body paragraphs survive intact and map back."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.ingest.boilerplate import cue_density, find_boilerplate, line_boilerplate
from tidings.ingest.decode import content_hash
from tidings.ingest.document import build_document
from tidings.records import Document, RawDoc

PARAGRAPHS = [
    "Turkmenistan and Afghanistan agreed on Monday to speed up work on a power line from Mary to "
    "Herat, officials in Ashgabat said. The line is meant to carry 500 megawatts by 2026.",
    "The Afghan side promised to guard the route, which crosses two provinces where armed groups "
    "have attacked convoys in the past. Turkmen engineers are expected on site in May.",
    "Analysts in the region doubt the timetable. “Every project of this kind has slipped by years,” "
    "said a researcher at a university in Almaty, who asked not to be named.",
    "The newsletter of the Turkmen energy ministry reported in March that funding for the line had "
    "been found. The Asian Development Bank has offered a loan. The Islamic Development Bank is "
    "studying a second loan. A tender for the towers is due by the end of the year.",
]
FURNITURE = [
    "Home | News | Asia | Energy",
    "We use cookies to improve your experience on our website. By browsing you accept our cookie policy.",
]
FOOTER = [
    "Share:",
    "1,204",
    "Read 3,117 times",
    "Visit also",
    "steppewatch",
    "Energy Corridor Monitor",
    "pipelines-daily",
    "Staff Publications",
    "Op-ed Nadia Rahman, Why the grid matters more than the pipeline, Regional Affairs, April 12, 2023.",
    "Analysis Peter Lindqvist, Power lines and power politics in the Karakum, Energy Brief, March 2023.",
    "Book Nadia Rahman and Peter Lindqvist, Wires Across the Desert, Grid Institute, December 2022.",
    "Newsletter",
    "Sign up for upcoming events, latest news and analysis from the Energy Corridor Monitor",
    "© 2024 Energy Corridor Monitor. All rights reserved.",
]


def build(text: str) -> Document:
    raw = RawDoc(name="a.txt", uri="a.txt", text=text, fmt="txt", content_hash=content_hash(text))
    return build_document(raw)


def paragraphs_with_spans(doc: Document) -> list[tuple[str, tuple[int, int]]]:
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", doc.text):
        out.append((m.group(), doc.to_original((m.start(), m.end()))))
    return out


def article() -> str:
    head = ["Turkmen Power Line to Herat Gains Pace", "By Nadia Rahman"]
    return "\n\n".join([*FURNITURE[:1], *head, *PARAGRAPHS, *FURNITURE[1:], *FOOTER]) + "\n"


def test_footer_and_furniture_are_removed_and_body_survives_intact() -> None:
    doc = build(article())
    for p in PARAGRAPHS:
        assert p in doc.text
    for phrase in ("Share:", "1,204", "Read 3,117", "Visit also", "steppewatch", "Staff Publications"):
        assert phrase not in doc.text
    for phrase in ("Sign up", "All rights reserved", "cookies", "Home | News", "Wires Across the Desert"):
        assert phrase not in doc.text
    assert "Newsletter" not in doc.text  # the line; the body's "newsletter of the ministry" survives
    assert [p for p, _ in paragraphs_with_spans(doc)] == PARAGRAPHS
    assert doc.meta.title == "Turkmen Power Line to Herat Gains Pace"
    assert doc.meta.author == "Nadia Rahman"


def test_every_clean_paragraph_maps_back_onto_the_raw_text() -> None:
    doc = build(article())
    assert doc.raw_text == article()
    for paragraph, (start, end) in paragraphs_with_spans(doc):
        assert doc.raw_text[start:end] == paragraph
    # positions inside a paragraph map one to one
    p = PARAGRAPHS[2]
    i = doc.text.index("Almaty")
    o_start, o_end = doc.to_original((i, i + len("Almaty")))
    assert doc.raw_text[o_start:o_end] == "Almaty"
    assert p.index("Almaty") < len(p)


def test_single_newline_paragraphs_keep_their_layout() -> None:
    raw = "\n".join([*PARAGRAPHS[:2], "Share on Facebook", "Related articles", "Turkmen gas flows south"])
    assert build(raw).text == "\n".join(PARAGRAPHS[:2])
    raw = "\n".join([PARAGRAPHS[0], "Share on Facebook", PARAGRAPHS[1]])
    assert build(raw).text == "\n\n".join(PARAGRAPHS[:2])  # a blank line stands for what was cut


def test_text_without_boilerplate_is_left_as_it_is() -> None:
    raw = "\n " + "\n".join(PARAGRAPHS) + "\n\n"
    doc = build(raw)
    assert doc.text == raw
    assert doc.to_original((5, 20)) == (5, 20)


def test_teaser_repeated_by_the_next_paragraph_is_dropped() -> None:
    teaser = PARAGRAPHS[0].split(". ")[0] + "."
    doc = build("\n\n".join([teaser, *PARAGRAPHS]))
    assert doc.text.count("agreed on Monday") == 1


def test_editorial_notice_goes_but_a_body_paragraph_mentioning_views_stays() -> None:
    notice = (
        "The views expressed in this column do not necessarily reflect the editorial line. "
        "We welcome any suggestions: please use the contact form."
    )
    body = (
        "Ministers from both countries expressed their views on the tariff at length. They did not "
        "agree on a price for the electricity. A new round of talks is planned for June in Herat."
    )
    assert cue_density(notice) == 1.0
    assert cue_density(body) == 0.0
    doc = build("\n\n".join([PARAGRAPHS[0], notice, body]))
    assert notice not in doc.text and body in doc.text


def test_single_line_rules() -> None:
    assert line_boilerplate("568 shares") == "counter"
    assert line_boilerplate("Views: 2,301") == "counter"
    assert line_boilerplate("Read also: Turkmen gas flows south") == "link"
    assert line_boilerplate("Skip to main content") == "navigation"
    assert line_boilerplate("Copyright 2021 Steppe Media") == "copyright"
    assert line_boilerplate("Turkmenistan shares a border with Afghanistan.") is None
    assert line_boilerplate("Introduction") is None


def test_citations_in_the_body_are_not_a_publication_list() -> None:
    lines = [
        "Energy Policy",
        "The plan was first set out in a paper by the ministry, Tashkent, 2019.",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
    ]
    assert find_boilerplate(lines) == {}


def test_seeds_leave_no_boilerplate_in_the_clean_text(shared: Path) -> None:
    seeds = sorted((shared / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        doc = build(text)
        assert not re.search(r"(?im)^\s*share\s*:", doc.text), path.name
        assert "newsletter" not in doc.text.lower(), path.name
        assert "sign up" not in doc.text.lower(), path.name
        assert not re.search(r"(?im)^(visit|read) also\b", doc.text), path.name
        assert not re.search(r"(?im)^\s*[\d,]+\s*$", doc.text), path.name  # a bare share count
        # no run of citation lines ("Name, Title, Outlet, May 6, 2022.") closing the text
        tail = doc.text.split("\n\n")[-3:]
        assert not all(re.search(r",\s*(?:\w+\s+)?(?:\d{1,2},\s*)?(?:19|20)\d{2}\.?$", t) for t in tail), (
            path.name
        )
        for paragraph, (start, end) in paragraphs_with_spans(doc):
            assert doc.raw_text[start:end] == paragraph
        assert len(doc.text.split()) > 0.6 * len(text.split()), path.name  # the body survives


LINES = st.sampled_from(
    [
        *PARAGRAPHS,
        *FURNITURE,
        *FOOTER,
        "",
        " ",
        "Analysis",
        "By Nadia Rahman",
        "March 3, 2024",
        "Related",
        "42",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(LINES, max_size=25).map("\n".join)))
def test_any_text_builds_and_every_clean_line_maps_back(text: str) -> None:
    doc = build(text)
    assert doc.raw_text == text
    pos = 0
    for line in doc.text.split("\n"):
        if line.strip():
            start, end = doc.to_original((pos, pos + len(line)))
            assert text[start:end] == line
        pos += len(line) + 1
