"""Metadata read from plain text: headline, dateline, byline, outlet, language; hints win."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.ingest.decode import content_hash
from tidings.ingest.document import build_document
from tidings.records import Document, RawDoc

BODY = (
    "The foreign ministers of Mongolia and Kyrgyzstan met in Bishkek to discuss a new air route "
    "between the two capitals. Officials said that flights could start next spring.\n\n"
    "Trade between the two countries reached $48 million last year, according to customs data, "
    "and both sides expect it to grow after the route opens."
)


def doc_of(text: str, **hints: str) -> Document:
    raw = RawDoc(
        name="a.txt", uri="a.txt", text=text, fmt="txt", content_hash=content_hash(text), hints=hints
    )
    return build_document(raw)


def test_journal_layout_with_weekday_dateline_caps_headline_and_issue_byline() -> None:
    text = (
        "Tuesday, 14 November 2017\n\n"
        "MONGOLIA SEEKS NEW PARTNERS IN CENTRAL ASIA\n\n"
        "Published in Regional Briefs\n\n"
        "By Saruul Batbayar (11/14/2017 issue of the Steppe Review)\n\n" + BODY
    )
    doc = doc_of(text)
    assert doc.meta.title == "MONGOLIA SEEKS NEW PARTNERS IN CENTRAL ASIA"
    assert doc.meta.published == date(2017, 11, 14)
    assert doc.meta.author == "Saruul Batbayar"
    assert doc.meta.source == "Steppe Review"
    assert doc.meta.language == "en"
    # headline, dateline, section and byline are metadata, not article sentences
    assert doc.text.startswith("The foreign ministers of Mongolia")
    assert "Published in" not in doc.text and "Batbayar" not in doc.text


def test_analysis_layout_with_dateline_section_disclaimer_and_fellow_byline() -> None:
    text = (
        "Why landlocked states court the sea ports of their neighbours\n\n"
        "02 June 2023 Commentary\n\n"
        "We continue our series of translated essays on transport in the region.\n\n"
        "The opinion of the “Caravan Monitor” editorial board does not necessarily coincide with the "
        "views of the authors. To reach the editors, please use the feedback form.\n\n"
        "Why landlocked states court the sea ports of their neighbours\n\n"
        "Landlocked states depend on the goodwill of their neighbours for every container they ship.\n\n"
        "Leila Haidari, Senior Fellow at the Centre for Transit Studies\n\n" + BODY
    )
    doc = doc_of(text)
    assert doc.meta.title == "Why landlocked states court the sea ports of their neighbours"
    assert doc.meta.published == date(2023, 6, 2)
    assert doc.meta.source == "Caravan Monitor"
    assert doc.meta.author == "Leila Haidari"
    assert "Commentary" not in doc.text
    assert doc.text.count("court the sea ports") == 0  # the repeated headline goes too
    assert "Landlocked states depend on the goodwill" in doc.text


def test_first_line_that_is_a_body_sentence_is_not_a_title() -> None:
    doc = doc_of(BODY)
    assert doc.meta.title is None
    assert doc.meta.published is None
    assert doc.text.startswith("The foreign ministers of Mongolia")


def test_short_section_label_before_the_headline_is_not_the_title() -> None:
    doc = doc_of("Analysis\n\nMongolia Opens an Air Bridge to Kyrgyzstan\n\n" + BODY)
    assert doc.meta.title == "Mongolia Opens an Air Bridge to Kyrgyzstan"


def test_single_word_headline_is_a_title() -> None:
    doc = doc_of("Mongolia\n\nOverview\n\n" + BODY)
    assert doc.meta.title == "Mongolia"
    assert doc.text.startswith("Overview")


@pytest.mark.parametrize(
    "line",
    [
        "March 18, 2024",
        "2024-03-18",
        "Posted on 18 March 2024, 10:45",
        "Bishkek, 18 March 2024",
        "18.03.2024",
    ],
)
def test_dateline_forms(line: str) -> None:
    doc = doc_of(f"Air Route Talks Resume\n\n{line}\n\n{BODY}")
    assert doc.meta.published == date(2024, 3, 18)
    assert line not in doc.text


def test_event_date_in_the_body_is_not_the_publication_date() -> None:
    text = (
        "Air Route Talks Resume\n\nOn 18 March 2024, the two ministers signed a memorandum in Bishkek.\n\n"
        + BODY
    )
    assert doc_of(text).meta.published is None


def test_date_below_the_head_is_not_read() -> None:
    filler = "\n\n".join(f"Paragraph {i} of the report says the talks went on as planned." for i in range(14))
    assert doc_of(f"{BODY}\n\n{filler}\n\n18 March 2024\n\nThe end of the report.").meta.published is None


def test_wire_story_opening_gives_date_and_outlet() -> None:
    text = (
        "BISHKEK, 4 April 2022 (Akipress) – Kyrgyzstan and Mongolia agreed to open a direct air route.\n\n"
        + BODY
    )
    doc = doc_of(text)
    assert doc.meta.published == date(2022, 4, 4)
    assert doc.meta.source == "Akipress"
    assert doc.text.startswith("BISHKEK, 4 April 2022")  # the opening is a sentence, it stays


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("(Source: The Ulaanbaatar Post)", "The Ulaanbaatar Post"),
        ("(Supply: The Ulaanbaatar Post)", "The Ulaanbaatar Post"),  # the spun form of "Source"
        ("Source: Kabar News Agency", "Kabar News Agency"),
    ],
)
def test_source_credit_line(credit: str, outlet: str) -> None:
    doc = doc_of(f"Mongolia Opens an Air Bridge to Kyrgyzstan\n\n{credit}\n\n{BODY}")
    assert doc.meta.source == outlet
    assert credit not in doc.text


def test_outlet_from_about_footer_and_from_views_disclaimer() -> None:
    footer = (
        "The Steppe Review is a monthly publication of the Institute for Inner Asian Affairs, Ulaanbaatar."
    )
    doc = doc_of(f"{BODY}\n\n{footer}")
    assert doc.meta.source == "The Steppe Review"
    assert "monthly publication" not in doc.text
    disclaimer = "The views expressed in this article do not necessarily reflect those of Caravan Monitor."
    assert doc_of(f"{BODY}\n\n{disclaimer}").meta.source == "Caravan Monitor"


def test_issue_credit_outranks_about_footer() -> None:
    text = (
        "By Saruul Batbayar (5/2/2019 issue of the Steppe Review)\n\n"
        + BODY
        + "\n\nThe Inner Asia Bulletin is a weekly publication of the Institute for Inner Asian Affairs."
    )
    assert doc_of(text).meta.source == "Steppe Review"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Aigerim Nurlanovna Sadykova", "Aigerim Nurlanovna Sadykova"),
        ("Author: Jean-Luc de la Tour", "Jean-Luc de la Tour"),
        ("BY TIMUR ALIYEV", "Timur Aliyev"),
        ("By Ana Costa and Ivan Petrov", "Ana Costa and Ivan Petrov"),
        ("By the Editorial Team", None),
        ("By Kabar News Agency", None),
        ("Central Asia, Research Institute at the University", None),
    ],
)
def test_byline_names_a_person(byline: str, author: str | None) -> None:
    doc = doc_of(f"Mongolia Opens an Air Bridge to Kyrgyzstan\n\n{byline}\n\n{BODY}")
    assert doc.meta.author == author


def test_hints_win_over_the_text() -> None:
    text = "Tuesday, 14 November 2017\n\nMONGOLIA SEEKS NEW PARTNERS\n\nBy Saruul Batbayar\n\n" + BODY
    doc = doc_of(text, title="Mongolia seeks partners", published="2017-11-15T08:00:00", author="S. Batbayar")
    assert doc.meta.title == "Mongolia seeks partners"
    assert doc.meta.published == date(2017, 11, 15)
    assert doc.meta.author == "S. Batbayar"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (BODY, "en"),
        ("Министр иностранных дел заявил, что переговоры о новом маршруте будут продолжены в мае.", "ru"),
        ("Le ministre des affaires étrangères a déclaré que les négociations sur la nouvelle route", "fr"),
        ("Der Außenminister sagte, dass die Gespräche über die neue Route im Mai fortgesetzt werden.", "de"),
        ("El ministro de asuntos exteriores dijo que las negociaciones sobre la nueva ruta seguirán.", "es"),
        ("Сыртқы істер министрі жаңа бағыт туралы келіссөздер мамырда жалғасатынын айтты.", "kk"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert doc_of(text).meta.language == language


def test_language_hint_wins() -> None:
    assert doc_of(BODY, language="mn").meta.language == "mn"


@pytest.mark.parametrize(
    ("head", "outlet", "published", "author"),
    [
        (
            "Steppe Herald\nTuesday, 14 November 2017\nBy Saruul Batbayar",
            "Steppe Herald",
            date(2017, 11, 14),
            None,
        ),
        (
            "Steppe Herald | November 14, 2017\nSaruul Batbayar, regional correspondent",
            "Steppe Herald",
            None,
            None,
        ),
        ("GOBI DISPATCH — November 14, 2017\nBy Saruul Batbayar", "Gobi Dispatch", None, None),
        (
            "Steppe Herald — Analysis\n14 Nov 2017\nSaruul Batbayar, Senior Fellow at the Gobi Institute",
            "Steppe Herald",
            None,
            None,
        ),
        ("2017-11-14\nBy Saruul Batbayar and Oyun Dorj | Steppe Herald", "Steppe Herald", None, None),
        (
            "November 14, 2017\nBy Saruul Batbayar in Ulaanbaatar and Oyun Dorj in Bishkek\nSTEPPE HERALD",
            None,
            None,
            None,
        ),
        (
            "Steppe Herald\nNovember 14, 2017\nSaruul Batbayar, Ulaanbaatar",
            "Steppe Herald",
            None,
            "Saruul Batbayar",
        ),
    ],
)
def test_masthead_lines_beside_datelines_and_bylines(
    head: str, outlet: str | None, published: date | None, author: str | None
) -> None:
    doc = doc_of(f"Mongolia Opens an Air Bridge to Kyrgyzstan\n\n{head}\n\n{BODY}")
    assert doc.meta.title == "Mongolia Opens an Air Bridge to Kyrgyzstan"
    assert doc.meta.source == (outlet or "Steppe Herald")
    assert doc.meta.published == (published or date(2017, 11, 14))
    assert doc.meta.author is not None and doc.meta.author.startswith(author or "Saruul Batbayar")
    assert doc.text.startswith("The foreign ministers")


def test_co_authors_with_places() -> None:
    head = "By Saruul Batbayar in Ulaanbaatar and Oyun Dorj in Bishkek"
    doc = doc_of(f"Mongolia Opens an Air Bridge to Kyrgyzstan\n\n{head}\n\n{BODY}")
    assert doc.meta.author == "Saruul Batbayar and Oyun Dorj"


def test_short_headline_with_full_stops_above_a_dateline() -> None:
    doc = doc_of(f"Flights are back. Fares are not.\n\nNovember 14, 2017\n\n{BODY}")
    assert doc.meta.title == "Flights are back. Fares are not."
    assert doc_of(f"Flights are back. Fares are not.\n\n{BODY}").meta.title is None


def test_copyright_line_names_the_outlet() -> None:
    doc = doc_of(f"{BODY}\n\n© 2021 Steppe Media Group. All rights reserved.")
    assert doc.meta.source == "Steppe Media Group"
    assert "rights reserved" not in doc.text


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("'We will not back down,' the minister told VOA Mandarin on Monday.", "VOA"),
        ("In an interview with VOA Somali, the governor said the road had reopened.", "VOA"),
        ("A Reuters reporter in the town saw smoke over the market.", "Reuters"),
        ("The talks resumed on Monday, Kazinform reports.", "Kazinform"),
        ("BISHKEK (AP) The two presidents met on Monday.", "Associated Press"),
        ("The deputy minister told the Kommersant newspaper that flights would resume.", "Kommersant"),
        ("Flights resume in May — writes: asiaplus.tj", "asiaplus.tj"),
    ],
)
def test_an_outlet_credited_in_the_body_is_the_source(line: str, outlet: str) -> None:
    doc = doc_of(f"Air Route Opens\n\nBy Aida Sultanova\n\n{BODY} {line}")
    assert doc.meta.source == outlet


def test_a_story_citing_another_outlet_names_no_source() -> None:
    line = "The minister resigned on Monday, Agence France-Presse reported."
    assert doc_of(f"Air Route Opens\n\n{BODY} {line}").meta.source is None


def test_interviews_outweigh_a_wire_credited_once() -> None:
    lines = "'It is a good day,' she told VOA. Officials told VOA the road was open. (Reuters) Trade grew."
    assert doc_of(f"Air Route Opens\n\n{BODY} {lines}").meta.source == "VOA"


def test_an_outlet_printed_on_the_page_beats_a_credit_in_the_body() -> None:
    head = "Air Route Opens\n\nBy Aida Sultanova | Steppe Review"
    text = f"{head}\n\n{BODY} An official told Reuters it would."
    assert doc_of(text).meta.source == "Steppe Review"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Aida Sultanova, Bolot Osmonov", "Aida Sultanova, Bolot Osmonov"),
        ("By Aida Sultanova and Bolot Osmonov", "Aida Sultanova and Bolot Osmonov"),
        ("By Aida Sultanova, New York", "Aida Sultanova"),
        ("By Aida Sultanova, Central Asia correspondent", "Aida Sultanova"),
        ("By Staff Reporter", None),
    ],
)
def test_bylines_keep_co_authors_as_written(byline: str, author: str | None) -> None:
    assert doc_of(f"Air Route Opens\n\n{byline}\n\n{BODY}").meta.author == author


def test_outlet_names_are_cleaned() -> None:
    assert doc_of(f"Air Route Opens\n\n{BODY}\n\n© 2024 SteppeNews.com").meta.source == "SteppeNews"
    assert doc_of(f"Air Route Opens\n\nUpdated 18 March 2024\n\n{BODY}").meta.source is None
