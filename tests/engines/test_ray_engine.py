"""The Ray engine stores what the local engine stores, skips known content, survives crashes."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import raw_doc

from tidings.config import Settings
from tidings.engines.local import ingest as ingest_locally
from tidings.pipeline import Pipeline
from tidings.records import Failure, RawDoc, Result
from tidings.store import Store

try:
    import ray
except ImportError:  # the optional extra is not installed
    ray = None

pytestmark = [
    pytest.mark.ray,
    pytest.mark.skipif(ray is None, reason="ray is not installed (pip install -e '.[ray]')"),
]

PLACES = ["Almaty", "Termez", "Herat", "Dushanbe", "Bishkek", "Ashgabat", "Tashkent", "Kabul", "Osh", "Aktau"]
TOPICS = ["rail freight", "water sharing", "border trade", "power lines", "wheat exports"]


def corpus(n: int = 20) -> list[RawDoc]:
    """Small made-up dispatches, each with its own headline."""
    docs = []
    for i in range(n):
        place, topic = PLACES[i % len(PLACES)], TOPICS[i % len(TOPICS)]
        text = (
            f"Officials in {place} weigh {topic} plan no. {i}\n\n"
            f"Delegations met in {place} on Tuesday to discuss {topic}. "
            f"The ministry said talks would continue next month, round {i}."
        )
        docs.append(raw_doc(text, f"dispatch_{i:02d}.txt"))
    return docs


def stored(store: Store) -> list[tuple[Any, ...]]:
    rows = store.query("SELECT doc_name, title, content_hash FROM documents ORDER BY doc_name")
    return [tuple(r.values()) for r in rows]


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[None]:
    from tidings.engines.ray_engine import start_ray

    owned = start_ray(num_cpus=2)
    yield
    if owned:
        ray.shutdown()


SETTINGS = Settings(pipeline=["ingest.document"])


def test_ray_stores_what_local_stores_and_reingest_adds_nothing(ray_cluster: None) -> None:
    from tidings.engines import ray_engine

    pipeline = Pipeline(SETTINGS)
    with Store(":memory:") as local, Store(":memory:") as on_ray:
        ingest_locally(corpus(), pipeline, local, batch_size=4)
        report = ray_engine.ingest(corpus(), pipeline, on_ray, actors=2, batch_size=4)
        assert report.added == 20 and not report.failures
        assert stored(on_ray) == stored(local)
        assert len({title for _, title, _ in stored(on_ray)}) == 20

        again = ray_engine.ingest([*corpus(), *corpus()[:3]], pipeline, on_ray, actors=2, batch_size=4)
        assert (again.added, again.unchanged) == (0, 23)
        assert stored(on_ray) == stored(local)


def test_results_come_back_in_input_order_with_few_in_flight(ray_cluster: None) -> None:
    from tidings.engines.ray_engine import RayBatchRunner

    raws = corpus(12)
    batches = [(i, raws[i : i + 2]) for i in range(0, 12, 2)] + [(99, [])]
    taken = []

    def work() -> Iterator[tuple[int, list[RawDoc]]]:
        for tag, chunk in batches:
            taken.append(tag)
            yield tag, chunk

    with RayBatchRunner(SETTINGS, actors=2, max_in_flight=3) as run:
        results = run(work())
        out = [next(results)]
        assert len(taken) == 4  # bounded: three batches in flight while the first is handed over
        out += list(results)
    assert [tag for tag, _ in out] == [*range(0, 12, 2), 99]
    names = [r.doc.doc_name for _, rs in out for r in rs if isinstance(r, Result)]
    assert names == [r.name for r in raws]


def crashing_factory(marker: Path, always: bool) -> Any:
    """A pipeline that kills its actor's process on a batch holding "crash" (only once unless `always`)."""

    class Crashing(Pipeline):
        def run_batch(self, raws: Sequence[RawDoc]) -> list[Result | Failure]:
            if any("crash" in r.name for r in raws) and (always or not marker.exists()):
                marker.touch()
                os._exit(1)
            return super().run_batch(raws)

    return Crashing


@pytest.mark.parametrize("always", [False, True])
def test_a_crashed_batch_is_retried_once_then_fails_alone(
    ray_cluster: None, tmp_path: Path, always: bool
) -> None:
    from tidings.engines.ray_engine import ENGINE_STAGE, RayBatchRunner

    raws = corpus(6)
    raws[2] = raw_doc("Crash course in rail freight\n\nA test of a dying worker.", "crash.txt")
    batches = [(i, raws[i : i + 2]) for i in range(0, 6, 2)]
    factory = crashing_factory(tmp_path / "crashed", always)
    with RayBatchRunner(SETTINGS, actors=2, pipeline_factory=factory) as run:
        out = [r for _, rs in run(iter(batches)) for r in rs]
    assert (tmp_path / "crashed").exists()
    assert len(out) == 6
    bad = {r.name for r in out if isinstance(r, Failure)}
    if always:
        assert bad == {raws[2].name, raws[3].name}
        assert all(r.stage == ENGINE_STAGE for r in out if isinstance(r, Failure))
    else:
        assert not bad
    good = [r.doc.doc_name for r in out if isinstance(r, Result)]
    assert good == [r.name for r in raws if r.name not in bad]


def test_a_pipeline_that_cannot_be_built_is_one_error(ray_cluster: None) -> None:
    from tidings.engines.ray_engine import RayBatchRunner
    from tidings.errors import PipelineError

    def broken(settings: Settings) -> Pipeline:
        raise ValueError("no model here")

    with (
        pytest.raises(PipelineError, match="could not build the pipeline: ValueError: no model here"),
        RayBatchRunner(SETTINGS, actors=1, pipeline_factory=broken),
    ):
        pass
