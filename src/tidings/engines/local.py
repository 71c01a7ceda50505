"""The local engine: stream inputs through the pipeline in batches into the store.

With `workers > 1`, batches run in a pool of processes, each building its own
pipeline once; the parent process alone writes to the store, in input order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from tidings.config import Settings
from tidings.ingest.document import document_id
from tidings.link import relink
from tidings.pipeline import Pipeline
from tidings.records import Failure, RawDoc, Result
from tidings.store import Store

T = TypeVar("T")
Outcome = list[Result | Failure]
Work = Iterator[tuple[list[Failure], list[RawDoc]]]  # (read failures, new documents) per batch
BatchRunner = Callable[[Work], Iterator[tuple[list[Failure], Outcome]]]  # yields outcomes in input order


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
    workers: int = 1,
    runner: BatchRunner | None = None,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> IngestReport:
    """Run every new input through `Pipeline.run_batch` and store what comes out.

    Inputs already stored under the same name with the same content (or seen in
    this run) are skipped before any work is done, so re-ingesting is a no-op; each batch is
    committed on its own, so an interruption loses at most the batches in flight.
    `runner` replaces the local processes (e.g. the Ray engine's actors).
    """
    report = IngestReport()
    ids = ",".join(pipeline.ids)
    seen: set[str] = set()

    def new_work() -> Work:
        for chunk in batched(inputs, batch_size):
            raws = [r for r in chunk if isinstance(r, RawDoc)]
            report.read += len(raws)
            ids = {id(r): document_id(r.name, r.content_hash) for r in raws}
            known = store.known_ids(ids.values()) | seen
            todo = []
            for r in raws:
                if ids[id(r)] in known:
                    report.unchanged += 1
                else:
                    known.add(ids[id(r)])
                    seen.add(ids[id(r)])
                    todo.append(r)
            yield [r for r in chunk if isinstance(r, Failure)], todo

    run = runner or (lambda work: _run_all(work, pipeline, workers))
    for fails, out in run(new_work()):
        results: Outcome = [*fails, *out]
        added, _ = store.write(results, ids)
        report.added += added
        for f in results:
            if isinstance(f, Failure):
                report.failures.append(f)
                if on_failure:
                    on_failure(f)
        if on_progress:
            on_progress(report)
    relink(store)
    return report


def _run_all(work: Work, pipeline: Pipeline, workers: int) -> Iterator[tuple[list[Failure], Outcome]]:
    """Yield each batch's outcome in input order, in this process or a pool."""
    if workers <= 1:
        for fails, todo in work:
            yield fails, pipeline.run_batch(todo)
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(pipeline.settings,)) as pool:
        pending: deque[tuple[list[Failure], Future[Outcome]]] = deque()
        for fails, todo in work:
            pending.append((fails, pool.submit(_run_in_worker, todo)))
            while len(pending) > 2 * workers:  # bounded memory: a few batches in flight
                f, fut = pending.popleft()
                yield f, fut.result()
        while pending:
            f, fut = pending.popleft()
            yield f, fut.result()


_WORKER_PIPELINE: list[Pipeline] = []  # one pipeline per worker process, built by the initializer


def _init_worker(settings: Settings) -> None:
    _WORKER_PIPELINE.append(Pipeline(settings))


def _run_in_worker(raws: list[RawDoc]) -> Outcome:
    return _WORKER_PIPELINE[0].run_batch(raws)


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
