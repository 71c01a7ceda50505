"""Near-duplicate documents across the store: exact, syndicated and spun copies.

Each document gets two MinHash signatures over its clean (repaired) text, kept in
`doc_signatures` so a relink only hashes new documents: word 5-shingles find
exact and syndicated copies, name-and-number 3-shingles find spun copies. LSH
gives candidate pairs, the signatures' Jaccard estimate confirms them, and each
connected group points to its earliest-ingested member via `duplicate_of`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

import pyarrow as pa
from datasketch import LeanMinHash, MinHashLSH

from tidings.clean.shingles import NUM_PERM, anchor_shingles, from_bytes, minhash, to_bytes, word_shingles
from tidings.store import Store

WORD_THRESHOLD = 0.5  # Jaccard of word 5-shingles
ANCHOR_THRESHOLD = 0.5  # Jaccard of name/number 3-shingles
MIN_WORD_SHINGLES = 20  # shorter texts only match exactly
MIN_ANCHOR_SHINGLES = 12


@dataclass(frozen=True, slots=True)
class _Sig:
    doc_id: str
    text_hash: str
    n_words: int
    n_anchors: int
    words: LeanMinHash
    anchors: LeanMinHash


def mark_duplicates(store: Store) -> None:
    """Recompute `documents.duplicate_of` over the whole store."""
    _add_missing_signatures(store)
    order = [
        r[0]
        for r in store.con.execute(
            "SELECT doc_id FROM documents ORDER BY ingested_at, version, doc_name, doc_id"
        ).fetchall()
    ]
    sigs = {s.doc_id: s for s in _load_signatures(store)}
    groups = duplicate_groups([sigs[d] for d in order if d in sigs])
    root_of: dict[str, str] = {}
    rank = {d: i for i, d in enumerate(order)}
    exact = store.con.execute(
        "SELECT list(doc_id) FROM documents GROUP BY content_hash HAVING count(*) > 1"
    ).fetchall()
    for group in [*groups, *(set(r[0]) for r in exact)]:  # exact copies, however short
        first = min(group, key=rank.__getitem__)
        first = root_of.get(first, first)
        root_of.update({d: first for d in group if d != first})
    store.con.execute("BEGIN")
    try:
        store.con.execute("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL")
        if root_of:
            store.con.execute("CREATE TEMP TABLE IF NOT EXISTS _dups (doc_id VARCHAR, root VARCHAR)")
            store.con.execute("DELETE FROM _dups")
            store.con.executemany("INSERT INTO _dups VALUES (?, ?)", list(root_of.items()))
            store.con.execute(
                "UPDATE documents SET duplicate_of = _dups.root FROM _dups "
                "WHERE documents.doc_id = _dups.doc_id"
            )
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise


def duplicate_groups(sigs: list[_Sig]) -> list[set[str]]:
    """Connected groups (of two or more) of documents that are copies of each other."""
    parent = {s.doc_id: s.doc_id for s in sigs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    by_hash: dict[str, str] = {}
    for s in sigs:
        if s.text_hash in by_hash:
            union(by_hash[s.text_hash], s.doc_id)
        by_hash.setdefault(s.text_hash, s.doc_id)
    for a, b in _similar_pairs(sigs):
        union(a, b)
    groups: dict[str, set[str]] = {}
    for s in sigs:
        groups.setdefault(find(s.doc_id), set()).add(s.doc_id)
    return [g for g in groups.values() if len(g) > 1]


def _similar_pairs(sigs: list[_Sig]) -> Iterable[tuple[str, str]]:
    words = [(s.doc_id, s.words) for s in sigs if s.n_words >= MIN_WORD_SHINGLES]
    anchors = [(s.doc_id, s.anchors) for s in sigs if s.n_anchors >= MIN_ANCHOR_SHINGLES]
    yield from _lsh_pairs(words, WORD_THRESHOLD)
    yield from _lsh_pairs(anchors, ANCHOR_THRESHOLD)


def _lsh_pairs(items: list[tuple[str, LeanMinHash]], threshold: float) -> Iterable[tuple[str, str]]:
    """Pairs whose estimated Jaccard is at least `threshold` (LSH candidates, then checked)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for doc_id, sig in items:
        lsh.insert(doc_id, sig)
    by_id = dict(items)
    for doc_id, sig in items:
        for other in lsh.query(sig):
            if other > doc_id and sig.jaccard(by_id[other]) >= threshold:
                yield doc_id, other


def _add_missing_signatures(store: Store) -> None:
    rows = store.con.execute(
        "SELECT t.doc_id, t.clean_text FROM texts t "
        "LEFT JOIN doc_signatures s ON s.doc_id = t.doc_id "
        "WHERE s.doc_id IS NULL OR s.text_hash <> md5(t.clean_text)"
    ).fetchall()
    if not rows:
        return
    values = []
    for doc_id, text in rows:
        words, anchors = word_shingles(text), anchor_shingles(text)
        digest = hashlib.md5(text.encode()).hexdigest()
        values.append(
            (doc_id, digest, len(words), len(anchors), to_bytes(minhash(words)), to_bytes(minhash(anchors)))
        )
    cols = ("doc_id", "text_hash", "word_shingles", "anchor_shingles", "words", "anchors")
    table = pa.table(
        {c: [v[i] for v in values] for i, c in enumerate(cols)},
        schema=pa.schema(
            [
                ("doc_id", pa.string()),
                ("text_hash", pa.string()),
                ("word_shingles", pa.int32()),
                ("anchor_shingles", pa.int32()),
                ("words", pa.binary()),
                ("anchors", pa.binary()),
            ]
        ),
    )
    store.con.execute("DELETE FROM doc_signatures WHERE doc_id IN ?", [[v[0] for v in values]])
    store.con.register("_new_signatures", table)
    try:
        store.con.execute("INSERT INTO doc_signatures SELECT * FROM _new_signatures")
    finally:
        store.con.unregister("_new_signatures")


def _load_signatures(store: Store) -> list[_Sig]:
    rows = store.con.execute(
        "SELECT doc_id, text_hash, word_shingles, anchor_shingles, words, anchors FROM doc_signatures"
    ).fetchall()
    return [_Sig(r[0], r[1], r[2], r[3], from_bytes(r[4]), from_bytes(r[5])) for r in rows]
