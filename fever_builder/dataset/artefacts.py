"""Artefact alarms: how far the claim wording alone, or word overlap, gives the label away.

The claim-only check needs scikit-learn, whose import takes longer than the
check itself on a small build. Within :func:`checks_ahead` (the whole of a
build run in this process) a forked helper process imports it at once, on a
core that reading and parsing leave free, and runs the checks when asked;
where processes are not forked, or the helper fails, they run here. Either
way the figures are the same.
"""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from fever_builder.claims.model import Claim
from fever_builder.claims.validity import content_words
from fever_builder.processes import as_helper, forks

RANDOM_STATE = 0
# how long the build waits for its helper to exit before killing it
HELPER_EXIT_SECONDS = 5.0

# (claim, label) rows, as the helper gets them
Rows = list[tuple[str, str]]

_helper: tuple[Connection, BaseProcess] | None = None


def claim_only_accuracy(train: Sequence[Claim], test: Sequence[Claim], *, analyzer: str) -> float:
    """Accuracy on ``test`` of TF-IDF + logistic regression on the claim text alone.

    ``analyzer`` is ``"word"`` (1-2 grams) or ``"char_wb"`` (2-5 grams).
    """
    request = (analyzer, [(c.claim, c.label) for c in train], [(c.claim, c.label) for c in test])
    if _helper is not None:
        connection, _process = _helper
        try:
            connection.send(request)
            answer = connection.recv()
        except (EOFError, OSError):
            answer = None  # the helper died (killed, out of memory): the check runs here
        if isinstance(answer, float):
            return answer
    return _claim_only(*request)


def _claim_only(analyzer: str, train: Rows, test: Rows) -> float:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    ngrams = (1, 2) if analyzer == "word" else (2, 5)
    model = make_pipeline(
        TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, sublinear_tf=True, min_df=1),
        LogisticRegression(max_iter=2000, random_state=RANDOM_STATE),
    )
    model.fit([claim for claim, _ in train], [label for _, label in train])
    predicted = model.predict([claim for claim, _ in test])
    return sum(p == label for p, (_, label) in zip(predicted, test, strict=True)) / len(test)


@contextmanager
def checks_ahead() -> Iterator[None]:
    """While it lasts, :func:`claim_only_accuracy` runs in a forked helper process that
    has imported scikit-learn since the start (see the module notes)."""
    global _helper
    if _helper is not None or not forks():
        yield
        return
    context = multiprocessing.get_context("fork")
    here, there = context.Pipe()
    process = context.Process(
        target=_serve, args=(here, there), name="fever-builder-checks", daemon=True
    )
    process.start()
    there.close()
    _helper = (here, process)
    try:
        yield
    finally:
        _helper = None
        here.close()  # the helper reads the end of its requests and exits
        process.join(HELPER_EXIT_SECONDS)
        if process.is_alive():
            process.kill()
            process.join()


def _serve(here: Connection, there: Connection) -> None:
    """The helper: import scikit-learn, then answer each request until the build ends."""
    as_helper()
    here.close()
    import sklearn.feature_extraction.text  # noqa: F401 - the import is the point
    import sklearn.linear_model  # noqa: F401
    import sklearn.pipeline  # noqa: F401

    while True:
        try:
            request = there.recv()
        except (EOFError, OSError):
            return
        try:
            answer: object = _claim_only(*request)
        except Exception as error:  # noqa: BLE001 - the build runs the check itself and sees it
            answer = f"{type(error).__name__}: {error}"
        there.send(answer)


_WORD = re.compile(r"[\w’'-]+")


def _words(text: str, *, content: bool) -> list[str]:
    if content:
        return sorted(content_words(text))
    return [w.casefold() for w in _WORD.findall(text)]


def overlap(claim: Claim, *, content: bool = False) -> float:
    """Share of the claim's words found in its first evidence set.

    Every word counts, stop words too, unless ``content`` is set.
    """
    words = _words(claim.claim, content=content)
    evidence = " ".join(e.text for e in claim.evidence[0]) if claim.evidence else ""
    have = set(_words(evidence, content=content))
    return sum(w in have for w in words) / len(words) if words else 1.0


def overlap_rule_accuracy(
    train: Sequence[Claim], test: Sequence[Claim], *, content: bool = False
) -> tuple[float, float]:
    """Accuracy on ``test`` of "SUPPORTS if overlap >= t", with t tuned on ``train``.

    Returns ``(accuracy, threshold)``.
    """
    train_scores = [(overlap(c, content=content), c.label == "SUPPORTS") for c in train]
    best, threshold = -1, 0.0
    for t in sorted({round(v, 6) for v, _ in train_scores} | {0.0, 1.01}):
        correct = sum((v >= t) == supports for v, supports in train_scores)
        if correct > best:
            best, threshold = correct, t
    hits = sum((overlap(c, content=content) >= threshold) == (c.label == "SUPPORTS") for c in test)
    return hits / len(test), threshold
