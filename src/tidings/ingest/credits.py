"""Who wrote a text and which outlet published it, from byline and credit lines.

Authors: "By Name", "Author: Name", "Name, Research Fellow at ...", where the
name is a person's (2-4 capitalised tokens, no organisation words). Outlets:
"Source: X" (and "Supply: X", its machine-spun form), "issue of the X", wire
credits, editorial disclaimers naming the outlet, "X is a weekly publication
of ..." footers and copyright lines; each form has a rank, the lowest wins.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

from tidings.ingest.language import word_set

NAME_TOKEN = re.compile(
    r"^(?:[A-Z]\.){1,2}$|^(?:Mc|Mac|O['’]|D['’]|Al-|al-|El-|el-)?[A-Z][a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)*\.?$"
)
CAPS_TOKEN = re.compile(r"^[A-Z][A-Z'’-]+$")
PARTICLES = word_set("van von der de da di du del la le bin ibn al el ul ben")
ORG_WORDS = word_set(
    "institute center centre university college ministry agency news times press staff service services "
    "editorial editors editor team desk group council foundation organization organisation association "
    "network company media post daily journal review reporter correspondent correspondents office "
    "department bureau committee commission program programme project analyst analytics report reports "
    "online magazine tribune herald gazette radio television tv channel website portal"
)
ROLE_WORDS = word_set(
    "fellow professor researcher analyst director editor correspondent journalist expert lecturer "
    "scholar associate head chair chairman founder ambassador adviser advisor consultant writer author "
    "reporter student candidate scientist economist historian specialist coordinator manager officer "
    "member contributor columnist commentator diplomat president vice senior junior deputy"
)
BY_LINE = re.compile(r"^(?:by|written by|author|authors|posted by|text)\s*[:\-–—]?\s+(?P<rest>.+)$", re.I)
NAME_ROLE = re.compile(r"^(?P<name>[^,()]{4,60}),\s+(?P<role>[^.]{3,160})$")
NAME_PLACE = re.compile(r"^(?P<name>[^,]{4,40}),\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?$")
BYLINE_END = re.compile(r"\s*(?:[(|•·]|\s[–—-]\s)")
# First words of two-word places a byline may end in ("By A B, New York"): not a co-author.
PLACE_HEADS = word_set(
    "new san santa los las hong kuala addis abu tel cape port rio sao buenos phnom saint st. dar"
)
CONNECTORS = frozenset({"the", "of", "and", "&", "for", "on", "in", "de", "la", "al"})
OUTLET_WORDS = word_set(
    "times post review observer dispatch dispatches bulletin briefing monitor wire ledger chronicle herald "
    "gazette tribune journal news daily weekly express telegraph insider digest report reporter analyst "
    "voice mirror standard guardian independent courier star today magazine agency press media tv radio "
    "online info inform network channel diplomat quarterly monthly letter notes watch weekly outlook "
    "affairs review record register sentinel messenger reader digest mail"
)
NAME_END = re.compile(r"\s*(?:[(,|–—]|\s-\s|\bfor\b|\bin\b|\bon\b|\bat\b|\bissue\b)")

SOURCE_LINE = re.compile(r"^\(?\s*(?:sources?|supply|via|credit)\s*:\s*(?P<x>[^()]{2,80}?)\s*\)?\.?$", re.I)
SOURCE_PAREN = re.compile(r"\(\s*(?:source|supply)\s*:\s*(?P<x>[^()]{2,80}?)\s*\)", re.I)
FIRST_PUBLISHED = re.compile(
    r"\b(?:originally|first) (?:published|appeared) (?:in|by|on|at) (?:the website of )?(?P<x>[^.;()]{2,80})",
    re.I,
)
ISSUE_OF = re.compile(
    r"(?:\d|\(|\b(?:spring|summer|autumn|fall|winter|latest|current|print|weekly|monthly))\s*"
    r"issue of (?:the )?(?P<x>[A-Z][^.;()]{1,80}?)\s*(?:[).;,]|$)",
    re.I,
)
DISCLAIMER = re.compile(
    r"\b(?:position|views?|opinions?|standpoint|point of view) of (?:the )?(?P<x>[\"“«][^\"”»]{2,60}[\"”»]"
    r"|[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,5})(?: editorial (?:board|office|team|staff))?"
    r",? (?:does|do|may) not (?:necessarily )?(?:coincide|reflect|represent|correspond|agree)",
    re.I,
)
REFLECT_OF = re.compile(
    r"\bnot (?:necessarily )?(?:reflect|represent) "
    r"(?:the (?:editorial |official )?(?:views?|opinions?|position|policy|line) of |those of )"
    r"(?:the )?(?P<x>[\"“«][^\"”»]{2,60}[\"”»]|[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|and|for))*)"
)
ABOUT_OUTLET = re.compile(
    r"^(?P<x>(?:The )?[A-Z][^.,]{1,80}?) is (?:an? |the )(?:[\w-]+ ){0,3}"
    r"(?:publication|journal|magazine|newspaper|newsletter|news (?:agency|site|service|outlet|portal)|"
    r"media outlet|online (?:outlet|platform|publication|magazine))\b"
)
COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"(?P<x>[^|]{2,60}?)\s*(?:\.\s.*|\.?$|\|.*)",
    re.I,
)
NOT_OUTLET = re.compile(
    r"\b(?:author|authors|government|ministry|department|all rights)\b|"
    r"^(?:(?:last )?updated?|published|posted|modified|edited|print|share|date|time)$",
    re.I,
)
GENERIC_TLD = re.compile(r"(?<=[A-Za-z])\.(?:com|net|org|info|co)$", re.I)
OUTLETS_FILE = Path(__file__).resolve().parent / "data" / "outlets.txt"
# How a story credits an outlet it did not print its name on: interviews given to it count twice.
# A past "X reported" is a story citing another outlet, not a credit.
_CREDIT_FORMS = (
    (
        2,
        r"\b(?i:told|telling|tells|in an interview with|speaking to|spoke to|said to|originated on|"
        r"(?:first|originally) (?:appeared|published) (?:on|in|by))\s+(?:the\s+)?{x}\b",
    ),
    (2, r"\(\s*{x}\s*\)"),
    (
        2,
        r"\b{x}\s+(?:spoke (?:with|to)|interviewed|asked|contacted|examined|reviewed|obtained|reached|"
        r"has (?:obtained|learned|seen))\b",
    ),
    (2, r"\b(?i:an?|the)\s+{x}\s+(?:reporter|correspondent|journalist|team|crew|investigation)\b"),
    (1, r"(?m)^{x}:\s"),
    (1, r"\b{x}\s+reports\b"),
)
_WRITES_DOMAIN = re.compile(r"[—–-]\s*(?:writes?|пишет)\s*:\s*(?P<x>[\w-]+(?:\.[\w-]+)+)", re.I)
_TOLD_NAMED_OUTLET = re.compile(
    r"\btold\s+the\s+(?P<x>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})\s+"
    r"(?:news agency|newspaper|daily|weekly|radio|broadcaster|television|TV channel|TV|news site|website)\b"
)


def person_name(s: str) -> str | None:
    """`s` as a person's name (2-4 capitalised tokens plus particles), or None."""
    s = " ".join(s.replace("\u00a0", " ").split()).strip(" .,;:")
    tokens = s.split()
    caps = all(CAPS_TOKEN.match(t) or t.lower() in PARTICLES for t in tokens)
    if caps:
        tokens = [t.title() for t in tokens]
    core = [t for t in tokens if t.lower() not in PARTICLES]
    if not 2 <= len(core) <= 4 or tokens[0].lower() in PARTICLES:
        return None
    if not all(NAME_TOKEN.match(t) for t in core):
        return None
    if all(len(t.rstrip(".")) == 1 for t in core[:-1]) and len(core[-1].rstrip(".")) == 1:
        return None
    if any(t.lower().strip(".") in ORG_WORDS for t in tokens):
        return None
    return " ".join(tokens)


def byline_author(line: str) -> str | None:
    """The author named by a byline: "By A B", "Author: A B", "A B, Senior Fellow at C"."""
    line = " ".join(line.split())
    if m := BY_LINE.match(line):
        return _names(m["rest"])
    if line.endswith(".") or len(line.split()) > 25:
        return None
    if m := NAME_ROLE.match(line):
        role = {w.lower().strip(".,") for w in m["role"].split()}
        if role & ROLE_WORDS:
            return person_name(m["name"])
    return None


def _names(rest: str) -> str | None:
    """One or more names at the start of a byline's remainder ("A B, C D", "A B in C and D E (...)"),
    joined as written."""
    head = BYLINE_END.split(rest, maxsplit=1)[0]
    pieces = re.split(r"(\s*,\s*|\s+(?:and|&)\s+)", head)
    out = ""
    for i in range(0, len(pieces), 2):
        before = NAME_END.split(pieces[i], maxsplit=1)[0]
        name = person_name(before)
        if name is None or (i and name.split()[0].lower() in PLACE_HEADS):
            break
        sep = pieces[i - 1].strip() if i else ""
        out += (", " if sep == "," else f" {sep} " if sep else "") + name
    return out or None


def name_and_place(line: str) -> str | None:
    """The name in a "Name, City" byline (only trusted beside a dateline or masthead)."""
    m = NAME_PLACE.match(" ".join(line.split()))
    return person_name(m["name"]) if m else None


def byline_outlet(line: str) -> str | None:
    """The masthead after a byline's bar or dash: "By A B | Oxus Review"."""
    if not BY_LINE.match(line):
        return None
    parts = re.split(r"\s+[|•·–—]\s+|\s*\|\s*", line)
    return next((n for n in (masthead_name(p) for p in parts[1:]) if n), None)


def masthead_name(s: str, *, alone: bool = False) -> str | None:
    """`s` as an outlet's name: a short capitalised phrase, not a date, section or person.

    `alone`: a line by itself, which must be in capitals or end in a word outlets are named with.
    """
    s = " ".join(s.split()).strip(" .,;:")
    tokens = s.split()
    if not 1 <= len(tokens) <= 6 or any(ch.isdigit() for ch in s) or s.lower().startswith("by "):
        return None
    if not all(t[0].isupper() or t.lower() in CONNECTORS for t in tokens) or tokens[
        0
    ].lower() in CONNECTORS - {"the"}:
        return None
    caps = s.isupper() and len(s) > 3
    if alone and not caps and tokens[-1].lower() not in OUTLET_WORDS:
        return None
    if not caps and tokens[-1].lower() not in OUTLET_WORDS and person_name(s):
        return None
    return s.title() if caps else s


def outlet_credit(line: str) -> tuple[int, str] | None:
    """An outlet named by a credit line, with its rank (0 is the surest)."""
    line = " ".join(line.split())
    for rank, pattern in enumerate((SOURCE_LINE, SOURCE_PAREN, FIRST_PUBLISHED, ISSUE_OF)):
        if m := pattern.search(line):
            name = _outlet_name(m["x"])
            if name:
                return rank, name
    return None


def outlet_statement(text: str) -> tuple[int, str] | None:
    """An outlet named by a disclaimer, an "about us" footer or a copyright line."""
    text = " ".join(text.split())
    for rank, pattern in enumerate((DISCLAIMER, REFLECT_OF, ABOUT_OUTLET, COPYRIGHT), start=10):
        if m := pattern.search(text):
            name = _outlet_name(m["x"])
            if name:
                return rank, name
    return None


def clean_outlet(name: str) -> str | None:
    """An outlet's name as it calls itself: "UrduPoint.com" -> "UrduPoint"; never "Updated"."""
    name = GENERIC_TLD.sub("", " ".join(name.split()).strip(" .,;:|"))
    return None if not name or NOT_OUTLET.search(name) else name


def credited_outlet(text: str) -> str | None:
    """The outlet a story credits in its body: the one its people spoke to ("told VOA Mandarin"),
    whose reporters asked or saw, a wire in parentheses ("(AP)"), "Kazinform reports", a
    "— writes: site.org" line; the most credited wins, the outlet's own reporting counting twice."""
    score: Counter[str] = Counter()
    canonical, forms = _credit_patterns()
    for weight, form in forms:
        for m in form.finditer(text):
            score[canonical[m["x"]]] += weight
    for m in _TOLD_NAMED_OUTLET.finditer(text):
        score[m["x"]] += 2
    for m in _WRITES_DOMAIN.finditer(text):
        if site := clean_outlet(m["x"]):
            score[site] += 1
    best = [(n, c) for n, c in score.most_common(1) if c > 0]
    return best[0][0] if best else None


@cache
def _credit_patterns() -> tuple[dict[str, str], tuple[tuple[int, re.Pattern[str]], ...]]:
    """Every name of the known outlets (data/outlets.txt) -> the outlet's first name, and each
    credit form compiled once over all the names."""
    canonical: dict[str, str] = {}
    for line in OUTLETS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names = [n.strip() for n in line.split("|")]
            canonical.update(dict.fromkeys(names, names[0]))
    x = "(?P<x>" + "|".join(re.escape(n) for n in sorted(canonical, key=len, reverse=True)) + ")"
    return canonical, tuple((w, re.compile(f.format(x=x))) for w, f in _CREDIT_FORMS)


def _outlet_name(x: str) -> str | None:
    name = x.strip().strip("\"“”«»'’").strip(" .,;:")
    name = re.sub(r"\s+(?:editorial (?:board|office|team|staff)|website|portal)$", "", name, flags=re.I)
    if not name or len(name.split()) > 10 or NOT_OUTLET.search(name) or not name[0].isupper():
        return None
    return name
