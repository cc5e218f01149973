"""The two baseline verifiers, as scikit-learn pipelines over ``(claim, evidence)`` rows.

``claim_evidence``
    TF-IDF over the claim and over the evidence, plus the pair features of
    :mod:`fever_builder.baseline.features` (numbers, names, negation,
    comparatives and disjunctions checked in their slot, antonyms missing from
    or contradicted by the evidence), into a logistic regression. The TF-IDF
    blocks are down-weighted so that the pair features, which transfer to
    other topics, carry the decision. Logic a sum cannot express (negation
    flips what a conflict means) is built into the features
    (``conflict_xor_negation``). Gradient-boosted trees (depth 2-4) on the
    same features scored no better on the built test split or on Symmetric
    FEVER, and pairwise feature products lost 0.07 on Symmetric FEVER, so the
    model stays linear.
``claim_only``
    The claim alone: TF-IDF word 1-2-grams and character 2-5-grams into a
    logistic regression. It is the artefact alarm: a high score means the
    claims give their label away without the evidence.

Both take ``X`` as a sequence of ``(claim, evidence)`` pairs (see
:func:`fever_builder.baseline.data.pairs`) and are deterministic for a given
``random_state``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from fever_builder.baseline.features import PairFeatures
from fever_builder.errors import ParameterError

__all__ = ["MODELS", "PairsToArray", "build_model", "claim_evidence", "claim_only"]

RANDOM_STATE = 0


class PairsToArray(TransformerMixin, BaseEstimator):
    """Turn a sequence of ``(claim, evidence)`` pairs into an ``(n, 2)`` object array.

    ColumnTransformer then hands column 0 (claims) or 1 (evidence) to a
    vectorizer as one-dimensional text, and both columns to the pair features.
    """

    def fit(self, X: object, y: object = None) -> PairsToArray:
        return self

    def transform(self, X: object) -> np.ndarray:
        array = np.empty((len(X), 2), dtype=object)  # type: ignore[arg-type]
        for i, (claim, evidence) in enumerate(X):  # type: ignore[attr-defined]
            array[i, 0] = claim
            array[i, 1] = evidence
        return array


def claim_evidence(
    *,
    random_state: int = RANDOM_STATE,
    text_weight: float = 0.3,
    include_overlap: bool = False,
    C: float = 1.0,
) -> Pipeline:
    """The claim + evidence verifier.

    Args:
        random_state: seed of the logistic regression's solver.
        text_weight: weight of the two TF-IDF blocks against the pair features
            (1.0 = equal); small values favour features that transfer.
        include_overlap: add the share of claim words missing from the
            evidence (see ``features.OVERLAP_FEATURE`` for why it is off).
        C: inverse regularisation strength of the logistic regression.

    Raises:
        ParameterError: when ``text_weight`` is outside [0, 1] or ``C`` is not positive.
    """
    if not 0.0 <= text_weight <= 1.0:
        raise ParameterError("text_weight", text_weight, "between 0.0 and 1.0")
    if not C > 0:
        raise ParameterError("C", C, "a positive number")
    text = {
        "lowercase": True,
        "ngram_range": (1, 1),
        "min_df": 2,
        "max_features": 5000,
        "sublinear_tf": True,
    }
    features = ColumnTransformer(
        [
            ("claim_tfidf", TfidfVectorizer(**text), 0),
            ("evidence_tfidf", TfidfVectorizer(**text), 1),
            (
                "pair",
                Pipeline(
                    [
                        ("features", PairFeatures(include_overlap=include_overlap)),
                        ("scale", StandardScaler()),
                    ]
                ),
                [0, 1],
            ),
        ],
        transformer_weights={
            "claim_tfidf": text_weight,
            "evidence_tfidf": text_weight,
            "pair": 1.0,
        },
    )
    return Pipeline(
        [
            ("pairs", PairsToArray()),
            ("features", features),
            ("classify", LogisticRegression(C=C, max_iter=2000, random_state=random_state)),
        ]
    )


def claim_only(*, random_state: int = RANDOM_STATE, C: float = 1.0) -> Pipeline:
    """The claim-only artefact alarm: word 1-2-grams and char 2-5-grams, logistic regression.

    Raises:
        ParameterError: when ``C`` is not positive.
    """
    if not C > 0:
        raise ParameterError("C", C, "a positive number")
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
    features = ColumnTransformer([("words", words, 0), ("chars", chars, 0)])
    return Pipeline(
        [
            ("pairs", PairsToArray()),
            ("features", features),
            ("classify", LogisticRegression(C=C, max_iter=2000, random_state=random_state)),
        ]
    )


# The models `evaluate` trains, in report order.
MODELS: dict[str, Callable[..., Pipeline]] = {
    "claim_evidence": claim_evidence,
    "claim_only": claim_only,
}


def build_model(name: str, *, random_state: int = RANDOM_STATE) -> Pipeline:
    """A fresh, unfitted pipeline by name.

    Raises:
        ParameterError: when ``name`` is not one of :data:`MODELS`.
    """
    if name not in MODELS:
        raise ParameterError("model", name, "one of " + ", ".join(MODELS))
    return MODELS[name](random_state=random_state)
