"""A light language detector: the script first, then stop-word counts (ISO 639-1 codes).

Offline and dependency-free; good enough to tell the languages news comes in
apart on a paragraph or more, and it answers None rather than guess on too
little text.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS = 5
MIN_HITS = 2


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (keeps word tables compact)."""
    return frozenset(words.split())


# The commonest function words of each language; words shared by two languages
# still count for both, the margin between them decides.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": word_set(
        "the of and to in is that for on with as was by it at from are were be this which "
        "has have had not but an its they their will would been also or who"
    ),
    "fr": word_set(
        "le la les des du de et est un une en dans que qui pour sur au aux par pas ne se "
        "il elle sont avec ce cette été plus ses leur"
    ),
    "de": word_set(
        "der die das und ist nicht ein eine den dem des mit von zu im auf für sich auch "
        "es sie wird wurde werden aus bei nach über dass"
    ),
    "es": word_set(
        "el la los las de del y en que es un una por con para se no al lo su sus como "
        "más pero fue ha este esta entre"
    ),
    "it": word_set(
        "il lo la gli le di del della che è e un una per con non si da nel alla sono "
        "anche come più dei delle ha"
    ),
    "pt": word_set(
        "o a os as de do da dos das e em um uma que para com não por no na se mais foi são ao como pelo pela"
    ),
    "nl": word_set(
        "de het een en van in is dat op te zijn met voor niet aan er ook als door bij "
        "wordt worden werd naar maar"
    ),
    "tr": word_set(
        "ve bir bu da de ile için olarak olan çok daha ama gibi en ne var kadar sonra ise değil her şey"
    ),
    "pl": word_set("i w na z się nie do że jest to o jak po co przez od za oraz jego ich są był została dla"),
    "sv": word_set("och att det som en på är av för med den till inte har om ett de var"),
    "id": word_set("yang dan di ini dengan untuk dari dalam tidak akan pada itu juga ke oleh"),
    "uz": word_set("va bilan uchun bu ham bir deb edi esa yil orqali"),
}

# Letters that single out one language among those sharing a script.
CYRILLIC_MARKS = (("tg", "ҷӣӯ"), ("kk", "әғқұһ"), ("uk", "їєґ"), ("be", "ў"), ("ky", "ңөү"))
ARABIC_PERSIAN = set("پچژگی")
URDU = set("ٹڈڑںے")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it is too short to tell."""
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 20:
        return None
    by_script = _by_script(sample, letters)
    if by_script:
        return by_script
    words = [w.lower() for w in WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    counts = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= MIN_HITS else None


def _by_script(sample: str, letters: list[str]) -> str | None:
    n = len(letters)

    def share(lo: int, hi: int) -> float:
        return sum(lo <= ord(c) <= hi for c in letters) / n

    if share(0x0400, 0x04FF) > 0.5:
        for lang, marks in CYRILLIC_MARKS:
            if any(c in sample for c in marks):
                return lang
        return "ru"
    if share(0x0600, 0x06FF) > 0.5:
        if any(c in URDU for c in sample):
            return "ur"
        return "fa" if any(c in ARABIC_PERSIAN for c in sample) else "ar"
    if share(0x3040, 0x30FF) > 0.05:
        return "ja"
    if share(0x4E00, 0x9FFF) > 0.3:
        return "zh"
    if share(0xAC00, 0xD7AF) > 0.3:
        return "ko"
    if share(0x0900, 0x097F) > 0.5:
        return "hi"
    if share(0x0370, 0x03FF) > 0.5:
        return "el"
    if share(0x0590, 0x05FF) > 0.5:
        return "he"
    return None
