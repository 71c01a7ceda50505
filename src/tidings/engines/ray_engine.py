"""The Ray engine: run batches on Ray actors, one pipeline per actor, for scale-out.

`RayBatchRunner` is a batch runner for `tidings.engines.local.ingest`: the local
loop still reads, skips stored content and writes to the store (DuckDB has one
writer) in input order; only `Pipeline.run_batch` moves to the actors. A batch
whose actor crashes is retried once on another actor; if that fails too, its
documents become `Failure` records (stage "engine") and the rest goes on.

Ray is an optional extra (`pip install tidings[ray]`); this module imports it.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Protocol, TypeVar

import ray
from ray.exceptions import RayActorError, RayError

from tidings.config import Settings
from tidings.engines.local import IngestReport, Outcome
from tidings.engines.local import ingest as ingest_locally
from tidings.errors import PipelineError
from tidings.pipeline import Pipeline
from tidings.records import Failure, RawDoc
from tidings.store import Store

T = TypeVar("T")
ENGINE_STAGE = "engine"


class BatchPipeline(Protocol):
    def run_batch(self, raws: Sequence[RawDoc]) -> Outcome: ...


PipelineFactory = Callable[[Settings], BatchPipeline]


class PipelineActor:
    """Builds its pipeline once, then runs batches; Ray makes it an actor."""

    def __init__(self, settings: Settings, factory: PipelineFactory) -> None:
        self.pipeline = factory(settings)

    def ready(self) -> bool:
        return True

    def run_batch(self, raws: list[RawDoc]) -> Outcome:
        return self.pipeline.run_batch(raws)


@dataclass(slots=True)
class _InFlight:
    tag: Any
    raws: list[RawDoc]
    ref: Any  # ObjectRef[Outcome], or None for an empty batch
    slot: int
    actor: Any


def start_ray(num_cpus: int | None = None, address: str | None = None) -> bool:
    """Start (or join, with `address`) a Ray cluster offline; False if one was already up."""
    if ray.is_initialized():
        return False
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"  # never report usage
    common: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
    if address is not None:
        ray.init(address=address, **common)
    else:
        ray.init(num_cpus=num_cpus or os.cpu_count() or 1, **common)
    return True


class RayBatchRunner:
    """Runs `(tag, raws)` batches on Ray actors and yields `(tag, outcome)` in input order.

    Use as a context manager: entering starts Ray if needed (stopped again on
    exit) and one actor per CPU (or `actors`); at most `max_in_flight` batches
    (default two per actor) are submitted and unanswered at once.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        actors: int | None = None,
        max_in_flight: int | None = None,
        address: str | None = None,
        pipeline_factory: PipelineFactory = Pipeline,
    ) -> None:
        self.settings = settings
        self.n_actors = actors
        self.max_in_flight = max_in_flight
        self.address = address
        self.factory = pipeline_factory
        self._actor_class: Any = None
        self._actors: list[Any] = []
        self._load: list[int] = []
        self._owns_ray = False

    def __enter__(self) -> RayBatchRunner:
        self._owns_ray = start_ray(self.n_actors, self.address)
        cpus = ray.cluster_resources().get("CPU", 1)  # type: ignore[no-untyped-call]
        n = self.n_actors or max(1, int(cpus))
        self._actor_class = ray.remote(num_cpus=1)(PipelineActor)
        self._actors = [self._new_actor() for _ in range(n)]
        self._load = [0] * n
        try:  # a pipeline that cannot be built is a setup error, not n failed documents
            ray.get([a.ready.remote() for a in self._actors])
        except RayError as e:
            self.__exit__(None, None, None)
            raise PipelineError(f"Ray actors could not build the pipeline: {_last_line(e)}") from e
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._owns_ray:
            ray.shutdown()

    def __call__(self, work: Iterable[tuple[T, list[RawDoc]]]) -> Iterator[tuple[T, Outcome]]:
        if not self._actors:
            raise RuntimeError("RayBatchRunner must be entered (`with RayBatchRunner(...) as run:`)")
        limit = self.max_in_flight or 2 * len(self._actors)
        pending: deque[_InFlight] = deque()
        for tag, raws in work:
            pending.append(self._submit(tag, raws))
            while len(pending) > limit:
                yield self._collect(pending.popleft())
        while pending:
            yield self._collect(pending.popleft())

    def _new_actor(self) -> Any:
        return self._actor_class.remote(self.settings, self.factory)

    def _submit(self, tag: Any, raws: list[RawDoc], avoid: int | None = None) -> _InFlight:
        if not raws:
            return _InFlight(tag=tag, raws=raws, ref=None, slot=-1, actor=None)
        slots = [i for i in range(len(self._actors)) if i != avoid] or [0]
        slot = min(slots, key=lambda i: self._load[i])  # the least busy actor
        self._load[slot] += 1
        actor = self._actors[slot]
        return _InFlight(tag=tag, raws=raws, ref=actor.run_batch.remote(raws), slot=slot, actor=actor)

    def _outcome(self, job: _InFlight) -> Outcome:
        if job.ref is None:
            return []
        try:
            out: Outcome = ray.get(job.ref)
            return out
        finally:
            self._load[job.slot] -= 1

    def _collect(self, job: _InFlight) -> tuple[Any, Outcome]:
        try:
            return job.tag, self._outcome(job)
        except RayError as first:
            self._replace_if_dead(job, first)
            retry = self._submit(job.tag, job.raws, avoid=job.slot)
        try:
            return job.tag, self._outcome(retry)
        except RayError as second:
            self._replace_if_dead(retry, second)
            return job.tag, engine_failures(job.raws, second)

    def _replace_if_dead(self, job: _InFlight, error: RayError) -> None:
        """Put a fresh actor in the slot of one that died (once, however many batches it held)."""
        if isinstance(error, RayActorError) and self._actors[job.slot] is job.actor:
            self._actors[job.slot] = self._new_actor()


def engine_failures(raws: Sequence[RawDoc], error: BaseException) -> Outcome:
    """One Failure per document of a batch that failed on two actors."""
    reason = f"batch failed on two Ray actors: {type(error).__name__}: {_last_line(error)}".rstrip(": ")
    out: Outcome = [Failure(name=r.name, uri=r.uri, stage=ENGINE_STAGE, reason=reason) for r in raws]
    return out


def _last_line(error: BaseException) -> str:
    """Ray's messages end with the cause (`ValueError: ...`) after its own preamble."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


def ingest(
    inputs: Iterable[RawDoc | Failure],
    pipeline: Pipeline,
    store: Store,
    *,
    actors: int | None = None,
    address: str | None = None,
    batch_size: int = 32,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> IngestReport:
    """`tidings.engines.local.ingest`, with `run_batch` on Ray actors built from `pipeline.settings`."""
    with RayBatchRunner(pipeline.settings, actors=actors, address=address) as runner:
        return ingest_locally(
            inputs,
            pipeline,
            store,
            batch_size=batch_size,
            runner=runner,
            on_progress=on_progress,
            on_failure=on_failure,
        )
