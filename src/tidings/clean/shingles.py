"""Shingles and MinHash signatures for near-duplicate detection.

Two views of a text: *word* shingles (5 consecutive words) catch exact and
syndicated copies; *anchor* shingles (3 consecutive names and numbers) catch spun
copies, since spinners swap common words but leave names and figures alone.
Shingles are hashed with CRC-32: fast, and stable across processes, so the
signatures stored in the database stay comparable.
"""

from __future__ import annotations

import re
import zlib
from functools import cache

import numpy as np
from datasketch import LeanMinHash, MinHash

NUM_PERM = 128
SEED = 7
SCHEME = "affine32"  # stored signatures are only comparable under one scheme
WORD_K = 5
ANCHOR_K = 3
_WORD_RE = re.compile(r"\w+")
# a capitalised word or a number; a capital right after a sentence end is not a name
_ANCHOR_RE = re.compile(r"(?<![.!?:\n\"“]\s)(?<!^)\b(?:[A-Z][\w’'-]*\w|\d[\d.,]*\d|\d)")


def word_shingles(text: str, k: int = WORD_K) -> set[str]:
    words = _WORD_RE.findall(text.lower())
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def anchors(text: str) -> list[str]:
    """Names and numbers in reading order, sentence-initial capitals left out."""
    return [m.group().lower().replace(",", "") for m in _ANCHOR_RE.finditer(text)]


def anchor_shingles(text: str, k: int = ANCHOR_K) -> set[str]:
    seq = anchors(text)
    return {" ".join(seq[i : i + k]) for i in range(len(seq) - k + 1)}


def _crc32(data: bytes) -> int:
    return zlib.crc32(data)


@cache
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=_crc32)


def minhash(shingles: set[str]) -> MinHash:
    """A signature of `shingles` (the permutations are generated once and shared)."""
    t = _template()
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=_crc32, permutations=t.permutations)
    if shingles:
        m.update_batch([s.encode() for s in shingles])
    return m


def to_bytes(m: MinHash) -> bytes:
    return bytes(np.asarray(m.hashvalues, dtype=np.uint64).tobytes())


def from_bytes(blob: bytes) -> LeanMinHash:
    values = np.frombuffer(blob, dtype=np.uint64)
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)
