"""Build the component list and run documents through it in batches.

`Pipeline.run_batch(raws)` is the only thing an engine calls: it turns a list of
`RawDoc` into a list of `Result | Failure`. A document that fails in any stage
becomes a `Failure`; the rest of the batch goes on.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence

from tidings.analysis import Analysis
from tidings.components import builtin_registry
from tidings.config import Settings
from tidings.errors import PipelineError, TidingsError
from tidings.records import Document, Failure, RawDoc, Result
from tidings.registry import BatchFn, Component, Registry

ALWAYS_PRESENT = ("raw",)
PREPARING_STAGES = ("ingest", "clean")  # what recode does not redo


class Pipeline:
    def __init__(self, settings: Settings, registry: Registry | None = None) -> None:
        self.settings = settings
        reg = registry or builtin_registry()
        self.components: list[Component] = [reg.get(n) for n in settings.pipeline]
        check_wiring(self.components)
        self._fns: list[tuple[Component, BatchFn]] = [(c, c.factory(settings)) for c in self.components]
        self.seconds: dict[str, float] = dict.fromkeys(self.ids, 0.0)  # time spent per component

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.components]

    def run_batch(self, raws: Sequence[RawDoc]) -> list[Result | Failure]:
        return self._run([Analysis(raw=r) for r in raws], self._fns)

    def recode_batch(self, docs: Sequence[Document]) -> list[Result | Failure]:
        """Re-run the coding stages (nlp onwards) on documents already cleaned and stored."""
        items = [Analysis(raw=_raw_of(d), doc=d) for d in docs]
        return self._run(items, [(c, fn) for c, fn in self._fns if c.stage not in PREPARING_STAGES])

    def _run(self, items: list[Analysis], fns: list[tuple[Component, BatchFn]]) -> list[Result | Failure]:
        for comp, fn in fns:
            live = [a for a in items if a.failure is None]
            if not live:
                break
            t0 = time.perf_counter()
            done = {id(a.raw): a for a in _run_guarded(comp, fn, live)}
            self.seconds[comp.id] += time.perf_counter() - t0
            items = [done.get(id(a.raw), a) if a.failure is None else a for a in items]
        return [_finish(a) for a in items]


def _raw_of(doc: Document) -> RawDoc:
    return RawDoc(
        name=doc.doc_name, uri=doc.uri, text=doc.raw_text, fmt=doc.fmt, content_hash=doc.content_hash
    )


def check_wiring(components: Sequence[Component]) -> None:
    have = set(ALWAYS_PRESENT)
    for c in components:
        missing = [r for r in c.requires if r not in have]
        if missing:
            raise PipelineError(f"{c.id} needs {', '.join(missing)}, which no earlier component assigns")
        have.update(c.assigns)


def _run_guarded(comp: Component, fn: BatchFn, batch: list[Analysis]) -> list[Analysis]:
    """Run a batch; if it raises, run documents one at a time to isolate the bad one."""
    try:
        return fn(batch)
    except Exception as e:  # any stage bug must only fail its own document
        if len(batch) == 1:
            return [_failed(comp, batch[0], e)]
        return [_single(comp, fn, a) for a in batch]


def _single(comp: Component, fn: BatchFn, a: Analysis) -> Analysis:
    try:
        return fn([a])[0]
    except Exception as e:
        return _failed(comp, a, e)


def _failed(comp: Component, a: Analysis, e: Exception) -> Analysis:
    reason = str(e) if isinstance(e, TidingsError) else f"{comp.id} failed: {type(e).__name__}: {e}"
    return a.fail(comp.stage, reason)


def _finish(a: Analysis) -> Result | Failure:
    if a.failure is not None:
        return a.failure
    if a.doc is None:
        return Failure(name=a.raw.name, uri=a.raw.uri, stage="pipeline", reason="no document was built")
    doc = a.doc
    return Result(
        doc=doc,
        mentions=tuple(dataclasses.replace(m, span=doc.to_original(m.span)) for m in a.mentions),
        times=tuple(dataclasses.replace(t, span=doc.to_original(t.span)) for t in a.times),
        events=tuple(
            dataclasses.replace(
                e, span=doc.to_original(e.span), mentions=tuple(doc.to_original(s) for s in e.mentions)
            )
            for e in a.events
        ),
        facts=tuple(dataclasses.replace(f, span=doc.to_original(f.span)) for f in a.facts),
    )
