"""Word cues around a figure: measure, qualifier, relation and non-claim cues.

Each table is a regular expression over lower-cased text; the extractor
decides which cue applies to a figure by where it sits (figures.py).
"""

from __future__ import annotations

import re

TRANSFER_RE = re.compile(
    r"\b(?:sent|send(?:s|ing)?|deliver(?:s|ed|ing|ies|y)?|dispatch(?:ed|es|ing)?|shipped|shipping|"
    r"shipments?|handed over|transferred)\b"
)
# Measure cues, most specific first; a cue's position decides which figure it serves.
MEASURE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "trade_turnover",
        re.compile(
            r"\b(?:trade turnover|turnover|volume of (?:bilateral |mutual |foreign )?trade|trade volumes?|"
            r"bilateral trade|mutual trade|trade exchanges?|trade deals|trade relations|commerce|"
            r"trade)\b(?![-‐])"
        ),
    ),
    (
        "exports",
        re.compile(
            r"\b(?:exports?|exported|exporting|exporter|supplied|suppl(?:y|ying)|sold|sells?|selling|"
            r"(?<!winter )(?<!medical )(?<!food )(?<!military )(?<!relief )(?<!emergency )"
            r"(?<!essential )supplies|"
            r"sales)\b"
        ),
    ),
    ("imports", re.compile(r"\b(?:imports?|imported|importing|importer|purchased|bought)\b")),
    (
        "aid",
        re.compile(
            r"\b(?:aid|humanitarian assistance|assistance|grants?|donated|donations?|donors?|relief|"
            r"humanitarian cargo)\b"
        ),
    ),
    ("investment", re.compile(r"\b(?:invest(?:ed|s|ing)?|investments?|investors?|fdi)\b")),
    # goods moved, sold or given: `transfer_measure` decides between exports and aid
    ("transfer", TRANSFER_RE),
    ("loan", re.compile(r"\b(?:loans?|credits?|credit lines?|lent|lending|borrowed|borrowing)\b")),
    # what something costs is neither traded nor given ("the cost of 1.5 kilograms of chicken")
    ("other", re.compile(r"\b(?:costs?|prices?|priced|fares?|fees?)\b")),
)
# Nouns a length can be the length of.
LENGTH_OBJECTS = re.compile(
    r"\b(?:railways?|railroads?|rail lines?|rail links?|roads?|highways?|motorways?|pipelines?|"
    r"borders?|canals?|power lines?|transmission lines?|tunnels?|bridges?|corridors?|"
    r"frontiers?|cables?|lines?|routes?|sections?|stretch(?:es)?|links?|tracks?|segments?|fences?|"
    r"walls?|coastlines?|highways?|expressways?|waterways?|rivers?)\b"
)
# People counts an analyst tabulates: groups moved, deployed, hosted, harmed or held.
COUNTED_GROUPS = frozenset(
    {
        "refugees",
        "migrants",
        "asylum seekers",
        "asylum-seekers",
        "troops",
        "soldiers",
        "servicemen",
        "peacekeepers",
        "fighters",
        "militants",
        "insurgents",
        "combatants",
        "casualties",
        "victims",
        "deaths",
        "dead",
        "displaced",
        "returnees",
        "detainees",
        "prisoners",
    }
)
# Soldiers are counted where they are sent, stationed or withdrawn, not when they stand trial.
TROOP_NOUNS = frozenset({"troops", "soldiers", "servicemen", "peacekeepers"})
DEPLOYED_RE = re.compile(
    r"\b(?:deploy\w*|sen[dt]\w*|dispatch\w*|station\w*|withdr[ae]w\w*|pull(?:ed|ing)? out|contingent|"
    r"forces?|mission|presence|base[sd]?|troops in|reinforc\w*|mobiliz\w*|mobilis\w*|massed|amass\w*|"
    r"border|front)\b"
)
# After the figure, in its own clause: "these five people might be deported", "65% must vote against".
NOT_YET_AFTER_RE = re.compile(
    r"^(?:\s+[\w'’-]+){0,6}?\s+(?:might|could|may|must|would|should|needs? to|need to)\b"
)
# Money promised: aid, or investment when it is for something built.
PLEDGE_RE = re.compile(
    r"\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|committ?(?:ed|ing|s)?|earmark(?:ed|s)?|"
    r"allocat(?:e|es|ed|ing)|set aside|offer(?:ed|s)?|announc(?:e|es|ed|ing)|unveil(?:ed|s)?)\b"
)
BUILT_RE = re.compile(
    r"\b(?:corridors?|rail\w*|roads?|highways?|ports?|pipelines?|plants?|stations?|dams?|bridges?|"
    r"infrastructure|projects?|factor(?:y|ies)|mines?|airports?|grids?|networks?|connectivity|"
    r"transport|energy|construction)\b"
)
# A sentence about people harmed, held or moved: its head counts are worth a table.
HARM_RE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|wounded|wounds|injur(?:ed|ies|y)|hurt|displaced|fled|"
    r"flee(?:ing)?|captured|recaptured|caught|lives|bodies|"
    r"deport(?:ed|ing|ation)|expell?(?:ed|ing)|evacuated|arrested|detained|abducted|kidnapped|"
    r"rescued|executed|missing|repatriated|stranded|hostages?|casualties|massacred?|shot)\b"
)
# Qualifiers read just before the figure, most telling first.
QUALIFIERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("record", re.compile(r"\b(?:a |an )?(?:all-time |historic |new )?record(?: high| level)?(?: of)?\s*$")),
    (
        "decreased_to",
        re.compile(
            r"\b(?:decreas|declin|dropp|drop|fell|fall|shr[ui]nk|slump|plung|contract|down)\w*\s+"
            r"(?:[\w%.,$€£]+\s+){0,3}?to\s*$"
        ),
    ),
    (
        "increased_to",
        re.compile(
            r"\b(?:increas|ris|rose|gr[eo]w|climb|jump|soar|doubl|tripl|surg|expand)\w*\s+"
            r"(?:[\w%.,$€£]+\s+){0,3}?to\s*$"
        ),
    ),
    ("at_least", re.compile(r"\b(?:at least|no less than|not less than|a minimum of)\s*$")),
    (
        "more_than",
        re.compile(r"\b(?:more than|over|above|exceeding|in excess of|upwards of|over and above)\s*$"),
    ),
    (
        "up_to",
        re.compile(r"\b(?:up to|as much as|as many as|no more than|less than|under|below)\s*$"),
    ),
    (
        "approximately",
        re.compile(
            r"\b(?:approximately|approx\.?|about|around|roughly|some|nearly|almost|close to|"
            r"an estimated|estimated|circa|or so)\s*$"
        ),
    ),
)
# Words before a figure that make it approximate (brief: over, more than, up to, almost ... too).
APPROX_RE = re.compile(
    r"\b(?:approximately|approx\.?|about|around|roughly|some|nearly|almost|close to|an estimated|"
    r"estimated|circa|over|more than|above|up to|as much as|as many as|less than|under|upwards of|"
    r"in excess of|at least)\s*$"
)
# What a tabulated share is of: output, a market, a population, a vote.
SHARE_OF_RE = re.compile(
    r"\b(?:output|production|market|reserves|supply|supplies|consumption|demand|population|"
    r"gdp|budget|revenues?|spending|votes?|voted|voters|ballots|electorate|"
    r"turnout|respondents|seats|workforce|labou?r force)\b"
)
# Output and production shares are of the good the sentence names ("the largest uranium producer").
PRODUCTION_RE = re.compile(r"\b(?:output|production|reserves|producers?|exporters?|supply)\b")
# A percentage relative to another figure or to a change: a relation, never a fact of its own.
RELATION_BEFORE_RE = re.compile(
    r"\b(?:of which|of this|of that|of these|of them|which (?:accounts?|accounted|represents?|"
    r"represented|makes? up|made up|is|was|amounts?|amounted) (?:for |to )?(?:about |approximately |"
    r"roughly |nearly |almost |some |over |more than )?|by|up|down|a|an|almost a|nearly a)\s*$"
)
RELATION_AFTER_RE = re.compile(
    r"^\s*(?:of which|increase|decrease|rise|growth|decline|drop|fall|jump|surge|plunge|"
    r"higher|lower|more|less|up|down|year[- ]on[- ]year|y/y|compared|over the|from the|"
    r"on the previous|than)\b"
)
# Typical-value and bound-over-years statements describe no measured period.
HABITUAL_RE = re.compile(
    r"\b(?:generally|normally|usually|typically|traditionally|rarely|seldom|never|often|"
    r"historically|customarily|as a rule|at times|at one point)\b"
)
# The figure sits under a denial, a rumour, a refusal or a mere possibility: not a claim.
NON_CLAIM_RE = re.compile(
    r"\b(?:den(?:y|ied|ies)|rumou?rs?|refused|rejected|false(?:ly)?|hoax|could|might|"
    r"forecasts?|speculat\w*|may (?:be|have)|can (?:hold|house|accommodate|take)|capacity)\b"
)
# "104 passengers, including 58 men, 31 women and 15 children": a breakdown of a count just given.
# The words between are the parts' numbers and nouns: no verb ("were killed, and") ends the list.
_PART_WORD = r"(?!(?:were|was|are|is|had|have|has|and)\s)(?![\w'’-]*ed\s)[\w'’-]+,?\s+"
SUBCOUNT_RE = re.compile(rf"\b(?:including|among them|of whom)\s+(?:{_PART_WORD})*(?:and\s+)?$")
# A goal or a commitment: a claim about the future, kept with its qualifier.
TARGET_RE = re.compile(
    r"\b(?:plans? to|planned to|aims? to|aiming to|aimed at|targets?|targeted|goal|intends? to|"
    r"hopes? to|seeks? to|wants? to|ambition)\b"
)
PLANNED_RE = re.compile(
    r"\b(?:would|will|shall|expected to|projected to|(?:is|are|was|were) (?:set )?to|pledged?|"
    r"promised?|committed|agreed to)\b"
)
# Words that make goods moved in a sentence a sale; aid words anywhere in the document make them aid.
COMMERCE_RE = re.compile(
    r"\b(?:sold|sells?|sales?|exports?|exported|purchas\w*|bought|buy(?:s|ing)?|deals?|contracts?|"
    r"commercial|prices?|paid|traders?|market)\b"
)
AID_RE = re.compile(
    r"\b(?:aid|humanitarian|assistance|relief|donat\w*|donors?|gifts?|gifted|free of charge|grants?)\b"
)
RATE_RE = re.compile(r"\b(?:a|per|each|every) year\b|\bannually\b|\bper annum\b|/year\b|\byearly\b")
