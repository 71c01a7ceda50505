"""PLOVER types, modes, quad classes and intensities, and the CAMEO correspondence.

Tables are data files in `data/`: `plover.json` (from the PLOVER codebook) and
`cameo2plover.txt` (the OEDA's CAMEO -> PLOVER table, CC BY-SA 4.0).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CameoRow:
    code: str
    type: str
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Ontology:
    quad: dict[str, int]
    intensity: dict[str, float]
    mode_intensity: dict[tuple[str, str], float]
    base_cameo: dict[str, str]
    contexts: frozenset[str]
    cameo: dict[str, CameoRow]

    def modes(self, type_: str) -> list[str]:
        return [m for (t, m) in self.mode_intensity if t == type_]

    def score(self, type_: str, mode: str | None) -> float:
        if mode and (type_, mode) in self.mode_intensity:
            return self.mode_intensity[(type_, mode)]
        return self.intensity[type_]

    def default_cameo(self, type_: str, mode: str | None) -> str:
        """The shortest CAMEO code the OEDA table maps to this type and mode."""
        rows = [r for r in self.cameo.values() if r.type == type_ and (r.mode or None) == mode]
        if mode and rows:
            return min(rows, key=lambda r: (len(r.code), r.code)).code
        return self.base_cameo[type_]


def _data(name: str) -> str:
    return files("tidings.events").joinpath("data", name).read_text(encoding="utf-8")


def parse_cameo_table(text: str) -> dict[str, CameoRow]:
    """Rows like `0841: RETREAT, release,   legal # comment` (first row per code wins)."""
    out: dict[str, CameoRow] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if ":" not in body or not body[0].isdigit():
            continue
        code, rest = body.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        if not parts or parts[0] not in TYPES:
            continue
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        ctx = tuple(c.strip() for c in parts[2].split(";") if c.strip()) if len(parts) > 2 else ()
        out.setdefault(code.strip(), CameoRow(code.strip(), parts[0], mode, ctx))
    return out


@cache
def load_ontology() -> Ontology:
    raw = json.loads(_data("plover.json"))
    types: dict[str, dict[str, object]] = raw["types"]
    modes: dict[tuple[str, str], float] = {}
    for t, spec in types.items():
        for m, v in dict(spec["modes"]).items():  # type: ignore[call-overload]
            modes[(t, m)] = float(v)
    return Ontology(
        quad={t: int(str(s["quad"])) for t, s in types.items()},
        intensity={t: float(str(s["intensity"])) for t, s in types.items()},
        mode_intensity=modes,
        base_cameo={t: str(s["cameo"]) for t, s in types.items()},
        contexts=frozenset(raw["contexts"]),
        cameo=parse_cameo_table(_data("cameo2plover.txt")),
    )
