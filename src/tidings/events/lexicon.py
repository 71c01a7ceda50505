"""The trigger lexicon: lemmas (with particle, preposition, object or modifier
cues) that signal a PLOVER event, plus light verbs and governing verbs.

Data lives in `data/triggers.tsv`, `data/light_verbs.txt`, `data/governors.tsv`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from spacy.tokens import Token

from tidings.events.arguments import with_destinations

OBJ_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
PART_VERBS = frozenset({"take", "participate", "engage", "join", "agree", "enter", "decide"})
ANSWER_VERBS = frozenset({"retaliate", "respond", "react", "reply", "hit", "answer", "counter"})
MOD_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})  # "test-fired": npadvmod
PREP_DEPS = frozenset({"prep", "agent", "dative"})
MUST = frozenset({"must", "should"})
# Names that condemn what they are called on: "called the sanctions illegal", "a provocation".
SLURS = frozenset(
    {"illegal", "illegitimate", "unlawful", "unacceptable", "provocation", "provocative", "violation",
     "absurd", "baseless", "groundless", "unfounded", "irresponsible", "reckless", "aggression",
     "terrorism", "terrorist", "blackmail", "interference", "meddling", "hostile", "hypocritical",
     "lie", "propaganda", "farce", "sham", "crime", "criminal", "barbaric", "outrageous", "shameful",
     "racist", "genocide", "unjust", "arbitrary", "inhumane", "deplorable", "heinous", "cowardly",
     "atrocious", "despicable", "disgraceful", "slander", "smear", "fabrication", "nonsense", "authoritarian",
     "ridiculous", "insult", "affront", "piracy", "extortion", "bullying", "coercion", "hegemonism",
     "hegemony", "escalation"}
)  # fmt: skip
# Wrongs one is held responsible for: "X was behind the bombing".
# Verbs of a breach: "said X had violated the truce"; "break" only with what is pledged.
BREACHING = frozenset({"violate", "breach", "abuse", "flout", "contravene", "interfere", "meddle"})
PLEDGES = frozenset(
    {"law", "rule", "agreement", "ceasefire", "truce", "promise", "pledge", "commitment", "treaty", "deal",
     "accord", "resolution", "sanction", "embargo"}
)  # fmt: skip
SUPPOSING = frozenset({"could", "might", "may", "would", "should", "must", "will"})
WRONGS = frozenset(
    {"attack", "bombing", "killing", "death", "blast", "explosion", "violence", "shelling", "strike",
     "massacre", "assassination", "abduction", "kidnapping", "crash", "downing", "hack", "hacking", "fire",
     "spill", "leak", "poisoning", "sabotage", "incident", "unrest", "riot", "clash", "murder", "shooting",
     "ambush", "raid", "disappearance", "breach", "atrocity", "abuse", "crime", "plot", "coup", "famine",
     "destruction", "damage", "escalation", "outage", "cyberattack", "theft"}
)  # fmt: skip
MEASURES = frozenset(
    {"ton", "tonne", "package", "batch", "shipment", "consignment", "series", "wave", "round", "number",
     "amount", "kind", "type", "worth", "lot", "set", "volume", "part", "string", "spate", "flurry",
     "convoy", "load", "delivery", "supply", "tranche", "kilogram", "kg", "barrel", "dose", "launch", "start",
     "beginning", "resumption"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Cue:
    # prt, prep, obj, pobj, mod, light, xcomp, toinf, deadline, purpose, noobj, notobj, notafter, must,
    # target, slur (words: SLURS by default), blames, noquestion
    kind: str
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str  # V or N
    type: str
    mode: str | None
    cameo: str | None
    cues: tuple[Cue, ...]
    context: tuple[str, ...]

    @property
    def needs_target(self) -> bool:
        return any(c.kind == "target" for c in self.cues)

    @property
    def needs_light_verb(self) -> bool:
        return any(c.kind == "light" for c in self.cues)

    @property
    def own_light_verbs(self) -> frozenset[str]:
        return frozenset(w for c in self.cues if c.kind == "light" for w in c.words)


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    light_verbs: frozenset[str]
    governors: dict[str, str]


# words that make "figures", "names" people: "opposition figures", "jailed figures"
PEOPLE_MARKS = frozenset(
    {"opposition", "political", "jailed", "detained", "imprisoned", "prominent", "public", "religious",
     "tribal", "rebel", "leading", "senior"}
)  # fmt: skip


def _people(tok: Token) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.lower_ in PEOPLE_MARKS for c in tok.children)


def _text(name: str) -> str:
    return files("tidings.events").joinpath("data", name).read_text(encoding="utf-8")


def _cues(req: str) -> tuple[Cue, ...]:
    if req == "-":
        return ()
    out = []
    for part in req.split(";"):
        kind, _, words = part.partition(":")
        out.append(Cue(kind, frozenset(w for w in words.split("|") if w)))
    return tuple(out)


@cache
def load_lexicon() -> Lexicon:
    triggers: dict[tuple[str, str], list[Trigger]] = {}
    for line in _text("triggers.tsv").splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, type_, mode, cameo, req, ctx = line.split("\t")
        trig = Trigger(
            lemma=lemma,
            pos=pos,
            type=type_,
            mode=None if mode == "-" else mode,
            cameo=None if cameo == "-" else cameo,
            cues=_cues(req),
            context=() if ctx == "-" else tuple(ctx.split("|")),
        )
        triggers.setdefault((lemma, pos), []).append(trig)
    light = frozenset(
        w for line in _text("light_verbs.txt").splitlines() if not line.startswith("#") for w in line.split()
    )
    governors = {}
    for line in _text("governors.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, effect = line.split("\t")[:2]
            governors[lemma] = effect
    return Lexicon({k: tuple(v) for k, v in triggers.items()}, light, governors)


# Acts done again are the act: "rearrested", "reimposed", "redeployed" (spaCy lemmatises some badly:
# "rearrested" -> "rearreste"). Only these bases: "resign" or "recall" is no second "sign" or "call".
AGAIN_BASES = frozenset(
    {"arrest", "detain", "deploy", "impose", "capture", "kidnap", "abduct", "occupy", "invade", "sanction"}
)


QUESTION_WORDS = frozenset({"if", "whether", "what", "why", "how", "when", "where", "who", "which"})
# Sums an amount of aid or credit is counted in: "$300 million in aid".
SUMS = frozenset(
    {"million", "billion", "trillion", "dollar", "euro", "yuan", "pound", "rupee", "yen", "ruble"}
)
# Verb lemmas the model gets wrong: "fined" -> "fin".
MISLEMMAS = {"fin": "fine"}


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in MISLEMMAS:
        return MISLEMMAS[lemma]
    if tok.pos_ == "VERB" and lemma.startswith("re"):
        base = next((b for b in (lemma[2:], lemma[2:-1]) if b in AGAIN_BASES), None)
        return base or lemma
    return lemma


def _infinitive(tok: Token) -> bool:
    """ "to speed up": a to-infinitive, which the parser sometimes hangs on a verb as advcl
    ("encouraged the police to speed up"; counted only when the verb has an object)."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def _dates(prep: Token) -> bool:
    """ "on Wednesday", "at night": a preposition whose object is a date or time."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _has_object(kids: list[Token]) -> bool:
    return any(k.dep_ == "dobj" for k in kids)


def cue_holds(cue: Cue, tok: Token, lex: Lexicon) -> bool:
    kids = list(tok.children)
    if cue.kind == "prt":
        bare = [  # "sent them back to X", "set them free"; not "pulled way out front"
            k
            for k in kids
            if (k.dep_ in ("advmod", "oprd") or k.pos_ == "ADJ")
            and (k.lower_ == "back" or not list(k.children))
        ]
        parts = [k for k in kids if k.dep_ in ("prt", "prep")] + bare
        return any(_lemma(k) in cue.words for k in parts)
    if cue.kind == "prep":  # "called for X", "pushed for X to act"; not "on Monday"
        return any(
            k.dep_ in PREP_DEPS | {"prt"} and _lemma(k) in cue.words and not _dates(k) for k in kids
        ) or any(
            k.dep_ == "advcl" and any(m.dep_ == "mark" and _lemma(m) in cue.words for m in k.children)
            for k in kids
        )
    if cue.kind == "obj":
        return any(k.dep_ in OBJ_DEPS and cue.words & _object_words(k) for k in kids) or (
            tok.dep_ in ("acl", "relcl") and _lemma(tok.head) in cue.words
        )
    if cue.kind == "pobj":  # "sent X to prison", "ordered X back to prison"
        return any(
            g.dep_ == "pobj" and _lemma(g) in cue.words
            for k in with_destinations(tok)
            if k.dep_ in PREP_DEPS
            for g in k.children
        )
    if cue.kind == "mod":  # "joint drills", "their largest joint military drills"
        left = tok.doc[tok.left_edge.i : tok.i] if tok.pos_ in ("NOUN", "PROPN") else ()
        return any(k.dep_ in MOD_DEPS and _lemma(k) in cue.words for k in (*kids, *left))
    if cue.kind == "xcomp":  # with words: the complement verb ("ordered him to appear")
        return any(
            (k.dep_ in ("xcomp", "ccomp") or (k.dep_ == "advcl" and _infinitive(k) and _has_object(kids)))
            and (not cue.words or _lemma(k) in cue.words)
            for k in kids
        )
    if cue.kind == "toinf":  # "told the governors to draft rules": an order, not "told VOA that"
        return _has_object(kids) and any(
            k.dep_ in ("xcomp", "advcl", "ccomp")
            and _infinitive(k)
            and not any(c.dep_ == "nsubj" for c in k.children)
            for k in kids
        )
    if cue.kind == "deadline":  # "gave the agency 14 days to present a plan": an ultimatum
        spans = [k for k in kids if _lemma(k) in cue.words and any(c.dep_ == "nummod" for c in k.children)]
        return bool(spans) and any(
            _infinitive(k) and k.dep_ in ("advcl", "xcomp", "acl")
            for k in (*kids, *(c for n in spans for c in n.children))
        )
    if cue.kind == "purpose":  # "an operation to flush out X", "launched an operation to drive X out"
        carrier = light_verb(tok, lex)
        return any(
            _infinitive(k) and _lemma(k) in cue.words
            for k in (*kids, *(carrier.children if carrier is not None else ()))
            if k.dep_ in ("acl", "advcl", "xcomp", "relcl")
        )
    if cue.kind == "slur":  # "called the sanctions illegal", "described the move as a provocation"
        said = [k for k in kids if k.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "dobj")]
        said += [
            g for k in kids if k.dep_ == "prep" and k.lower_ == "as" for g in k.children if g.dep_ == "pobj"
        ]
        said += [
            g
            for k in kids
            if k.dep_ == "dobj"
            for g in k.children
            if g.dep_ in ("acomp", "amod", "oprd", "appos")
        ]
        # and what the noun said is called: "called the launch a criminal act"
        said += [g for k in said if k.pos_ == "NOUN" for g in k.children if g.dep_ == "amod"]
        return any(_lemma(k) in (cue.words or SLURS) for k in said)
    if cue.kind == "blames":  # "said X was responsible for the attack": an accusation put as a statement
        return any(k.dep_ == "ccomp" and blamed_party(k) is not None for k in kids)
    if cue.kind == "must":  # "said that X must ...": a demand put as a statement
        return any(
            k.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in MUST for a in k.children) for k in kids
        )
    if cue.kind == "notobj":  # "fight terrorism" is not combat; nor is "the report released by X" a release
        passive = any(k.dep_ == "agent" for k in kids)  # "a study, released by X": its subject is the object
        return not (
            any(
                (k.dep_ in OBJ_DEPS or k.dep_ == "dative" or (passive and k.dep_ == "nsubj"))
                and _lemma(k) in cue.words
                and not _people(k)
                for k in kids
            )
            or (tok.dep_ in ("acl", "relcl") and _lemma(tok.head) in cue.words)
        )
    if cue.kind == "notafter":  # "as opposed to" is a contrast, not opposition
        return tok.i == 0 or tok.doc[tok.i - 1].lower_ not in cue.words
    if cue.kind == "noquestion":  # "asked him if he agreed", "asked about the talks": a question
        return not any(
            (k.dep_ == "prep" and k.lower_ == "about")
            or (
                k.dep_ in ("ccomp", "advcl")
                and any(
                    c.lower_ in QUESTION_WORDS and c.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr")
                    for c in k.children
                )
            )
            for k in kids
        )
    if cue.kind == "noobj":
        return not any(k.dep_ in OBJ_DEPS for k in kids)
    if cue.kind == "target":
        return True  # checked once the arguments are known
    if cue.kind == "light":  # with words: the only verbs that carry this noun
        return light_verb(tok, lex, cue.words) is not None
    return False


def blamed_party(clause: Token) -> Token | None:
    """The subject a clause holds to blame: "X was responsible for", "X was behind", "X is to blame",
    "X had violated the truce", "X abused its immunity"."""
    kids = list(clause.children)
    if _wrongdoing(clause):
        return next((k for k in kids if k.dep_ == "nsubj"), None)
    if _lemma(clause) != "be":
        return None
    preps = [p for k in kids if k.dep_ == "acomp" and _lemma(k) == "responsible" for p in k.children]
    preps += [k for k in kids if k.dep_ == "prep" and k.lower_ == "behind"]
    wrongs = [g for p in preps if p.lower_ in ("for", "behind") for g in p.children if g.dep_ == "pobj"]
    blame = any(_lemma(g) in WRONGS for g in wrongs) or any(
        k.dep_ == "xcomp" and _lemma(k) == "blame" for k in kids
    )
    negated = any(k.dep_ == "neg" for k in kids)
    return next((k for k in kids if k.dep_ == "nsubj"), None) if blame and not negated else None


def _wrongdoing(clause: Token) -> bool:
    """ "had violated the truce", "broke its pledge": a breach told as done (not supposed or denied)."""
    lemma = _lemma(clause)
    kids = list(clause.children)
    if any(k.dep_ == "neg" or (k.dep_ == "aux" and k.lower_ in SUPPOSING) for k in kids):
        return False
    if lemma in BREACHING:
        return True
    return lemma == "break" and any(k.dep_ == "dobj" and _lemma(k) in PLEDGES for k in kids)


def _object_words(tok: Token) -> set[str]:
    """The object's lemma, and what a measure of it holds: "a batch of missiles", "tons of grain"."""
    words = {_lemma(tok)}
    if _lemma(tok) in MEASURES:
        words |= {_lemma(g) for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
    return words


def _measure(tok: Token) -> bool:
    """A count or container of events or goods ("10,000 tons of", "a series of", "a round of"), not
    another event or act ("condemnation of the attack")."""
    return tok.pos_ == "NUM" or (
        tok.pos_ == "NOUN"
        and (_lemma(tok) in MEASURES or any(c.dep_ in ("nummod", "quantmod") for c in tok.children))
    )


def nominal_anchor(tok: Token) -> Token:
    """The noun that stands for an event noun in the clause: "aid package" ->
    package, "10,000 tons of aid" -> tons, "$300 million in aid" -> million."""
    anchor = tok
    if anchor.dep_ == "compound" and anchor.head.pos_ in ("NOUN", "PROPN"):
        anchor = anchor.head
    for _ in range(2):
        head = anchor.head
        if anchor.dep_ == "pobj" and _lemma(head) == "of" and _measure(head.head):
            anchor = head.head
        elif anchor.dep_ == "pobj" and _lemma(head) == "in" and _lemma(head.head) in SUMS:
            anchor = head.head  # "$300 million in military aid"
        else:
            break
    return anchor


def light_verb(tok: Token, lex: Lexicon, only: frozenset[str] = frozenset()) -> Token | None:
    """The verb carrying an event noun: "held talks", "took part in talks"; `only`, when given,
    are the verbs that carry this noun instead of the common ones ("opened fire", not "held fire")."""
    anchor = nominal_anchor(tok)
    while anchor.dep_ in ("conj", "appos") and anchor.head.pos_ in ("NOUN", "PROPN"):
        anchor = anchor.head
    head = anchor.head
    if anchor.dep_ in ("dobj", "nsubjpass") and _lemma(head) in (only or lex.light_verbs):
        return head
    if anchor.dep_ == "pobj" and _lemma(head) in ("in", "on", "into") and _lemma(head.head) in PART_VERBS:
        return head.head
    if anchor.dep_ == "pobj" and _lemma(head) == "with" and _lemma(head.head) in ANSWER_VERBS:
        return head.head  # "retaliated with tariffs"
    return next(  # "the sanctions, announced by the Treasury,": a participle after the noun, its doer named
        (
            c
            for c in anchor.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and _lemma(c) in (only or lex.light_verbs)
            and any(g.dep_ == "agent" for g in c.children)
        ),
        None,
    )


def match_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    """The first lexicon entry for this token whose cues all hold."""
    if tok.pos_ == "VERB":
        pos = "V"
    elif tok.pos_ in ("NOUN", "PROPN"):
        pos = "N"
    else:
        return None
    if (
        tok.is_title
        and tok.i > tok.sent.start
        and (tok.pos_ == "PROPN" or tok.ent_type_ not in ("", "NORP", "GPE"))
    ):
        return None  # part of a name ("the Economic Forum") or a headline
    for trig in lex.triggers.get((_lemma(tok), pos), ()):
        if all(cue_holds(c, tok, lex) for c in trig.cues):
            return trig
    return None
