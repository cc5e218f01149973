"""The FEVER score against the published FEVER scorer's own test cases, case by case.

Each table row is one test of sheffieldnlp/fever-scorer's ``tests/`` folder
(HEAD of its default branch), named ``<file>::<test>``; the instances and the
expected figures are the scorer's. Where the scorer raises AssertionError we
raise DataError. Not ported: ``test_dev_data.py`` (its ``dev.jsonl``, FEVER's
dev set, is not in the repository's stored snapshot).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from baseline_helpers import DATA

from fever_builder.baseline.fever_score import (
    check_predicted_evidence,
    evidence_precision,
    evidence_recall,
    fever_score,
    is_correct_label,
    is_strictly_correct,
)
from fever_builder.errors import DataError

N = None  # the scorer's cases leave annotation and evidence ids as None


def ev(*sets: list[tuple[str, int]]) -> list[list[list[object]]]:
    """Gold evidence in FEVER's form from sets of (page, line)."""
    return [[[N, N, page, line] for page, line in group] for group in sets]


def inst(label: str, predicted: str, gold=None, predicted_evidence=None) -> dict:
    out: dict = {"label": label, "predicted_label": predicted}
    if gold is not None:
        out["evidence"] = gold
    if predicted_evidence is not None:
        out["predicted_evidence"] = [list(p) for p in predicted_evidence]
    return out


S, NEI = "supports", "not enough info"

# --- test_scorer_iscorrect.py
IS_CORRECT = [
    ("test_equal_labels", inst(NEI, NEI), True),
    ("test_equal_labels_different_case1", inst(NEI, "NOT ENOUGH INFO"), True),
    ("test_equal_labels_different_case2", inst("NOT ENOUGH INFO", NEI), True),
    ("test_different_labels", inst(S, NEI), False),
]


@pytest.mark.parametrize(
    ("case", "instance", "expected"), IS_CORRECT, ids=[c[0] for c in IS_CORRECT]
)
def test_is_correct_label(case: str, instance: dict, expected: bool) -> None:
    assert is_correct_label(instance) is expected


# --- test_scorer_isstrictlycorrect.py (None: the scorer raises)
STRICT = [
    ("test_nei_no_evidence", inst(NEI, NEI), True),
    ("test_supports_no_predicted_evidence", inst(S, S, ev([("page", 0)])), None),
    (
        "test_supports_evidence_subset",
        inst(S, S, ev([("page", 0), ("page", 1)]), [("page", 0)]),
        False,
    ),
    ("test_supports_evidence_wrong_line", inst(S, S, ev([("page", 0)]), [("page", 2)]), False),
    ("test_supports_evidence_wrong_page", inst(S, S, ev([("page", 0)]), [("page1", 0)]), False),
    ("test_supports_evidence_correct_single", inst(S, S, ev([("page", 0)]), [("page", 0)]), True),
    (
        "test_supports_evidence_matches_1_group",
        inst(S, S, ev([("page", 0)], [("page1", 0)]), [("page", 0)]),
        True,
    ),
    (
        "test_supports_evidence_matches_part_group",
        inst(S, S, ev([("page2", 0), ("page1", 1)], [("page2", 0)]), [("page2", 0)]),
        True,
    ),
    (
        "test_supports_evidence_matches_disjount",
        inst(S, S, ev([("page1", 1)], [("page2", 0)]), [("page1", 1), ("page2", 0)]),
        True,
    ),
    (
        "test_supports_evidence_matches_superset",
        inst(S, S, ev([("page1", 1), ("page2", 0)]), [("page1", 1), ("page2", 0), ("page3", 2)]),
        True,
    ),
]


@pytest.mark.parametrize(("case", "instance", "expected"), STRICT, ids=[c[0] for c in STRICT])
def test_is_strictly_correct(case: str, instance: dict, expected: bool | None) -> None:
    if expected is None:
        with pytest.raises(DataError, match="predicted_evidence"):
            is_strictly_correct(instance)
    else:
        assert is_strictly_correct(instance) is expected


# --- test_evidence_format.py
FORMAT = [
    ("test_no_evidence_no_error", [], True),
    ("test_list_of_strings_evidence_error", ["line", "text"], False),
    ("test_list_of_lists_evidence_error", [[["page", 0]]], False),
    ("test_first_param_not_str_error", [[[0, 0]]], False),
    ("test_second_param_not_int_error", [[["page", "some text"]]], False),
]


@pytest.mark.parametrize(("case", "predicted", "valid"), FORMAT, ids=[c[0] for c in FORMAT])
def test_check_predicted_evidence(case: str, predicted: list, valid: bool) -> None:
    instance = {"predicted_evidence": predicted}
    if valid:
        check_predicted_evidence(instance)
    else:
        with pytest.raises(DataError, match=r"\[page, line\]"):
            check_predicted_evidence(instance)


# --- test_precision.py: (case, instance, index of the returned pair, expected)
PRECISION = [
    ("test_precision_nei_no_contribution_to_score", inst(NEI, NEI), 0, 0),
    ("test_precision_nei_no_contribution_to_hits", inst(NEI, NEI), 1, 0),
    ("test_precision_not_nei_contribution_to_hits", inst(S, S, [], []), 1, 1),
    ("test_precision_no_predictions_perfect_score", inst(S, S, [], []), 0, 1),
    ("test_precision_wrong_predictions_zero_score", inst(S, S, [], [("page", 0)]), 0, 0),
    (
        "test_precision_wrong_predictions_pname_zero_score",
        inst(S, S, ev([("other", 0)]), [("page", 0)]),
        0,
        0,
    ),
    (
        "test_precision_wrong_predictions_line_zero_score",
        inst(S, S, ev([("page", 1)]), [("page", 0)]),
        0,
        0,
    ),
    (
        "test_precision_partial_predictions_half_score",
        inst(S, S, ev([("page", 0)]), [("page", 0), ("page", 1)]),
        0,
        0.5,
    ),
    (
        "test_precision_partial_predictions_diff_groups_third_score",
        inst(S, S, ev([("page", 0)], [("page", 1)]), [("page", 0), ("page", 1), ("page", 2)]),
        0,
        0.66666667,
    ),
]


@pytest.mark.parametrize(
    ("case", "instance", "index", "expected"), PRECISION, ids=[c[0] for c in PRECISION]
)
def test_evidence_precision(case: str, instance: dict, index: int, expected: float) -> None:
    assert evidence_precision(instance)[index] == pytest.approx(expected)


# --- test_recall.py
RECALL = [
    ("test_recall_nei_no_contribution_to_score", inst(NEI, NEI), 0, 0),
    ("test_recall_nei_no_contribution_to_hits", inst(NEI, NEI), 1, 0),
    ("test_recall_not_nei_contribution_to_hits", inst(S, S, [], []), 1, 1),
    ("test_recall_no_evidence_perfect_score", inst(S, S, [], []), 0, 1),
    ("test_recall_no_evidence_prediction_perfect_score", inst(S, S, [], [("page", 0)]), 0, 1),
    ("test_recall_no_predictions_zero_score", inst(S, S, ev([("other", 0)]), []), 0, 0),
    (
        "test_recall_wrong_predictions_pname_zero_score",
        inst(S, S, ev([("other", 0)]), [("page", 0)]),
        0,
        0,
    ),
    (
        "test_recall_wrong_predictions_line_zero_score",
        inst(S, S, ev([("page", 1)]), [("page", 0)]),
        0,
        0,
    ),
    (
        "test_recall_partial_predictions_zero_score",
        inst(S, S, ev([("page", 0), ("page", 1)]), [("page", 0)]),
        0,
        0,
    ),
    (
        "test_recall_partial_predictions_diff_groups_zero_score",
        inst(S, S, ev([("page", 0), ("page", 1)]), [("page", 0), ("page", 2)]),
        0,
        0,
    ),
    (
        "test_recall_correct_predictions_exact_one_score",
        inst(S, S, ev([("page", 0)]), [("page", 0)]),
        0,
        1,
    ),
    (
        "test_recall_correct_predictions_exact_one_score_multi_evidence",
        inst(S, S, ev([("page", 0), ("page", 1)]), [("page", 0), ("page", 1)]),
        0,
        1,
    ),
    (
        "test_recall_correct_predictions_exact_one_score_multi_evidence_groups",
        inst(S, S, ev([("page", 0)], [("page", 1)]), [("page", 0), ("page", 1)]),
        0,
        1,
    ),
    (
        "test_recall_correct_predictions_partial_one_score_multi_evidence_groups",
        inst(S, S, ev([("page", 0)], [("page", 1)]), [("page", 0)]),
        0,
        1,
    ),
    (
        "test_recall_correct_predictions_partial_other_one_score_multi_evidence_groups",
        inst(S, S, ev([("page", 0)], [("page", 1)]), [("page", 0), ("page", 2)]),
        0,
        1,
    ),
]


@pytest.mark.parametrize(
    ("case", "instance", "index", "expected"), RECALL, ids=[c[0] for c in RECALL]
)
def test_evidence_recall(case: str, instance: dict, index: int, expected: float) -> None:
    assert evidence_recall(instance)[index] == pytest.approx(expected)


# --- test_max_evidence.py: (case, gold, function, max_evidence, expected)
PAIR_01 = ev([("page", 0), ("page", 1)])
PAIR_02 = ev([("page", 0), ("page", 2)])
TWO = [("page", 0), ("page", 1)]
MAX_EVIDENCE = [
    ("test_recall_partial_predictions_same_groups_zero_score", PAIR_01, "recall", 1, 0),
    ("test_recall_partial_predictions_same_groups_one_score", PAIR_01, "recall", 2, 1),
    ("test_precision_partial_predictions_same_groups_zero_score", PAIR_02, "precision", 1, 1),
    ("test_precision_partial_predictions_same_groups_one_score", PAIR_02, "precision", 2, 0.5),
    ("test_strict_partial_one", PAIR_01, "fever_score", 2, 1),
    ("test_strict_partial_zero", PAIR_01, "fever_score", 1, 0),
    ("test_global_precision_partial_two_sents", PAIR_02, "score_precision", 2, 0.5),
    ("test_global_precision_partial_one_sent", PAIR_02, "score_precision", 1, 1),
    ("test_global_recall_partial_two_sents", PAIR_01, "score_recall", 2, 1),
    ("test_global_recall_partial_one_sent", PAIR_01, "score_recall", 1, 0),
]


@pytest.mark.parametrize(
    ("case", "gold", "what", "max_evidence", "expected"),
    MAX_EVIDENCE,
    ids=[c[0] for c in MAX_EVIDENCE],
)
def test_max_evidence(case: str, gold: list, what: str, max_evidence: int, expected: float) -> None:
    instance = inst(S, S, gold, TWO)
    figures = {
        "recall": lambda: evidence_recall(instance, max_evidence=max_evidence)[0],
        "precision": lambda: evidence_precision(instance, max_evidence=max_evidence)[0],
        "fever_score": lambda: fever_score([instance], max_evidence=max_evidence).fever_score,
        "score_precision": lambda: fever_score([instance], max_evidence=max_evidence).precision,
        "score_recall": lambda: fever_score([instance], max_evidence=max_evidence).recall,
    }
    assert figures[what]() == pytest.approx(expected)


def test_max_evidence_non_modification() -> None:
    """test_max_evidence.py::test_non_modification: scoring leaves the instance as it was."""
    instance = inst(S, S, PAIR_01, TWO)
    copy = json.loads(json.dumps(instance))
    fever_score([instance], max_evidence=0)
    assert instance == copy


# --- test_scorer_dataset.py: (case, predictions, actual, figure, expected); None: raises
def blind(*labels: str, evidence: list | None = None) -> list[dict]:
    return [{"predicted_label": label, "predicted_evidence": evidence or []} for label in labels]


NEI_GOLD = [{"label": NEI, "evidence": []}, {"label": NEI, "evidence": []}]
PAGE12 = ev([("page1", 1), ("page2", 0)])
IMPERFECT3 = [
    {"predicted_label": "refutes", "predicted_evidence": [["page3", 2]]},
    {
        "predicted_label": "refutes",
        "predicted_evidence": [["page1", 1], ["page2", 0], ["page3", 2]],
    },
]
REFUTES_GOLD = [{"label": "refutes", "evidence": PAGE12}, {"label": "refutes", "evidence": PAGE12}]
PERFECT = [inst(NEI, NEI, [], []), inst(NEI, NEI, [], [])]
IMPERFECT = [inst(NEI, "refutes", [], []), inst(NEI, S, [], [])]
DATASET = [
    ("test_fever_perfect_scorer_strict", PERFECT, None, "fever_score", 1.0),
    ("test_fever_perfect_scorer_acc", PERFECT, None, "label_accuracy", 1.0),
    ("test_fever_imperfect_scorer_strict", IMPERFECT, None, "fever_score", 0.0),
    ("test_fever_imperfect_scorer_acc", IMPERFECT, None, "label_accuracy", 0.0),
    ("test_fever_blind_no_data", blind(NEI, NEI), None, "fever_score", None),
    ("test_fever_blind_diff_instances", blind(NEI, NEI), [{}], "fever_score", None),
    (
        "test_fever_blind_no_evidence_nei",
        blind(NEI, NEI),
        [{"label": NEI}, {"label": NEI}],
        "fever_score",
        None,
    ),
    ("test_fever_blind_perfect_strict", blind(NEI, NEI), NEI_GOLD, "fever_score", 1.0),
    ("test_fever_blind_perfect_acc", blind(NEI, NEI), NEI_GOLD, "label_accuracy", 1.0),
    ("test_fever_blind_imperfect_strict", blind(S, "refutes"), NEI_GOLD, "fever_score", 0.0),
    ("test_fever_blind_imperfect_acc", blind(S, "refutes"), NEI_GOLD, "label_accuracy", 0.0),
    ("test_fever_blind_imperfect2_strict", blind(NEI, "refutes"), NEI_GOLD, "fever_score", 0.5),
    ("test_fever_blind_imperfect2_acc", blind(NEI, "refutes"), NEI_GOLD, "label_accuracy", 0.5),
    ("test_fever_blind_imperfect3_strict", IMPERFECT3, REFUTES_GOLD, "fever_score", 0.5),
    ("test_fever_blind_imperfect3_acc", IMPERFECT3, REFUTES_GOLD, "label_accuracy", 1.0),
]


@pytest.mark.parametrize(
    ("case", "predictions", "actual", "figure", "expected"),
    DATASET,
    ids=[c[0] for c in DATASET],
)
def test_fever_score_over_a_dataset(
    case: str, predictions: list, actual: list | None, figure: str, expected: float | None
) -> None:
    if expected is None:
        with pytest.raises(DataError):
            fever_score(predictions, actual)
    else:
        assert getattr(fever_score(predictions, actual), figure) == pytest.approx(expected)


# --- test_realdata_100.py and test_realdata.py: the scorer's real-data figures
REALDATA_100 = {
    "fever_score": 0.26,
    "label_accuracy": 0.48,
    "precision": 0.09189189189189195,
    "recall": 0.3783783783783784,
    "f1": 0.14787200994097552,
}
REALDATA = {
    "fever_score": 0.32573257325732574,
    "label_accuracy": 0.5208520852085209,
    "precision": 0.1043804380438068,
    "recall": 0.44224422442244227,
    "f1": 0.1688970477815144,
}


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("figure", list(REALDATA_100), ids=[f"test_{f}" for f in REALDATA_100])
def test_realdata_100(figure: str) -> None:
    folder = DATA / "fever_scorer"
    predictions = read(folder / "predictions_100.jsonl")
    actual = read(folder / "actual_100.jsonl")
    assert len(predictions) == len(actual) == 100
    assert getattr(fever_score(predictions, actual), figure) == pytest.approx(REALDATA_100[figure])


@pytest.mark.skipif(
    not os.environ.get("FEVER_SCORER_TESTS"),
    reason="set FEVER_SCORER_TESTS to a folder with the scorer's actual.jsonl and predictions.jsonl",
)
@pytest.mark.parametrize("figure", list(REALDATA), ids=[f"test_{f}" for f in REALDATA])
def test_realdata(figure: str) -> None:
    folder = Path(os.environ["FEVER_SCORER_TESTS"])
    predictions = read(folder / "predictions.jsonl")
    actual = read(folder / "actual.jsonl")
    assert getattr(fever_score(predictions, actual), figure) == pytest.approx(REALDATA[figure])
