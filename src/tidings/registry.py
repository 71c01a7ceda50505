"""The one registry of pipeline components (extractors), by versioned name.

A component names what it reads (`requires`) and writes (`assigns`) among the
fields of `Analysis`; the pipeline checks the wiring when it is built. Built-in
components are listed in `tidings.components`; third-party ones come from the
`tidings.components` entry-point group, loaded lazily on first lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from tidings.errors import PipelineError

if TYPE_CHECKING:
    from tidings.analysis import Analysis
    from tidings.config import Settings

BatchFn = Callable[[list["Analysis"]], list["Analysis"]]
Factory = Callable[["Settings"], BatchFn]


@dataclass(frozen=True, slots=True, kw_only=True)
class Component:
    name: str  # e.g. "events.rules"
    version: int
    stage: str  # ingest, clean, nlp, actors, time, events, facts
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    factory: Factory
    doc: str = ""

    @property
    def id(self) -> str:
        return f"{self.name}.v{self.version}"


class Registry:
    def __init__(self, components: Iterable[Component] = ()) -> None:
        self._by_id: dict[str, Component] = {}
        self._entry_points_loaded = False
        for c in components:
            self.register(c)

    def register(self, component: Component) -> None:
        if component.id in self._by_id:
            raise PipelineError(f"component {component.id} registered twice")
        self._by_id[component.id] = component

    def get(self, name: str) -> Component:
        """Look up "events.rules.v1", or "events.rules" for its newest version."""
        found = self._find(name)
        if found is None and not self._entry_points_loaded:
            self._load_entry_points()
            found = self._find(name)
        if found is None:
            known = ", ".join(sorted(self._by_id))
            raise PipelineError(f"no component named {name!r}", hint=f"known: {known}")
        return found

    def names(self) -> list[str]:
        return sorted(self._by_id)

    def _find(self, name: str) -> Component | None:
        if name in self._by_id:
            return self._by_id[name]
        versions = [c for c in self._by_id.values() if c.name == name]
        return max(versions, key=lambda c: c.version) if versions else None

    def _load_entry_points(self) -> None:
        self._entry_points_loaded = True
        for ep in entry_points(group="tidings.components"):
            for c in ep.load()():
                self.register(c)
