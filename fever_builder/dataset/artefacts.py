"""Artefact alarms: how far the claim wording alone, or word overlap, gives the label away."""

from __future__ import annotations

import re
from collections.abc import Sequence

from fever_builder.claims.model import Claim
from fever_builder.claims.validity import content_words

RANDOM_STATE = 0


def claim_only_accuracy(train: Sequence[Claim], test: Sequence[Claim], *, analyzer: str) -> float:
    """Accuracy on ``test`` of TF-IDF + logistic regression on the claim text alone.

    ``analyzer`` is ``"word"`` (1-2 grams) or ``"char_wb"`` (2-5 grams).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    ngrams = (1, 2) if analyzer == "word" else (2, 5)
    model = make_pipeline(
        TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, sublinear_tf=True, min_df=1),
        LogisticRegression(max_iter=2000, random_state=RANDOM_STATE),
    )
    model.fit([c.claim for c in train], [c.label for c in train])
    predicted = model.predict([c.claim for c in test])
    return sum(p == c.label for p, c in zip(predicted, test, strict=True)) / len(test)


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
