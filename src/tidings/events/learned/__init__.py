"""The learned layer beside the event rules ("events.learned.v1").

The rules propose candidate events; a small logistic model, trained on gold
(see `train`), keeps those an analyst would code and drops the rest
(commentary, credit lines, repeats, events with no one on the other side).
Negated candidates are passed through untouched: the scorer and the analyst
read them as "not the act", so they are not the model's to judge.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tidings.events.learned.features import document_features
from tidings.events.learned.model import NAME, VERSION, FilterModel, load_model
from tidings.records import Event, Mention, TimeExpr

__all__ = ["NAME", "VERSION", "FilterModel", "filter_events", "load_model"]


def filter_events(
    events: Sequence[Event],
    parsed: Any,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpr],
    model: FilterModel,
) -> tuple[Event, ...]:
    """The candidates the model keeps, in their order."""
    if not events:
        return tuple(events)
    feats = document_features(events, parsed, mentions, times)
    return tuple(ev for ev, f in zip(events, feats, strict=True) if ev.negated or model.keeps(f))
