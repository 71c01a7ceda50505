"""A toy article spinner: rewrites clean text through the synonym tables.

It does what real spinners do (blind word-for-word substitution that keeps the
first letter's case) so tests and benchmarks can make spun copies of text we
wrote ourselves.
"""

from __future__ import annotations

import random
import re

from tidings.clean.synonyms import STRONG, WEAK

_KEYS = sorted({*STRONG, *WEAK}, key=lambda k: (-len(k), k))
_KEY_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in _KEYS) + r")\b", re.IGNORECASE)


def spin(text: str, *, seed: int = 0, rate: float = 1.0) -> str:
    """Replace each table word with one of its spun forms (with probability `rate`)."""
    rng = random.Random(seed)

    def one(m: re.Match[str]) -> str:
        word = m.group()
        forms = (*STRONG.get(word.lower(), ()), *WEAK.get(word.lower(), ()))
        if not forms or rng.random() > rate:
            return word
        new = rng.choice(forms)
        if word.isupper() and len(word) > 1:
            return new.upper()
        return new[:1].upper() + new[1:] if word[:1].isupper() else new

    return _KEY_RE.sub(one, text)
