"""Person-name keys that survive transliteration: Yevgeny = Evgeny, Kassym = Kasim, Tokayev = Tokaev."""

from __future__ import annotations

import re
import unicodedata

_VOWELS = "aeiou"
# Digraph spellings of one Cyrillic/Arabic sound, folded to one letter.
_FOLDS = (
    ("dzh", "j"),
    ("zh", "j"),  # Zhomart / Jomart
    ("kh", "h"),
    ("gh", "g"),
    ("q", "k"),
    ("w", "v"),
    ("ou", "u"),
    ("ph", "f"),
    ("x", "ks"),
)


def fold(text: str) -> str:
    """Lowercase ASCII letters only (accents dropped)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_text.lower())


def name_key(text: str) -> str:
    """A key equal for transliteration variants of one name part.

    A `y` next to a vowel is a glide and is dropped (Tokayev/Tokaev, Yessen-/Essen-); any other `y`
    reads as `i` (Kassym/Kasim, Berdymukhamedov/Berdimuhamedov); doubled letters collapse.
    """
    s = fold(text)
    for a, b in _FOLDS:
        s = s.replace(a, b)
    out: list[str] = []
    for i, ch in enumerate(s):
        if ch == "y":
            prev = s[i - 1] if i else ""
            nxt = s[i + 1] if i + 1 < len(s) else ""
            if (prev and prev in _VOWELS) or (nxt and nxt in _VOWELS):
                continue
            ch = "i"
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


def slug(name: str) -> str:
    """kassym-zhomart-tokayev: ASCII, lowercase, hyphen-separated."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def first_name_compatible(a: str, b: str) -> bool:
    """Two given-name strings ("K.", "Kassym-Zhomart", "S. Frederick") that may name one person."""
    wa, wb = a.split(), b.split()
    if len(wa) > 1 or len(wb) > 1:
        return any(_word_compatible(x, y) for x in wa or [""] for y in wb or [""])
    return _word_compatible(a, b)


def _word_compatible(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return True
    if len(a.rstrip(".")) == 1 or len(b.rstrip(".")) == 1:
        return ka[0] == kb[0]
    return ka == kb or ka.startswith(kb) or kb.startswith(ka)
