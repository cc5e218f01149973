"""The FEVER score and FEVER's evidence precision, recall and F1, as the FEVER scorer defines them.

The ``fever-scorer`` package (2.0.39) no longer builds with current
setuptools, so the score is written here and tested against the scorer's own
published test cases (``tests/baseline/test_fever_score.py``).

An instance is a dict in FEVER's form::

    {"label": "SUPPORTS", "evidence": [[[annotation_id, evidence_id, page, line], ...], ...],
     "predicted_label": "SUPPORTS", "predicted_evidence": [[page, line], ...]}

- A claim is *strictly correct* (counts for the FEVER score) when its label is
  right and, unless it is NOT ENOUGH INFO, every sentence of at least one gold
  evidence set is among the first ``max_evidence`` predicted sentences.
- Evidence precision and recall are macro-averaged over the claims whose gold
  label is not NOT ENOUGH INFO, whatever their predicted label. Precision is
  the share of the first ``max_evidence`` predictions that are gold sentences
  (1 with no predictions); recall is 1 when one whole gold set was predicted
  (or the claim has no gold evidence), else 0.
- Labels compare case-insensitively. Input problems raise ``DataError``
  where the scorer asserts; F1 is 0 when precision and recall are both 0
  (where the scorer divides by zero). Instances are never modified.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from fever_builder.claims.model import NEI
from fever_builder.errors import DataError

__all__ = [
    "MAX_EVIDENCE",
    "FeverScore",
    "check_predicted_evidence",
    "evidence_precision",
    "evidence_recall",
    "fever_score",
    "is_correct_label",
    "is_strictly_correct",
]

MAX_EVIDENCE = 5

_BAD_PREDICTION = (
    "predicted_evidence must be a list of [page, line] pairs (page a string, line an int), "
    "got {item!r}; write each predicted sentence as [page, line]"
)
_NO_PREDICTED_EVIDENCE = (
    "instance {where}has no 'predicted_evidence'; give the predicted sentences as "
    "[[page, line], ...] (an empty list when none)"
)
_BLIND = (
    "prediction {index} has no gold 'label'/'evidence'; pass the gold instances as "
    "`actual` (blind evaluation)"
)
_LENGTHS = (
    "{predictions} predictions but {actual} gold instances; give one gold instance per prediction"
)
_NO_GOLD_EVIDENCE = "gold instance {index} has no 'evidence'; give FEVER's evidence field"


@dataclass(frozen=True, slots=True)
class FeverScore:
    """The scorer's five figures, in its order: ``astuple()`` gives ``(strict, acc, pr, rec, f1)``."""

    fever_score: float
    label_accuracy: float
    precision: float
    recall: float
    f1: float

    def astuple(self) -> tuple[float, float, float, float, float]:
        return (self.fever_score, self.label_accuracy, self.precision, self.recall, self.f1)


def _is_nei(instance: Mapping[str, object]) -> bool:
    return str(instance["label"]).upper() == NEI


def check_predicted_evidence(instance: Mapping[str, object]) -> None:
    """Raise ``DataError`` unless every predicted sentence is a ``[page: str, line: int]`` pair."""
    for item in instance.get("predicted_evidence") or ():
        if (
            not isinstance(item, list | tuple)
            or len(item) != 2
            or not isinstance(item[0], str)
            or not isinstance(item[1], int)
            or isinstance(item[1], bool)
        ):
            raise DataError(_BAD_PREDICTION.format(item=item))


def _predicted(instance: Mapping[str, object], max_evidence: int | None) -> list[tuple[str, int]]:
    """The first ``max_evidence`` predicted sentences (all with None) as (page, line) pairs."""
    if "predicted_evidence" not in instance:
        raise DataError(_NO_PREDICTED_EVIDENCE.format(where=""))
    predicted = [tuple(item) for item in instance["predicted_evidence"]]  # type: ignore[union-attr]
    return predicted if max_evidence is None else predicted[:max_evidence]  # type: ignore[return-value]


def _gold_sets(instance: Mapping[str, object]) -> list[list[tuple[object, object]]]:
    """The gold evidence sets as lists of (page, line): annotation and evidence ids dropped."""
    return [[(item[2], item[3]) for item in group] for group in instance["evidence"]]  # type: ignore[union-attr]


def is_correct_label(instance: Mapping[str, object]) -> bool:
    """The predicted label equals the gold one, ignoring case."""
    return str(instance["label"]).upper() == str(instance["predicted_label"]).upper()


def is_strictly_correct(instance: Mapping[str, object], *, max_evidence: int | None = None) -> bool:
    """The label is right and (unless NOT ENOUGH INFO) a whole gold set was predicted.

    Raises:
        DataError: when the predicted evidence is malformed, or missing where it is needed.
    """
    check_predicted_evidence(instance)
    if not is_correct_label(instance):
        return False
    if _is_nei(instance):
        return True  # NOT ENOUGH INFO: the evidence is not scored
    predicted = set(_predicted(instance, max_evidence))
    return any(all(item in predicted for item in group) for group in _gold_sets(instance))


def evidence_precision(
    instance: Mapping[str, object], *, max_evidence: int | None = None
) -> tuple[float, float]:
    """``(precision, weight)``: the share of predicted sentences that are gold, over 1 claim.

    NOT ENOUGH INFO claims give ``(0, 0)``: they do not count.
    """
    if _is_nei(instance):
        return 0.0, 0.0
    gold = {item for group in _gold_sets(instance) for item in group if item[1] is not None}
    predicted = _predicted(instance, max_evidence)
    if not predicted:
        return 1.0, 1.0
    return sum(item in gold for item in predicted) / len(predicted), 1.0


def evidence_recall(
    instance: Mapping[str, object], *, max_evidence: int | None = None
) -> tuple[float, float]:
    """``(recall, weight)``: 1 when a whole gold set was predicted (or there is none), else 0.

    NOT ENOUGH INFO claims give ``(0, 0)``: they do not count.
    """
    if _is_nei(instance):
        return 0.0, 0.0
    groups = _gold_sets(instance)
    if all(len(group) == 0 for group in groups):
        return 1.0, 1.0
    predicted = set(_predicted(instance, max_evidence))
    found = any(all(item in predicted for item in group) for group in groups)
    return (1.0 if found else 0.0), 1.0


def fever_score(
    predictions: Sequence[Mapping[str, object]],
    actual: Sequence[Mapping[str, object]] | None = None,
    *,
    max_evidence: int | None = MAX_EVIDENCE,
) -> FeverScore:
    """FEVER score, label accuracy and evidence precision, recall and F1 over ``predictions``.

    Args:
        predictions: instances with ``predicted_label`` and ``predicted_evidence``,
            and the gold ``label`` and ``evidence`` unless ``actual`` gives them.
        actual: the gold instances, one per prediction (blind evaluation).
        max_evidence: how many predicted sentences count (FEVER: 5; None for all).

    Raises:
        DataError: on missing fields or mismatched lengths, where the scorer asserts.
    """
    strict = correct = 0.0
    precision = precision_weight = recall = recall_weight = 0.0
    for index, prediction in enumerate(predictions):
        if "predicted_evidence" not in prediction:
            raise DataError(_NO_PREDICTED_EVIDENCE.format(where=f"{index} "))
        instance = dict(prediction)
        if "evidence" not in instance or "label" not in instance:
            if actual is None:
                raise DataError(_BLIND.format(index=index))
            if len(actual) != len(predictions):
                raise DataError(_LENGTHS.format(predictions=len(predictions), actual=len(actual)))
            if "evidence" not in actual[index]:
                raise DataError(_NO_GOLD_EVIDENCE.format(index=index))
            instance["evidence"] = actual[index]["evidence"]
            instance["label"] = actual[index]["label"]
        # checked whatever the label: precision and recall read it too
        check_predicted_evidence(instance)
        if is_correct_label(instance):
            correct += 1
            strict += is_strictly_correct(instance, max_evidence=max_evidence)
        p, weight = evidence_precision(instance, max_evidence=max_evidence)
        precision, precision_weight = precision + p, precision_weight + weight
        r, weight = evidence_recall(instance, max_evidence=max_evidence)
        recall, recall_weight = recall + r, recall_weight + weight
    total = len(predictions)
    if total == 0:
        raise DataError("no predictions to score; give at least one instance")
    pr = precision / precision_weight if precision_weight > 0 else 1.0
    rec = recall / recall_weight if recall_weight > 0 else 0.0
    f1 = 2.0 * pr * rec / (pr + rec) if pr + rec > 0 else 0.0
    return FeverScore(strict / total, correct / total, pr, rec, f1)
