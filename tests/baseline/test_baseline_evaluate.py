"""evaluate() and predict() end to end on the small fixture dataset."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from baseline_helpers import claim_row, make_dataset, write_jsonl

from fever_builder.baseline.data import LABELS, read_split
from fever_builder.baseline.evaluate import evaluate, predict
from fever_builder.baseline.models import build_model
from fever_builder.baseline.report import RESULT_KEYS
from fever_builder.errors import DataError, ParameterError


def test_evaluate_end_to_end(dataset_dir: Path, symmetric_sample: Path, tmp_path: Path) -> None:
    converted = tmp_path / "symmetric_dev.jsonl"
    from fever_builder.baseline.symmetric import convert_file

    convert_file(symmetric_sample, converted)
    report_path = tmp_path / "reports" / "report.json"
    report = evaluate(dataset_dir, test_files=[converted], report_path=report_path)

    train = read_split(dataset_dir, "train")
    test = read_split(dataset_dir, "test")
    assert report["train_size"] == len(train)
    results = report["results"]
    assert [(r["model"], r["test_set"]) for r in results] == [
        ("claim_evidence", "test"),
        ("claim_evidence", "symmetric_dev"),
        ("claim_only", "test"),
        ("claim_only", "symmetric_dev"),
        ("pipeline", "test"),
    ]
    *results, pipeline = results
    assert tuple(pipeline)[: len(RESULT_KEYS)] == RESULT_KEYS
    assert pipeline["n"] == len(test) and pipeline["label_accuracy"] == pipeline["accuracy"]
    assert 0.0 <= pipeline["fever_score"] <= pipeline["label_accuracy"]
    for result in results:
        assert tuple(result) == RESULT_KEYS
        assert result["n"] == (len(test) if result["test_set"] == "test" else 3)
        assert 0.0 <= result["macro_f1"] <= 1.0
        assert sum(map(sum, result["confusion"])) == result["n"]
        assert sum(s["n"] for s in result["per_mutation"].values()) == result["n"]
        assert sum(s["support"] for s in result["per_label"].values()) == result["n"]
        correct = sum(result["confusion"][i][i] for i in range(len(result["confusion"])))
        assert result["accuracy"] == pytest.approx(correct / result["n"], abs=1e-4)
    by_key = {(r["model"], r["test_set"]): r for r in results}
    assert set(by_key["claim_evidence", "test"]["per_mutation"]) == {r.mutation for r in test}
    assert set(by_key["claim_evidence", "symmetric_dev"]["per_mutation"]) == {"human"}
    # the pair model reads the evidence; on contrastive pairs the claim alone cannot keep up
    assert by_key["claim_evidence", "test"]["accuracy"] >= 0.85
    assert by_key["claim_evidence", "test"]["accuracy"] > by_key["claim_only", "test"]["accuracy"]

    assert json.loads(report_path.read_text(encoding="utf-8")) == report
    assert report_path.with_suffix(".md").exists()
    assert len(list(report_path.parent.glob("*.png"))) == 5


def test_evaluate_is_deterministic(dataset_dir: Path) -> None:
    assert evaluate(dataset_dir) == evaluate(dataset_dir)


def test_test_sets_need_distinct_names(dataset_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "test.jsonl"
    shutil.copy(dataset_dir / "claims" / "test.jsonl", copy)
    with pytest.raises(DataError, match="already evaluated.*rename the file"):
        evaluate(dataset_dir, test_files=[copy])


def test_unknown_model_and_one_label_train(dataset_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ParameterError, match="models='bert'"):
        evaluate(dataset_dir, models=["bert"])
    rows = [
        claim_row(f"Claim {i} fell in 1993.", "SUPPORTS", f"Claim {i} fell in 1993.")
        for i in range(4)
    ]
    folder = make_dataset(tmp_path / "one", rows, rows)
    with pytest.raises(DataError, match="at least two labels"):
        evaluate(folder)


def test_nei_rows_without_evidence_get_a_third_label(dataset_dir: Path, tmp_path: Path) -> None:
    train = [
        json.loads(line)
        for f in sorted((dataset_dir / "claims").glob("train*.jsonl"))
        for line in f.read_text(encoding="utf-8").splitlines()
    ]
    nei = [
        claim_row(f"Unit {i} crossed the river in {1990 + i}.", "NOT ENOUGH INFO", None, "nei")
        for i in range(30)
    ]
    test = [
        claim_row("Kalbajar was evacuated in 1994.", "NOT ENOUGH INFO", None, "nei", id="n1"),
        claim_row("Kalbajar fell in 1993.", "SUPPORTS", "Kalbajar fell in 1993.", id="s1"),
        claim_row("Kalbajar fell in 1995.", "REFUTES", "Kalbajar fell in 1993.", "date", id="r1"),
    ]
    folder = make_dataset(tmp_path / "nei", train + nei, test)
    # a hand-made folder of claims only: no wiki_pages to retrieve from
    report = evaluate(folder, models=["claim_evidence"], pipeline=False)
    (result,) = report["results"]
    assert list(result["per_label"]) == list(LABELS)
    assert result["confusion"] == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]


def test_predict_reads_the_evidence(dataset_dir: Path) -> None:
    evidence = "The provincial capital fell on April 3 , 1993 -LRB- after a siege -RRB- ."
    label, probability = predict(
        "The provincial capital fell on April 3, 1993.", evidence, data_dir=dataset_dir
    )
    assert label == "SUPPORTS"
    assert 0.5 < probability <= 1.0
    label, _ = predict(
        "The provincial capital fell on April 3, 1996.", evidence, data_dir=dataset_dir
    )
    assert label == "REFUTES"
    with pytest.raises(ParameterError, match="claim"):
        predict("  ", evidence, data_dir=dataset_dir)


def test_models_are_reproducible_sklearn_pipelines(dataset_dir: Path) -> None:
    rows = read_split(dataset_dir, "train")
    X = [(r.claim, r.evidence) for r in rows]
    y = [r.label for r in rows]
    for name in ("claim_evidence", "claim_only"):
        first = build_model(name).fit(X, y).predict_proba(X)
        second = build_model(name).fit(X, y).predict_proba(X)
        assert (first == second).all()
    with pytest.raises(ParameterError, match="model='x'"):
        build_model("x")


def test_claim_only_ignores_the_evidence(dataset_dir: Path) -> None:
    rows = read_split(dataset_dir, "train")
    model = build_model("claim_only").fit(
        [(r.claim, r.evidence) for r in rows], [r.label for r in rows]
    )
    claim = rows[0].claim
    assert (model.predict_proba([(claim, "anything")]) == model.predict_proba([(claim, "")])).all()


def test_test_file_errors_name_the_file(dataset_dir: Path, tmp_path: Path) -> None:
    bad = write_jsonl(tmp_path / "bad.jsonl", [claim_row("A.", "SUPPORTS", "A."), {"claim": "B."}])
    with pytest.raises(DataError, match=rf"{bad}:2: missing field 'id'"):
        evaluate(dataset_dir, test_files=[bad])
