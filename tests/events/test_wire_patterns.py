"""Patterns of wire copy: joint acts of a state and its insurgents, vows of revenge, export controls,
prisoner swaps, crowds no one names, arrests by no one named, acts told as a noun with their author
in a participle ("the attack, claimed by X, killed ..."), bans that bar people, denials, waters named
after a state, seizures, dates of a relative clause on the subject, blame put as a statement ("said X
was behind the bombing"), names called ("called the sanctions illegal"), fines on companies,
questions that are no demands, requests made of people no actor names, pardons and acquittals
(concessions, as PLOVER codes them; the release itself is a retreat), and acts told only as a noun
("the launch of a joint patrol", "the imposition of an embargo", "Israel's killing of X")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from tidings.records import Actor, Event, Result

Run = Callable[..., Result]
PUBLISHED = date(2024, 5, 15)


def _party(a: Actor | None) -> str | None:
    """A state's organ or people by their state; a group or an organisation by its code."""
    if a is None:
        return None
    return a.code if a.kind in ("group", "igo", "ngo") else a.country or a.code


def _dyads(events: tuple[Event, ...]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, _party(e.source), _party(e.target)) for e in events if not e.negated}


CASES = [
    ("Colombia and the ELN rebels signed a ceasefire in Havana.", ("AGREE", "COL", "ELN")),
    ("Pakistan vowed to retaliate against India after the strikes.", ("THREATEN", "PAK", "IND")),
    ("Iran vowed to avenge the killing of its general by the United States.", ("THREATEN", "IRN", "USA")),
    ("China imposed export controls on gallium shipped to the United States.", ("SANCTION", "CHN", "USA")),
    ("Ukraine and Russia exchanged 90 prisoners of war on Friday.", ("RETREAT", "UKR", "RUS")),
    ("Russia and the United States carried out a prisoner swap in Abu Dhabi.", ("RETREAT", "RUS", "USA")),
    ("Thousands marched in Nairobi on Tuesday to protest the new tax law.", ("PROTEST", "KEN", "KEN")),
    ("The opposition leader was arrested in Harare on Monday.", ("COERCE", "ZWE", "ZWE")),
    ("Two journalists were detained in Istanbul on Friday.", ("COERCE", "TUR", "TUR")),
    ("Washington sent a new batch of Patriot missiles to Kyiv last week.", ("AID", "USA", "UKR")),
    ("China sent 30 warplanes toward Taiwan on Tuesday.", ("MOBILIZE", "CHN", "TWN")),
    (
        "The sanctions, announced by the U.S. Treasury on Tuesday, target 12 Iranian companies.",
        ("SANCTION", "USA", "IRN"),
    ),
    ("The raid, carried out by Israeli forces, killed five Palestinians.", ("ASSAULT", "ISR", "PSE")),
    ("Police in Dhaka fired tear gas at thousands of students on Sunday.", ("ASSAULT", "BGD", "BGD")),
    ("The Taliban barred girls from attending school beyond sixth grade.", ("COERCE", "TALIBAN", "AFG")),
    ("Ukraine's military said Russia was responsible for the attack on the dam.", ("ACCUSE", "UKR", "RUS")),
    ("Kenya said al-Shabab was behind the bombing in Lamu.", ("ACCUSE", "KEN", "AL-SHABAAB")),
    ("Peru said Chile was to blame for the crisis.", ("ACCUSE", "PER", "CHL")),
    ("The Iranian ministry called the U.S. sanctions illegal.", ("ACCUSE", "IRN", "USA")),
    ("Iran's foreign minister described the U.S. sanctions as economic terrorism.", ("ACCUSE", "IRN", "USA")),
    ("Russia branded the Finnish decision a provocation.", ("ACCUSE", "RUS", "FIN")),
    ("A Russian court fined Google for failing to delete banned content.", ("SANCTION", "RUS", "USA")),
    ("The United States and the Philippines launched joint military drills.", ("COOPERATE", "USA", "PHL")),
    ("Egypt announced the launch of a joint naval patrol with Saudi Arabia.", ("COOPERATE", "EGY", "SAU")),
    (
        "Following the imposition of an oil embargo on Venezuela by the United States, prices rose.",
        ("SANCTION", "USA", "VEN"),
    ),
    ("Pakistan's Supreme Court acquitted former Prime Minister Imran Khan.", ("CONCEDE", "PAK", "PAK")),
    ("Zimbabwe's president pardoned 4,000 prisoners on Tuesday.", ("CONCEDE", "ZWE", "ZWE")),
    ("Thousands of Kenyans took to the streets of Nairobi to denounce the tax.", ("PROTEST", "KEN", "KEN")),
    ("Morocco reopened its border with Algeria on Monday.", ("CONCEDE", "MAR", "DZA")),
    (
        "Israel's killing of Hamas leader Ismail Haniyeh in Tehran drew vows of revenge.",
        ("ASSAULT", "ISR", "PSE"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_coded(run_text: Run, text: str, want: tuple[str, str, str | None]) -> None:
    assert want in _dyads(run_text(text, published=PUBLISHED).events)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Peru vowed to respond to questions from Chile.", "THREATEN"),  # an answer, no revenge
        ("Tehran has denied supplying drones to Russia.", "COOPERATE"),  # denied, not done
        ("The Baloch rebels demanded the release of fighters held in Pakistani prisons.", "COERCE"),
        ("No evidence linking the camp with al-Shabab has been released by Kenya.", "RETREAT"),
        ("Iran denied that it had supplied drones to Russia.", "COOPERATE"),
        ("Peru said Chile was not responsible for the spill.", "ACCUSE"),
        ("The Peruvian minister said Bolivia was responsible for managing its economy.", "ACCUSE"),
        ("China called the talks with Russia constructive.", "ACCUSE"),
        ("The Peruvian prosecutor asked the Chilean envoy if he agreed with the charges.", "REQUEST"),
        ("Reporters asked the Peruvian minister about the talks with Chile.", "REQUEST"),
        ("China urged its tech companies to compete with the United States.", "REQUEST"),
        (
            "The Peruvian minister told Chilean newspaper El Mercurio that the reforms should go on.",
            "REQUEST",
        ),
        ("Analysts say China could impose sanctions on Peru over the dispute.", "SANCTION"),  # a view
        ("Experts warned that Bolivia might expel the Chilean ambassador.", "COERCE"),
        ("Kenya has hosted refugees from Somalia for three decades.", "CONSULT"),  # no visit
        ("The Peruvian minister took the streets of Lima by surprise.", "PROTEST"),
        ("Many Peruvians fear Chile will deport them next year.", "COERCE"),  # a fear, not a plan
        # a participle without its author says nothing of who is hit
        ("Huawei designed new chips, overcoming restrictions imposed by the U.S., she said.", "COERCE"),
    ],
)
def test_not_coded(run_text: Run, text: str, unwanted: str) -> None:
    assert unwanted not in {t for t, _, _ in _dyads(run_text(text, published=PUBLISHED).events)}


def test_two_organs_of_one_state_do_not_pair(run_text: Run) -> None:
    events = run_text("Colombia and the Colombian army signed a pact.", published=PUBLISHED).events
    assert all(not (e.source and e.target and e.source.code == e.target.code == "COL") for e in events)


def test_waters_are_not_their_state(run_text: Run) -> None:
    res = run_text("Iran seized an oil tanker in the Gulf of Oman on Thursday.", published=PUBLISHED)
    assert "OMN" not in {m.actor.code for m in res.mentions if m.actor}
    assert all(e.target is None or e.target.code != "IRN" for e in res.events)  # whose tanker, unsaid
    missile = run_text("North Korea fired a ballistic missile into the Sea of Japan.", published=PUBLISHED)
    assert "JPN" not in {m.actor.code for m in missile.mentions if m.actor}


def test_a_relative_clause_on_the_subject_keeps_its_act_and_its_date(run_text: Run) -> None:
    text = "The Taliban, who seized power in August 2021, have barred women from work and education."
    events = {e.type: e for e in run_text(text, published=PUBLISHED).events}
    assert events["ASSAULT"].date == "2021-08"  # the takeover, told in the aside
    assert events["COERCE"].date is None  # the ban is not dated by the aside


def test_acts_on_other_branches_or_set_beside_stay(run_text: Run) -> None:
    text = (
        "Ties soured after Chile began deporting Peruvians in late 2023, and Chilean jets struck "
        "Peruvian positions on 24 December."
    )
    types = {t for t, _, _ in _dyads(run_text(text, published=PUBLISHED).events)}
    assert {"COERCE", "ASSAULT"} <= types  # the deportations are not part of the strike
    text = "Chile and Peru agreed on 10 May to halt military action, following Chilean air strikes on Peru."
    assert ("ASSAULT", "CHL", "PER") in _dyads(run_text(text, published=PUBLISHED).events)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Peru expelled two Chilean diplomats on Monday. Bolivia followed suit on Tuesday.", ("BOL", "CHL")),
        ("Peru expelled two Chilean diplomats on Monday. Chile did the same on Tuesday.", ("CHL", "PER")),
        ("Kenya sent troops to Somalia in 2011. Uganda did so in 2007.", ("UGA", "SOM")),
    ],
)
def test_an_act_told_by_reference_to_the_one_before(run_text: Run, text: str, want: tuple[str, str]) -> None:
    events = [e for e in run_text(text, published=PUBLISHED).events if _party(e.source) == want[0]]
    assert [(_party(e.source), _party(e.target)) for e in events] == [want]
    first = run_text(text.split(". ")[0] + ".", published=PUBLISHED).events[0]
    assert events[0].type == first.type and events[0].date != first.date  # dated by its own clause


@pytest.mark.parametrize(
    "follow",
    ["Bolivia might follow suit.", "Bolivia did not do the same.", "Bolivia said it would do the same."],
)
def test_a_reference_supposed_or_denied_is_no_act(run_text: Run, follow: str) -> None:
    text = f"Peru expelled two Chilean diplomats on Monday. {follow}"
    assert "BOL" not in {_party(e.source) for e in run_text(text, published=PUBLISHED).events}


@pytest.mark.parametrize(
    "text",
    [
        "Peru set free a Chilean fisherman on Tuesday.",
        "Peru set a Chilean fisherman free on Tuesday.",
        "A Chilean fisherman held in Peru since 2022 was set free on Tuesday.",
    ],
)
def test_set_free_is_a_release(run_text: Run, text: str) -> None:
    assert ("RETREAT", "PER", "CHL") in _dyads(run_text(text, published=PUBLISHED).events)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister said sanctions could follow if Bolivia went ahead with the vote.",
        'The Chilean president wrote that "bad things" would happen if Bolivia did not return the mine.',
        '"There will be consequences if Bolivia closes the port," the Chilean foreign minister said.',
    ],
)
def test_harm_said_to_follow_on_a_condition_is_a_threat(run_text: Run, text: str) -> None:
    assert ("THREATEN", "CHL", "BOL") in _dyads(run_text(text, published=PUBLISHED).events)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister said there would be no consequences if Bolivia held the vote.",
        "The Chilean foreign minister said prices could rise if Bolivia closed the port.",
        "Analysts said sanctions could follow if Bolivia went ahead with the vote.",
    ],
)
def test_no_harm_or_no_named_speaker_is_no_threat(run_text: Run, text: str) -> None:
    assert "THREATEN" not in {e.type for e in run_text(text, published=PUBLISHED).events}


def test_a_signing_by_the_three_governments_is_one_act_of_all_three(run_text: Run) -> None:
    text = "Chile, Peru and Bolivia met in Lima on Monday. The three governments signed a roadmap on Tuesday."
    (signed,) = [e for e in run_text(text, published=PUBLISHED).events if e.type == "AGREE"]
    parties = {c for a in (signed.source, signed.target) if a for c in (a.codes or (a.code,))}
    assert parties == {"CHL", "PER", "BOL"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Peru released several jailed opposition figures on Friday.", ("RETREAT", "PER", "PER")),
        ("Peru released two Chilean fishermen on Friday.", ("RETREAT", "PER", "CHL")),
    ],
)
def test_a_release_of_people_no_state_claims_frees_the_states_own(
    run_text: Run, text: str, want: tuple[str, str, str]
) -> None:
    assert want in _dyads(run_text(text, published=PUBLISHED).events)


def test_a_release_of_figures_is_no_release_of_people(run_text: Run) -> None:
    assert run_text("Peru released new trade figures on Friday.", published=PUBLISHED).events == ()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peru freed two opposition leaders on Friday. Chile welcomed the releases.",
            ("SUPPORT", "CHL", "PER"),
        ),
        ("Peru freed two opposition leaders on Friday. Chile welcomed the move.", ("SUPPORT", "CHL", "PER")),
        (
            "Peruvian jets bombed a Bolivian border post on Monday. Chile condemned the attack.",
            ("ACCUSE", "CHL", "PER"),
        ),
    ],
)
def test_a_reaction_to_the_act_just_told_is_aimed_at_its_doer(
    run_text: Run, text: str, want: tuple[str, str, str]
) -> None:
    assert want in _dyads(run_text(text, published=PUBLISHED).events)


def test_a_reaction_to_no_act_has_no_target_from_the_story(run_text: Run) -> None:
    text = "Peruvian jets bombed a Bolivian border post on Monday. Chile welcomed the rain."
    assert {e.type for e in run_text(text, published=PUBLISHED).events} == {"ASSAULT"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile and Peru vetoed a U.S.-drafted resolution on Monday.", ("REJECT", "PER", "USA")),
        (
            'Bolivia tested a missile on Monday. The Chilean president called the launch "a reckless act."',
            ("ACCUSE", "CHL", "BOL"),
        ),
        (
            "Nicaragua said it would cut ties with Quito in solidarity with Mexico.",
            ("THREATEN", "NIC", "ECU"),
        ),
        ("Ecuador said Mexico had abused the immunities of its embassy.", ("ACCUSE", "ECU", "MEX")),
        ("The UN said Russia violated the ceasefire on Monday.", ("ACCUSE", "UN", "RUS")),
        ("Peru said Chile broke its pledge on fishing.", ("ACCUSE", "PER", "CHL")),
        (
            "Chilean police stormed the Peruvian embassy on Friday. "
            'The Peruvian president called the raid "an authoritarian act."',
            ("ACCUSE", "PER", "CHL"),
        ),
        (
            "Chilean police stormed the Peruvian embassy on Friday. The OAS said the raid violated the law.",
            ("ACCUSE", "OAS", "CHL"),
        ),
    ],
)
def test_parties_named_in_a_compound_a_quote_a_capital_or_a_breach(
    run_text: Run, text: str, want: tuple[str, str, str]
) -> None:
    assert want in _dyads(run_text(text, published=PUBLISHED).events)


@pytest.mark.parametrize(
    "text",
    [
        "Peru said Chile could violate the treaty.",
        "Peru said Chile had not violated the treaty.",
        "Peru said Chile broke the world record.",
    ],
)
def test_a_breach_supposed_denied_or_of_no_pledge_is_no_accusation(run_text: Run, text: str) -> None:
    assert "ACCUSE" not in {e.type for e in run_text(text, published=PUBLISHED).events}


def test_a_paragraph_ends_its_sentence(run_text: Run) -> None:
    text = (
        "LIMA - Peru cut ties with Chile on Saturday after Chilean police stormed the Peruvian embassy in "
        "Santiago.\n\nBolivia also condemned the incursion."
    )
    assert ("ACCUSE", "BOL", "CHL") in _dyads(run_text(text, published=PUBLISHED).events)
