"""The local engine: stream inputs through the pipeline in batches into the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from tidings.link import relink
from tidings.pipeline import Pipeline
from tidings.records import Failure, RawDoc, Result
from tidings.store import Store

T = TypeVar("T")


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    added: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ingest(
    inputs: Iterable[RawDoc | Failure],
    pipeline: Pipeline,
    store: Store,
    *,
    batch_size: int = 32,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> IngestReport:
    """Run every new input through `pipeline.run_batch` and store what comes out.

    Inputs whose content is already stored are skipped before any work is done,
    so re-ingesting is a no-op; each batch is committed on its own.
    """
    report = IngestReport()
    ids = ",".join(pipeline.ids)
    for chunk in batched(inputs, batch_size):
        raws = [r for r in chunk if isinstance(r, RawDoc)]
        fails = [r for r in chunk if isinstance(r, Failure)]
        report.read += len(raws)
        known = store.known_hashes(r.content_hash for r in raws)
        seen: set[str] = set()
        todo = []
        for r in raws:
            if r.content_hash in known or r.content_hash in seen:
                report.unchanged += 1
            else:
                seen.add(r.content_hash)
                todo.append(r)
        out: list[Result | Failure] = [*fails, *pipeline.run_batch(todo)]
        added, _ = store.write(out, ids)
        report.added += added
        for f in out:
            if isinstance(f, Failure):
                report.failures.append(f)
                if on_failure:
                    on_failure(f)
        if on_progress:
            on_progress(report)
    relink(store)
    return report


def recode(
    store: Store,
    pipeline: Pipeline,
    doc_ids: list[str],
    *,
    batch_size: int = 32,
    on_progress: Callable[[int], None] | None = None,
) -> tuple[int, list[Failure]]:
    """Re-run the coding stages over stored documents and swap their records."""
    done, failures = 0, []
    for chunk in batched(doc_ids, batch_size):
        out = pipeline.recode_batch(store.load_documents(chunk))
        store.replace_coding([r for r in out if isinstance(r, Result)], ",".join(pipeline.ids))
        failures += [f for f in out if isinstance(f, Failure)]
        done += len(chunk)
        if on_progress:
            on_progress(done)
    relink(store)
    return done, failures
