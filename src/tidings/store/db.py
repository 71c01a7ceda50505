"""The DuckDB store: open and migrate, write pipeline results, read them back."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from tidings.errors import StoreError
from tidings.offsets import OffsetMap
from tidings.records import DocMeta, Document, Failure, Result
from tidings.store import rows
from tidings.store.schema import MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = "tidings.duckdb"
CHILD_TABLES = ("mentions", "times", "events", "facts")


class Store:
    """One DuckDB file (or ":memory:"), migrated to the current schema on open."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store", hint="run `tidings ingest PATH --db FILE` first")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as e:
            held = re.search(r"Conflicting lock is held in .*?\(PID (\d+)\)", str(e))
            if held:
                raise StoreError(
                    f"{self.path}: the store is busy: another process (PID {held[1]}) has it open",
                    hint="wait for that ingest or server to finish, or use another --db",
                ) from e
            raise StoreError(f"{self.path}: cannot open store: {' '.join(str(e).split())}") from e
        if not read_only:
            self._migrate()
        elif self.schema_version() != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema v{self.schema_version()}, expected v{SCHEMA_VERSION}",
                hint="open it once without read-only access to migrate",
            )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # schema ---------------------------------------------------------------
    def schema_version(self) -> int:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema v{current} is newer than this tidings (v{SCHEMA_VERSION})")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            self.con.execute("BEGIN")
            try:
                self.con.execute(MIGRATIONS[version - 1])
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
                self.con.execute("COMMIT")
            except duckdb.Error as e:
                self.con.execute("ROLLBACK")
                self.con.close()
                reason = " ".join(str(e).split())
                raise StoreError(
                    f"{self.path}: upgrading the store to schema v{version} failed ({reason}); "
                    f"it is left as it was, at v{version - 1}"
                ) from e

    # writing ----------------------------------------------------------------
    def has_doc(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone() is not None

    def known_ids(self, doc_ids: Iterable[str]) -> set[str]:
        ids = list(set(doc_ids))
        if not ids:
            return set()
        return {
            r[0] for r in self.con.execute("SELECT doc_id FROM documents WHERE doc_id IN ?", [ids]).fetchall()
        }

    def write(self, results: Sequence[Result | Failure], pipeline: str = "") -> tuple[int, int]:
        """Store a batch in one transaction; returns (documents added, failures recorded)."""
        added = failed = 0
        self.con.execute("BEGIN")
        try:
            for r in results:
                if isinstance(r, Failure):
                    self.record_failure(r)
                    failed += 1
                elif not self.has_doc(r.doc.doc_id):
                    self._insert_result(r, pipeline)
                    added += 1
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return added, failed

    def replace_coding(self, results: Sequence[Result], pipeline: str = "") -> None:
        """Recode: swap the coded records of documents already stored."""
        self.con.execute("BEGIN")
        try:
            for r in results:
                for table in CHILD_TABLES:
                    self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [r.doc.doc_id])
                self.con.execute(
                    "UPDATE documents SET pipeline = ?, inferred_year = ?, spun = ?, spun_score = ? "
                    "WHERE doc_id = ?",
                    [pipeline, r.doc.inferred_year, r.doc.spun, r.doc.spun_score, r.doc.doc_id],
                )
                self._insert_children(r)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def record_failure(self, f: Failure) -> None:
        self.con.execute(
            "INSERT INTO ingest_errors (name, uri, stage, reason) VALUES (?, ?, ?, ?)",
            [f.name, f.uri, f.stage, f.reason],
        )

    def _insert_result(self, r: Result, pipeline: str) -> None:
        doc = r.doc
        row = self.con.execute("SELECT max(version) FROM documents WHERE uri = ?", [doc.uri]).fetchone()
        version = (row[0] or 0) + 1 if row else 1
        self._insert("documents", rows.DOC_COLS, [rows.doc_row(doc, version, pipeline)])
        self._insert("texts", rows.TEXT_COLS, [rows.text_row(doc)])
        self._insert_children(r)

    def _insert_children(self, r: Result) -> None:
        d = r.doc.doc_id
        self._insert("mentions", rows.MENTION_COLS, [rows.mention_row(d, m) for m in r.mentions])
        self._insert("times", rows.TIME_COLS, [rows.time_row(d, t) for t in r.times])
        self._insert("events", rows.EVENT_COLS, [rows.event_row(e, _date_start(e.date)) for e in r.events])
        self._insert("facts", rows.FACT_COLS, [rows.fact_row(f) for f in r.facts])

    def _insert(self, table: str, cols: Sequence[str], values: list[tuple[Any, ...]]) -> None:
        if not values:
            return
        marks = ", ".join("?" for _ in cols)
        self.con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", values)

    # reading ----------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description or []]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def doc_ids(self) -> list[str]:
        return [
            r[0]
            for r in self.con.execute("SELECT doc_id FROM documents ORDER BY doc_name, version").fetchall()
        ]

    def load_documents(self, doc_ids: Sequence[str]) -> list[Document]:
        """Documents as the pipeline built them (texts, offsets, metadata)."""
        rows = self.query(
            "SELECT * FROM documents JOIN texts USING (doc_id) WHERE doc_id IN ? ORDER BY doc_name, version",
            [list(doc_ids)],
        )
        return [
            Document(
                doc_id=r["doc_id"],
                doc_name=r["doc_name"],
                uri=r["uri"],
                fmt=r["fmt"],
                content_hash=r["content_hash"],
                raw_text=r["raw_text"],
                text=r["clean_text"],
                offsets=OffsetMap.from_json(json.loads(r["offsets"])),
                meta=DocMeta(
                    title=r["title"],
                    published=r["published"],
                    source=r["source"],
                    author=r["author"],
                    language=r["language"],
                ),
                inferred_year=r["inferred_year"],
                spun=r["spun"],
                spun_score=r["spun_score"],
                duplicate_of=r["duplicate_of"],
            )
            for r in rows
        ]

    def tables(self) -> list[str]:
        return [r[0] for r in self.con.execute("SHOW TABLES").fetchall()]

    def export_parquet(self, table_or_sql: str, path: Path) -> None:
        src = table_or_sql if " " in table_or_sql else f"SELECT * FROM {table_or_sql}"
        self.con.execute(f"COPY ({src}) TO '{_sql_str(str(path))}' (FORMAT parquet)")


def _date_start(value: str | None) -> date | None:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    if not value:
        return None
    parts = value.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return date(y, m, d)
    except (ValueError, IndexError):
        return None


def _sql_str(s: str) -> str:
    return s.replace("'", "''")
