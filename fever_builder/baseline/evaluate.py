"""Train the baselines on a built dataset and score them: the library side of `evaluate`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sklearn.pipeline import Pipeline

from fever_builder.baseline.data import (
    ClaimRow,
    decode_fever_text,
    iter_claims_file,
    pairs,
    read_claims_file,
    read_split,
)
from fever_builder.baseline.fever_pipeline import nei_files, pipeline_result
from fever_builder.baseline.models import MODELS, RANDOM_STATE, build_model
from fever_builder.baseline.report import RESULT_KEYS, score, write_report
from fever_builder.baseline.retrieval import PAGES
from fever_builder.errors import DataError, ParameterError

__all__ = ["evaluate", "predict", "train"]

BUILT_TEST_SET = "test"
NEI_TEST_SET = "nei/test"


def train(rows: Sequence[ClaimRow], model: str, *, random_state: int = RANDOM_STATE) -> Pipeline:
    """Fit the named model (see :data:`~fever_builder.baseline.models.MODELS`) on claim rows.

    Raises:
        DataError: when the rows hold fewer than two labels (nothing to learn).
        ParameterError: when ``model`` is unknown.
    """
    labels = sorted({row.label for row in rows})
    if len(labels) < 2:
        raise DataError(
            f"the training claims have only the label(s) {labels}; a verifier needs at least "
            "two labels (rebuild the dataset so train has SUPPORTS and REFUTES claims)"
        )
    pipeline = build_model(model, random_state=random_state)
    return pipeline.fit(pairs(rows), [row.label for row in rows])


def _test_sets(
    data_dir: Path, test_files: Sequence[str | Path]
) -> list[tuple[str, list[ClaimRow]]]:
    """The built test split, then each test file under its stem; names must be unique."""
    sets = [(BUILT_TEST_SET, read_split(data_dir, "test"))]
    for path in test_files:
        name = Path(path).stem
        if any(name == other for other, _ in sets):
            raise DataError(
                f"{path}: a test set named {name!r} is already evaluated (test sets are named by "
                "file stem, and the built split is 'test'); rename the file"
            )
        sets.append((name, read_claims_file(path)))
    return sets


def evaluate(
    data_dir: str | Path,
    *,
    test_files: Sequence[str | Path] = (),
    report_path: str | Path | None = None,
    models: Sequence[str] = tuple(MODELS),
    random_state: int = RANDOM_STATE,
    pipeline: bool = True,
    pages: int = PAGES,
) -> dict[str, object]:
    """Train each model on ``data_dir``'s train split and score it on every test set.

    Args:
        data_dir: a built dataset folder (``claims/train*.jsonl``, ``claims/test*.jsonl``).
        test_files: extra claims JSONL files, each reported under its file stem.
        report_path: when given, write the JSON report there, and a Markdown
            report and confusion-matrix plots beside it.
        models: which models to train, in report order.
        random_state: seed of every model.
        pipeline: also score FEVER's pipeline (retrieve ``pages`` pages and five
            sentences from ``wiki_pages``, then verify with ``claim_evidence``) on
            the test split, or on the nei config's test split when there is one
            (its verifier trained on the nei train split).
        pages: how many pages the pipeline retrieves per claim.

    Returns:
        ``{"train_size": N, "results": [...]}``, one result per model and test set
        (see :mod:`fever_builder.baseline.report`).

    Raises:
        DataError: when a split or file is missing or malformed, or train has one label.
        ParameterError: when a model name is unknown.
        OutputError: when the report cannot be written.
    """
    for name in models:
        if name not in MODELS:
            raise ParameterError("models", name, "one of " + ", ".join(MODELS))
    data_dir = Path(data_dir)
    train_rows = read_split(data_dir, "train")
    test_sets = _test_sets(data_dir, test_files)
    results: list[dict[str, object]] = []
    fitted: dict[str, Pipeline] = {}
    for name in models:
        fitted[name] = train(train_rows, name, random_state=random_state)
        for test_set, rows in test_sets:
            predicted = [str(label) for label in fitted[name].predict(pairs(rows))]
            scores = score([r.label for r in rows], predicted, [r.mutation for r in rows])
            result = {"model": name, "test_set": test_set, **scores}
            results.append({key: result[key] for key in RESULT_KEYS})
    if pipeline:
        nei_test = nei_files(data_dir, "test")
        if nei_test:
            nei_train = [r for path in nei_files(data_dir, "train") for r in iter_claims_file(path)]
            verifier = train(nei_train, "claim_evidence", random_state=random_state)
        else:
            verifier = fitted.get("claim_evidence") or train(
                train_rows, "claim_evidence", random_state=random_state
            )
        results.append(
            pipeline_result(
                data_dir,
                verifier,
                test_set=NEI_TEST_SET if nei_test else BUILT_TEST_SET,
                files=nei_test or None,
                pages=pages,
            )
        )
    report: dict[str, object] = {"train_size": len(train_rows), "results": results}
    if report_path is not None:
        write_report(report, report_path)
    return report


def predict(
    claim: str, evidence: str, *, data_dir: str | Path, random_state: int = RANDOM_STATE
) -> tuple[str, float]:
    """Label one claim against its evidence with ``claim_evidence`` trained on ``data_dir``.

    The model is trained afresh on every call (a few seconds; nothing is cached).
    ``claim`` and ``evidence`` may be plain or FEVER-tokenised text.

    Returns:
        The predicted label and the model's probability for it.

    Raises:
        ParameterError: when the claim is empty.
        DataError: when the train split is missing or malformed.
    """
    if not claim.strip():
        raise ParameterError("claim", claim, "non-empty text")
    pipeline = train(read_split(data_dir, "train"), "claim_evidence", random_state=random_state)
    pair = [(decode_fever_text(claim), decode_fever_text(evidence))]
    probabilities = pipeline.predict_proba(pair)[0]
    best = int(probabilities.argmax())
    return str(pipeline.classes_[best]), float(probabilities[best])
