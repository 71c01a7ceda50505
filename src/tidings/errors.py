"""Errors raised by tidings.

TidingsError            base; the CLI turns it into one line and exit code 1
├── InputError          an input cannot be read or decoded (names the file)
├── ConfigError         bad configuration or option
├── StoreError          the DuckDB store cannot be opened or migrated
└── PipelineError       a registry or stage wiring problem
"""

from __future__ import annotations


class TidingsError(Exception):
    """Base error; `hint` is shown after the message."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class InputError(TidingsError):
    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class ConfigError(TidingsError):
    pass


class StoreError(TidingsError):
    pass


class PipelineError(TidingsError):
    pass
