"""The keep/drop model: L2-regularised logistic regression over feature names.

Scoring is plain Python over a name -> weight table (no numpy at run time);
fitting is Newton's method in numpy, deterministic for the same inputs. The
model is stored as JSON (`data/event_filter.json`) with its meta beside it
(`data/event_filter.meta.json`); nothing that runs code is ever loaded.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

NAME = "events.learned"
VERSION = 1
MODEL_FILE = "event_filter.json"
META_FILE = "event_filter.meta.json"
DIGITS = 6  # weights are rounded so the file is the same on every run


@dataclass(frozen=True, slots=True, kw_only=True)
class FilterModel:
    name: str
    version: int
    bias: float
    threshold: float
    weights: dict[str, float]

    def probability(self, features: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def keeps(self, features: Sequence[str]) -> bool:
        return self.probability(features) >= self.threshold

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "bias": round(self.bias, DIGITS),
            "threshold": round(self.threshold, DIGITS),
            "weights": {k: round(v, DIGITS) for k, v in sorted(self.weights.items())},
        }


def model_from_json(data: dict[str, Any]) -> FilterModel:
    return FilterModel(
        name=str(data["name"]),
        version=int(data["version"]),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        weights={str(k): float(v) for k, v in data["weights"].items()},
    )


def data_dir() -> Path:
    return Path(str(resources.files("tidings.events").joinpath("data")))


def load_model(path: Path | None = None) -> FilterModel:
    """The committed model (or one at `path`)."""
    p = path or data_dir() / MODEL_FILE
    return model_from_json(json.loads(p.read_text(encoding="utf-8")))


def vocabulary(samples: Sequence[Sequence[str]], min_count: int) -> list[str]:
    """Feature names seen in at least `min_count` samples, sorted."""
    counts = Counter(f for s in samples for f in set(s))
    return sorted(f for f, n in counts.items() if n >= min_count)


def fit(
    samples: Sequence[Sequence[str]],
    labels: Sequence[int],
    *,
    l2: float,
    weights: Sequence[float] | None = None,
    min_count: int = 2,
    threshold: float = 0.5,
    max_iter: int = 100,
) -> FilterModel:
    """Fit weights by Newton's method on the L2-penalised, sample-weighted log loss
    (the bias is not penalised)."""
    import numpy as np

    vocab = vocabulary(samples, min_count)
    col = {f: i + 1 for i, f in enumerate(vocab)}
    x = np.zeros((len(samples), len(vocab) + 1))
    x[:, 0] = 1.0
    for r, s in enumerate(samples):
        for f in set(s):
            if f in col:
                x[r, col[f]] = 1.0
    y = np.asarray(labels, dtype=float)
    sw = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    penalty = np.full(len(vocab) + 1, float(l2))
    penalty[0] = 1e-6
    w = np.zeros(len(vocab) + 1)
    for _ in range(max_iter):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -40.0, 40.0)))
        grad = x.T @ (sw * (p - y)) + penalty * w
        hess = (x * (sw * p * (1.0 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-9:
            break
    table = {f: float(w[i]) for f, i in col.items()}
    return FilterModel(name=NAME, version=VERSION, bias=float(w[0]), threshold=threshold, weights=table)
